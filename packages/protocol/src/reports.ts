import { z } from 'zod';
import { Id, Instant, Seq } from './common';

/**
 * A participant's report of a message or a person to the moderators. The reported person is
 * never told who reported them, nor that a report was made.
 */
export const REPORT_REASON_MAX = 500;

export const ReportTarget = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('message'), seq: Seq }),
  z.strictObject({ kind: z.literal('person'), participantId: Id }),
]);
export type ReportTarget = z.infer<typeof ReportTarget>;

export const ReportOutcome = z.enum([
  'no-action',
  'message-deleted',
  'warned',
  'muted',
  'timed-out',
  'removed',
  'banned',
]);
export type ReportOutcome = z.infer<typeof ReportOutcome>;

export const Report = z.object({
  id: Id,
  sessionId: Id,
  reporter: z.object({ id: Id, name: z.string() }).describe('Moderators see who reported.'),
  subject: z.object({ id: Id, name: z.string() }).describe('The person reported, or the sender.'),
  seq: Seq.nullable().describe('The message reported; null for a report about a person.'),
  messageText: z
    .string()
    .nullable()
    .describe('The message as it was when reported (kept with the report, even if deleted).'),
  reason: z.string(),
  createdAt: Instant,
  resolution: z
    .object({
      outcome: ReportOutcome,
      by: z.object({ id: Id, name: z.string() }),
      at: Instant,
    })
    .nullable()
    .describe('Null while open.'),
});
export type Report = z.infer<typeof Report>;

export const ReportPayload = z.strictObject({
  target: ReportTarget,
  reason: z.string().trim().max(REPORT_REASON_MAX).default(''),
});
export const ReportReply = z.object({ reportId: Id });
export const ReportList = z.object({ reports: z.array(Report).describe('Oldest first.') });
export const ResolveReportPayload = z.strictObject({ reportId: Id, outcome: ReportOutcome });
