import {
  httpRoutes,
  type ErrorBody,
  type HttpRouteName,
  type Result,
  type StaffView,
} from '@haven/protocol';
import type { CallRoute } from '../../services/api';

/**
 * Who is signed in on this page, as far as it knows:
 * - `unknown`: not asked yet (or asking);
 * - `failed`: the server could not say (offline, say): ask again;
 * - `signed-out`: no session; `expired` when a staff call was refused mid-way.
 */
export type StaffSessionState =
  | { status: 'unknown' }
  | { status: 'failed'; error: ErrorBody }
  | { status: 'signed-out'; reason: 'initial' | 'expired' | 'signed-out' }
  | { status: 'signed-in'; staff: StaffView };

export interface StaffSessionDeps {
  call: CallRoute;
  /** The HTTP client keeps the CSRF token in memory; forget it once the session is gone. */
  forgetCsrfToken: () => void;
}

export interface StaffSession {
  getSnapshot: () => StaffSessionState;
  subscribe: (listener: () => void) => () => void;
  /** Asks the server who is signed in, unless it is known or being asked already. */
  check: () => Promise<void>;
  signIn: (email: string, password: string) => Promise<Result<StaffView>>;
  /** After a reply that signed someone in (a staff invite accepted). */
  signedIn: (staff: StaffView) => void;
  signOut: () => Promise<Result<void>>;
  /** Calls a route; a staff route refused as UNAUTHENTICATED ends the session here too. */
  call: CallRoute;
}

export function createStaffSession(deps: StaffSessionDeps): StaffSession {
  let state: StaffSessionState = { status: 'unknown' };
  let checking: Promise<void> | null = null;
  const listeners = new Set<() => void>();

  const set = (next: StaffSessionState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  const endSession = (reason: 'expired' | 'signed-out') => {
    deps.forgetCsrfToken();
    if (state.status !== 'signed-out') set({ status: 'signed-out', reason });
  };

  // The route's own types cannot be carried through a generic wrapper (see the HTTP client), so
  // it is untyped inside and typed per route outside; input and reply pass through untouched.
  const inner = deps.call as (name: HttpRouteName, input?: unknown) => Promise<Result<unknown>>;
  async function watched(name: HttpRouteName, input?: unknown): Promise<Result<unknown>> {
    const result = await inner(name, input);
    const refused = !result.ok && result.error.code === 'UNAUTHENTICATED';
    if (refused && httpRoutes[name].auth === 'staff') endSession('expired');
    return result;
  }
  const call = watched as unknown as CallRoute;

  async function ask(): Promise<void> {
    const me = await deps.call('auth:me');
    if (me.ok) set({ status: 'signed-in', staff: me.data.staff });
    else if (me.error.code === 'UNAUTHENTICATED') set({ status: 'signed-out', reason: 'initial' });
    else set({ status: 'failed', error: me.error });
  }

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    check() {
      if (state.status === 'signed-in' || state.status === 'signed-out') return Promise.resolve();
      if (state.status === 'failed') set({ status: 'unknown' });
      checking ??= ask().finally(() => {
        checking = null;
      });
      return checking;
    },
    async signIn(email, password) {
      const result = await deps.call('auth:sign-in', { body: { email, password } });
      if (!result.ok) return result;
      set({ status: 'signed-in', staff: result.data.staff });
      return { ok: true, data: result.data.staff };
    },
    signedIn(staff) {
      set({ status: 'signed-in', staff });
    },
    async signOut() {
      const result = await deps.call('auth:sign-out');
      // Already gone on the server counts as signed out; otherwise the cookie may still work.
      if (!result.ok && result.error.code !== 'UNAUTHENTICATED') return result;
      endSession('signed-out');
      return { ok: true, data: undefined };
    },
    call,
  };
}
