import { z } from 'zod';

/**
 * The closed catalog of error codes a reply can carry. Internals never leave the server:
 * anything unexpected is reported as INTERNAL and logged there.
 */
export const ERROR_CODES = {
  INVALID_ARGUMENT: 'The request was malformed or a value broke a rule.',
  UNAUTHENTICATED: 'The connection has no identity yet (join first).',
  FORBIDDEN: 'The caller may not do this.',
  NOT_FOUND: 'The named session or item does not exist.',
  CONFLICT:
    'The request clashes with the current state (for example, already joined as someone else).',
  AGREEMENT_CHANGED: 'The group agreement has a newer version; show it again before joining.',
  INVITE_EXPIRED: 'The invite link has expired or has been used as often as allowed.',
  INVITE_REVOKED: 'The invite link was withdrawn by the group.',
  RATE_LIMITED: 'Too many requests; slow down and try again shortly.',
  ROOM_LOCKED: 'The room is locked by its moderators.',
  ROOM_FULL: 'The session has as many participants as the group allows.',
  MESSAGE_BLOCKED:
    'The message contains words the group has asked people not to share here; nothing was posted.',
  ROOM_CLOSED:
    'The scheduled room is not open now: not yet (see SessionInfo.schedule.opensAt), cancelled, or long over.',
  UNSUPPORTED_PROTOCOL: 'The client speaks another protocol version; reload the app.',
  UNAVAILABLE: 'The server is shutting down or cannot serve this right now; try again.',
  TIMEOUT: 'No reply arrived in time (reported by the client, never sent by the server).',
  INTERNAL: 'Something went wrong on the server.',
} as const;

export const ErrorCode = z.enum(Object.keys(ERROR_CODES) as [keyof typeof ERROR_CODES]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorBody = z.object({
  code: ErrorCode,
  message: z.string(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Codes any client event can answer with, besides the ones its catalog entry lists. */
export const COMMON_ERROR_CODES = [
  'INVALID_ARGUMENT',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'INTERNAL',
] as const satisfies readonly ErrorCode[];
