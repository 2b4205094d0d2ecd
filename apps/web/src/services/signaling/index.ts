export {
  createSignaling,
  DEFAULT_REQUEST_TIMEOUT_MS,
  REFUSAL_RETRY_DELAYS_MS,
  type SignalingOptions,
} from './signaling';
export type { ConnectionStatus, RequestOptions, Signaling } from './types';
