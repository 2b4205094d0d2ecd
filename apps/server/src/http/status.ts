import type { ErrorCode } from '@haven/protocol';

/** The HTTP status for each error code; the body is the same `{ error: { code, message } }`. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  INVALID_ARGUMENT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  AGREEMENT_CHANGED: 409,
  INVITE_EXPIRED: 410,
  INVITE_REVOKED: 410,
  ROOM_LOCKED: 423,
  ROOM_CLOSED: 409,
  MESSAGE_BLOCKED: 422,
  ROOM_FULL: 409,
  RATE_LIMITED: 429,
  UNSUPPORTED_PROTOCOL: 400,
  UNAVAILABLE: 503,
  TIMEOUT: 504,
  INTERNAL: 500,
};
