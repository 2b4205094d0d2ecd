import { z } from 'zod';
import { Id, Instant } from '../common';

export const BanView = z.object({
  id: Id,
  participantId: Id.describe("The member's id in the group."),
  displayName: z.string(),
  scope: z.enum(['session', 'group']),
  sessionId: Id.nullable(),
  createdAt: Instant,
});
export const BanList = z.object({ bans: z.array(BanView) });
export const BanParams = z.strictObject({ groupId: Id, banId: Id });

export const AuditEntryView = z.object({
  at: Instant,
  actorName: z.string(),
  action: z.string().describe('mute, unmute, mute-all, remove, ban, warn, timeout, …'),
  targetName: z.string().nullable(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).nullable(),
});
export const AuditLog = z.object({ entries: z.array(AuditEntryView) });
export const SessionParams = z.strictObject({ groupId: Id, sessionId: Id });
