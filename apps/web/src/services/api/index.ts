export { api, callRoute } from './client';
export {
  createApiClient,
  DEFAULT_HTTP_TIMEOUT_MS,
  type ApiClient,
  type ApiClientDeps,
  type CallRoute,
  type RouteArgs,
  type RouteInput,
} from './http-client';
export { fetchSessionInfo, type SessionInfoResult } from './session-info';
