import type {
  ClientEventName,
  Payload,
  Reply,
  Result,
  ServerEventName,
  ServerPayload,
} from '@haven/protocol';

/**
 * `connecting`: never connected yet. `reconnecting`: the link dropped and socket.io is retrying.
 * `disconnected`: closed on purpose, or refused by the server (it will not retry by itself).
 * `failed-protocol`: this build speaks another protocol version; only a reload helps.
 * `failed-auth`: the server does not know this identity (no staff cookie, unknown device token).
 */
export type ConnectionStatus =
  | 'idle'
  | 'connecting'
  | 'connected'
  | 'reconnecting'
  | 'disconnected'
  | 'failed-protocol'
  | 'failed-auth';

export interface RequestOptions {
  timeoutMs?: number;
}

/** The typed socket client. Never throws: every failure is a `Result`. */
export interface Signaling {
  request<E extends ClientEventName>(
    event: E,
    payload: Payload<E>,
    opts?: RequestOptions,
  ): Promise<Result<Reply<E>>>;
  on<E extends ServerEventName>(event: E, handler: (payload: ServerPayload<E>) => void): () => void;
  status(): ConnectionStatus;
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
  connect(): void;
  disconnect(): void;
}
