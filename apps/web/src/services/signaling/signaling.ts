import { io, type Socket } from 'socket.io-client';
import {
  ErrorBody,
  PROTOCOL_VERSION,
  replyResultSchema,
  serverEvents,
  type ClientEventName,
  type ClientToServerEvents,
  type ErrorCode,
  type HandshakeAuth,
  type Payload,
  type Reply,
  type Result,
  type ServerEventName,
  type ServerPayload,
  type ServerToClientEvents,
} from '@haven/protocol';
import type { ConnectionStatus, RequestOptions, Signaling } from './types';

export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
/**
 * socket.io does not retry a connection its server refused in the handshake; a refusal for a
 * passing reason (the server could not look the identity up just then) is retried after these.
 */
export const REFUSAL_RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000] as const;

export interface SignalingOptions {
  /** Defaults to the page's own origin (the server serves the app and the socket). */
  url?: string;
  /** A participant's key; staff leave it out and are known by their session cookie. */
  deviceToken?: string;
}

type HavenSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const failure = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** The handshake refusal the server puts in `connect_error`'s `data`, if any. */
function refusalCode(err: Error): ErrorCode | null {
  const parsed = ErrorBody.safeParse((err as Error & { data?: unknown }).data);
  return parsed.success ? parsed.data.code : null;
}

export function createSignaling(options: SignalingOptions = {}): Signaling {
  const auth: HandshakeAuth = {
    protocolVersion: PROTOCOL_VERSION,
    ...(options.deviceToken !== undefined && { deviceToken: options.deviceToken }),
  };
  const socketOptions = { auth, autoConnect: false };
  const socket: HavenSocket =
    options.url === undefined ? io(socketOptions) : io(options.url, socketOptions);

  let status: ConnectionStatus = 'idle';
  let everConnected = false;
  let refusals = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  const cancelRetry = (): void => {
    if (retryTimer !== null) clearTimeout(retryTimer);
    retryTimer = null;
  };
  const statusListeners = new Set<(status: ConnectionStatus) => void>();

  const setStatus = (next: ConnectionStatus): void => {
    if (next === status) return;
    status = next;
    for (const listener of [...statusListeners]) listener(next);
  };

  socket.on('connect', () => {
    // User Timing marks: the benchmark harness reads them to time a join (tests/bench).
    globalThis.performance?.mark?.('haven:socket-connected');
    everConnected = true;
    refusals = 0;
    setStatus('connected');
  });
  socket.on('disconnect', () => {
    // `active` is false when we or the server closed the socket on purpose: no retry follows.
    setStatus(socket.active ? 'reconnecting' : 'disconnected');
  });
  socket.on('connect_error', (err) => {
    const refusal = refusalCode(err);
    // Retrying cannot help either refusal: only a reload (new build) or a new identity can.
    if (refusal === 'UNSUPPORTED_PROTOCOL' || refusal === 'UNAUTHENTICATED') {
      socket.disconnect();
      setStatus(refusal === 'UNSUPPORTED_PROTOCOL' ? 'failed-protocol' : 'failed-auth');
      return;
    }
    if (refusal !== null && !socket.active) {
      const delay =
        REFUSAL_RETRY_DELAYS_MS[Math.min(refusals++, REFUSAL_RETRY_DELAYS_MS.length - 1)];
      cancelRetry();
      retryTimer = setTimeout(() => {
        retryTimer = null;
        socket.connect();
      }, delay);
      setStatus(everConnected ? 'reconnecting' : 'connecting');
      return;
    }
    if (!socket.active) setStatus('disconnected');
    else setStatus(everConnected ? 'reconnecting' : 'connecting');
  });

  async function request<E extends ClientEventName>(
    event: E,
    payload: Payload<E>,
    opts: RequestOptions = {},
  ): Promise<Result<Reply<E>>> {
    // socket.io would buffer the emit and flush it on the next connection *before* `connect`
    // handlers run, i.e. before the rejoin: fail fast and let the caller decide when to retry.
    if (!socket.connected) return failure('UNAVAILABLE', 'Not connected.');
    const timeoutMs = opts.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    // The event maps are typed per event; a generic `E` cannot be narrowed through socket.io's
    // conditional parameter types, so emit through the untyped surface and parse the reply.
    const emitter = socket.timeout(timeoutMs) as unknown as {
      emitWithAck(event: string, payload: unknown): Promise<unknown>;
    };
    let raw: unknown;
    try {
      raw = await emitter.emitWithAck(event, payload);
    } catch {
      return failure('TIMEOUT', `No reply to ${event} within ${timeoutMs} ms.`);
    }
    const parsed = replyResultSchema(event).safeParse(raw);
    if (!parsed.success) return failure('INTERNAL', `Malformed reply to ${event}.`);
    return parsed.data as Result<Reply<E>>;
  }

  function on<E extends ServerEventName>(
    event: E,
    handler: (payload: ServerPayload<E>) => void,
  ): () => void {
    const schema = serverEvents[event].payload;
    // A payload that does not match the contract is dropped rather than corrupting state.
    const listener = (raw: unknown): void => {
      const parsed = schema.safeParse(raw);
      if (parsed.success) handler(parsed.data as ServerPayload<E>);
    };
    const untyped = socket as unknown as {
      on(event: string, listener: (raw: unknown) => void): void;
      off(event: string, listener: (raw: unknown) => void): void;
    };
    untyped.on(event, listener);
    return () => {
      untyped.off(event, listener);
    };
  }

  return {
    request,
    on,
    status: () => status,
    onStatus(listener) {
      statusListeners.add(listener);
      return () => {
        statusListeners.delete(listener);
      };
    },
    connect() {
      cancelRetry();
      if (socket.connected || socket.active) return;
      setStatus(everConnected ? 'reconnecting' : 'connecting');
      socket.connect();
    },
    disconnect() {
      cancelRetry();
      socket.disconnect();
      setStatus('disconnected');
    },
  };
}
