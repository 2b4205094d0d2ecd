import { z } from 'zod';
import {
  CSRF_HEADER,
  ErrorBody,
  httpRoutes,
  type ErrorCode,
  type HttpBody,
  type HttpParams,
  type HttpReply,
  type HttpRouteName,
  type Result,
} from '@haven/protocol';

/** Old phones on prepaid data are slow, but a request that hangs must end in something to say. */
export const DEFAULT_HTTP_TIMEOUT_MS = 20_000;

/** No named keys: `{}`, or zod's `Record<string, never>` for an empty strict object. */
type IsEmpty<T> = [keyof T] extends [never] ? true : string extends keyof T ? true : false;

/** What a call to route `R` takes: its `:params` and body, only when the route has them. */
export type RouteInput<R extends HttpRouteName> = (IsEmpty<HttpParams<R>> extends true
  ? { params?: undefined }
  : { params: HttpParams<R> }) &
  (IsEmpty<HttpBody<R>> extends true ? { body?: undefined } : { body: HttpBody<R> }) & {
    signal?: AbortSignal;
    timeoutMs?: number;
  };

/** The input may be left out for routes that have neither params nor a body. */
export type RouteArgs<R extends HttpRouteName> =
  Record<never, never> extends RouteInput<R> ? [input?: RouteInput<R>] : [input: RouteInput<R>];

/** A typed call to one route of the catalog. Never throws: every failure is a `Result`. */
export type CallRoute = <R extends HttpRouteName>(
  name: R,
  ...args: RouteArgs<R>
) => Promise<Result<HttpReply<R>>>;

export interface ApiClientDeps {
  /** The device token, if this browser has one (read on every call: it may arrive meanwhile). */
  deviceToken: () => string | null;
  fetch?: typeof fetch;
  /** Prefix for the catalog's paths; the page's own origin by default. */
  baseUrl?: string;
}

export interface ApiClient {
  call: CallRoute;
  /** Forgets the CSRF token (after signing out). */
  forgetCsrfToken: () => void;
}

interface RawInput {
  params?: Record<string, unknown>;
  body?: unknown;
  signal?: AbortSignal;
  timeoutMs?: number;
}

const ErrorEnvelope = z.object({ error: ErrorBody });

/** Replies that carry the staff member's CSRF token for later changes. */
const SIGNS_IN: ReadonlySet<HttpRouteName> = new Set<HttpRouteName>([
  'auth:me',
  'auth:sign-in',
  'staff:accept-invite',
]);

const failure = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** For an error reply without our envelope (a proxy's page, say): the nearest catalog code. */
function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'INVALID_ARGUMENT';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 429:
      return 'RATE_LIMITED';
    case 502:
    case 503:
    case 504:
      return 'UNAVAILABLE';
    default:
      return 'INTERNAL';
  }
}

/** `/api/groups/:groupId` with `{ groupId: 'g 1' }` → `/api/groups/g%201`. */
export function fillPath(path: string, params: Record<string, unknown>): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_match, name: string) =>
    encodeURIComponent(String(params[name])),
  );
}

export function createApiClient(deps: ApiClientDeps): ApiClient {
  const fetchImpl = deps.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const baseUrl = deps.baseUrl ?? '';
  let csrfToken: string | null = null;

  async function call(name: HttpRouteName, input: RawInput = {}): Promise<Result<unknown>> {
    const route = httpRoutes[name];
    // Checked here so that a malformed id can never reshape the path it is put into.
    const params = route.params.safeParse(input.params ?? {});
    if (!params.success) return failure('INVALID_ARGUMENT', `Bad parameters for ${name}.`);
    const url = baseUrl + fillPath(route.path, params.data);

    const changes = route.method !== 'GET';
    const headers: Record<string, string> = { accept: 'application/json' };
    if (changes) headers['content-type'] = 'application/json';
    // Staff are known by their cookie: the device key goes only where a participant may be meant.
    const token = route.auth === 'staff' ? null : deps.deviceToken();
    if (token) headers.authorization = `Bearer ${token}`;
    if (changes && csrfToken) headers[CSRF_HEADER] = csrfToken;

    if (input.signal?.aborted) return failure('UNAVAILABLE', 'The request was cancelled.');
    const abort = new AbortController();
    let timedOut = false;
    const timeoutMs = input.timeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, timeoutMs);
    const cancel = () => abort.abort();
    input.signal?.addEventListener('abort', cancel, { once: true });

    let response: Response | undefined;
    let json: unknown;
    try {
      response = await fetchImpl(url, {
        method: route.method,
        headers,
        credentials: 'same-origin',
        signal: abort.signal,
        ...(changes && { body: JSON.stringify(input.body ?? {}) }),
      });
      json = await response.json().catch(() => undefined);
    } catch {
      if (!timedOut) return failure('UNAVAILABLE', `${name} could not reach the server.`);
    } finally {
      clearTimeout(timer);
      input.signal?.removeEventListener('abort', cancel);
    }
    // Also when the time ran out while the body was read: the reply is cut off, not malformed.
    if (timedOut || response === undefined)
      return failure('TIMEOUT', `No reply to ${name} within ${timeoutMs} ms.`);

    if (!response.ok) {
      if (name === 'auth:me' && response.status === 401) csrfToken = null;
      const envelope = ErrorEnvelope.safeParse(json);
      return envelope.success
        ? { ok: false, error: envelope.data.error }
        : failure(codeForStatus(response.status), `${name} failed with ${response.status}.`);
    }
    const reply = route.reply.safeParse(json);
    if (!reply.success) return failure('INTERNAL', `Malformed reply to ${name}.`);
    if (SIGNS_IN.has(name)) csrfToken = (reply.data as { csrfToken: string }).csrfToken;
    if (name === 'auth:sign-out') csrfToken = null;
    return { ok: true, data: reply.data };
  }

  return {
    // The catalog is typed per route; a generic name cannot be narrowed through the conditional
    // input type, so the implementation is untyped and every reply is parsed by its schema.
    call: call as unknown as CallRoute,
    forgetCsrfToken: () => {
      csrfToken = null;
    },
  };
}
