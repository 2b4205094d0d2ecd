export { fetchSessionInfo, type SessionInfoResult } from './session-info';
