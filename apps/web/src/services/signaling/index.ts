export { createSignaling, DEFAULT_REQUEST_TIMEOUT_MS, type SignalingOptions } from './signaling';
export type { ConnectionStatus, RequestOptions, Signaling } from './types';
