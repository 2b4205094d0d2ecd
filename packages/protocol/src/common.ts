import { z } from 'zod';

/** Server-issued identifiers: url-safe, bounded, never free text. */
export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be an identifier');

export const Role = z.enum(['participant', 'moderator', 'facilitator']);
export type Role = z.infer<typeof Role>;

/** ISO-8601 instant in UTC, as the server writes it. */
export const Instant = z.iso.datetime();

export const Seq = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** For events that carry nothing: any field sent is a mistake and is refused. */
export const EmptyPayload = z.strictObject({});
export const EmptyReply = z.object({});
