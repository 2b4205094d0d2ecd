import type { CrisisResourceList, ErrorCode, SupportAlert } from '@haven/protocol';
import { createListeners } from '../../services/listeners';
import {
  ACTION_TIMEOUT_MS,
  requestAction,
  type Private,
} from '../moderation/moderation-controller';
import { followStaffLink } from '../moderation/staff-link';
import type { SessionController } from '../room/session-controller';
import { mergeAlerts, newCalls } from './support-alerts';

/** A participant's own call for support; nobody else in the room ever sees any of it. */
export type SupportRequestState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'sent'; alertId: string; resources: CrisisResourceList }
  | { kind: 'failed'; code: ErrorCode };

export interface SupportSnapshot {
  request: SupportRequestState;
  /** Moderators: the session's calls for support, oldest first; empty for participants. */
  alerts: readonly SupportAlert[];
  /** Moderators: calls nobody had taken on that just became known, to announce once. */
  arrived: Private<readonly SupportAlert[]> | null;
  /** Moderators: why the list could not be read or a call could not be taken on. */
  refused: Private<ErrorCode> | null;
}

export interface SupportBinding {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => SupportSnapshot;
  /** Participants: "I need support", with the language to pick crisis resources in. */
  request: (locale: string) => Promise<boolean>;
  /** Moderators: take a call on; the other moderators see who did. */
  acknowledge: (alertId: string) => Promise<boolean>;
  dispose: () => void;
}

const IDLE: SupportRequestState = { kind: 'idle' };
const EMPTY: SupportSnapshot = { request: IDLE, alerts: [], arrived: null, refused: null };

/**
 * The private "I need support" signal: participants send it; the moderators' side reads the
 * session's calls on entering and after every rejoin, then follows `support:alert`.
 */
export function bindSupport(
  controller: Pick<SessionController, 'subscribe' | 'getSnapshot' | 'signaling'>,
): SupportBinding {
  let snapshot = EMPTY;
  let serial = 0;
  let sending: Promise<boolean> | null = null;
  const listeners = createListeners();

  const update = (patch: Partial<SupportSnapshot>): void => {
    snapshot = { ...snapshot, ...patch };
    listeners.notify();
  };
  const fresh = <T>(value: T): Private<T> => ({ value, serial: ++serial });

  const take = (incoming: readonly SupportAlert[]): void => {
    const calls = newCalls(snapshot.alerts, incoming);
    const alerts = mergeAlerts(snapshot.alerts, incoming);
    if (alerts === snapshot.alerts) return;
    update({ alerts, ...(calls.length > 0 && { arrived: fresh(calls) }) });
  };

  const link = followStaffLink(controller, {
    attach: (signaling) => signaling.on('support:alert', (alert) => take([alert])),
    async resync(signaling) {
      const result = await signaling.request(
        'support:alerts',
        {},
        { timeoutMs: ACTION_TIMEOUT_MS },
      );
      // `link` is read only after the await: the first resync starts while it is being made.
      if (link.current() !== signaling) return;
      // Said, rather than an empty list that looks like nobody called; asked again on rejoin.
      if (!result.ok) update({ refused: fresh(result.error.code) });
      else take(result.data.alerts);
    },
    reset() {
      const { request } = snapshot;
      if (snapshot.alerts.length > 0 || snapshot.arrived || snapshot.refused)
        update({ ...EMPTY, request });
    },
  });

  // A confirmation from an earlier visit to the room is not shown on the next one.
  const unsubscribe = controller.subscribe(() => {
    if (controller.getSnapshot().phase.kind !== 'joined' && snapshot.request !== IDLE)
      update({ request: IDLE });
  });

  async function send(locale: string): Promise<boolean> {
    update({ request: { kind: 'sending' } });
    const result = await requestAction(controller.signaling(), 'support:request', { locale });
    update({
      request: result.ok
        ? { kind: 'sent', alertId: result.data.alertId, resources: result.data.resources }
        : { kind: 'failed', code: result.error.code },
    });
    return result.ok;
  }

  return {
    subscribe: listeners.subscribe,
    getSnapshot: () => snapshot,

    request(locale) {
      // A second press while the first is on its way waits for the same answer.
      sending ??= send(locale).finally(() => {
        sending = null;
      });
      return sending;
    },

    async acknowledge(alertId) {
      const result = await requestAction(link.current(), 'support:acknowledge', { alertId });
      if (!result.ok) {
        update({ refused: fresh(result.error.code) });
        return false;
      }
      take([result.data]);
      if (snapshot.refused) update({ refused: null });
      return true;
    },

    dispose() {
      unsubscribe();
      link.dispose();
      listeners.clear();
    },
  };
}
