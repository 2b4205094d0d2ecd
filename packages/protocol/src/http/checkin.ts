import { z } from 'zod';
import { Id, Instant } from '../common';

export const CheckinCode = z.string().regex(/^\d{6}$/, 'six digits');

/** What the facilitator's screen at the venue shows; it asks again when the code changes. */
export const CheckinScreen = z.object({
  code: CheckinCode,
  changesAt: Instant,
  /** For the QR code: opens the check-in page with the code filled in (in the fragment). */
  link: z.string(),
});
export type CheckinScreen = z.infer<typeof CheckinScreen>;

export const RosterPerson = z.object({
  memberId: Id,
  displayName: z.string(),
  attended: z.enum(['in_person', 'online']),
  alsoOnline: z.boolean(),
  method: z.enum(['code', 'manual', 'online']),
});
export const SessionRoster = z.object({
  people: z.array(RosterPerson),
  /** Members of the group not (yet) on the roster, for checking in by hand. */
  notHere: z.array(z.object({ memberId: Id, displayName: z.string() })),
  inPerson: z.number().int(),
  online: z.number().int(),
  headcount: z.number().int(),
  total: z.number().int(),
});
export type SessionRoster = z.infer<typeof SessionRoster>;

export const CheckinMemberParams = z.strictObject({ groupId: Id, sessionId: Id, memberId: Id });
export const ManualCheckinRequest = z.strictObject({ present: z.boolean() });
export const HEADCOUNT_MAX = 500;
export const HeadcountRequest = z.strictObject({
  count: z.number().int().min(0).max(HEADCOUNT_MAX).describe('People without a phone, unnamed.'),
});

export const CheckInRequest = z.strictObject({
  code: CheckinCode,
  enteredAt: Instant.describe(
    "When the person typed or scanned the code, on the phone's clock: a check-in queued offline is judged by it.",
  ),
  sentAt: Instant.describe(
    'When this request left the phone, on the same clock. The server judges the code by how long ago it was typed (sentAt − enteredAt), so a phone whose clock is wrong still checks in.',
  ),
});
export const CheckedIn = z.object({
  sessionTitle: z.string(),
  method: z.enum(['code', 'manual']),
});

export const MoodRequest = z.strictObject({
  phase: z.enum(['in', 'out']).describe('in: on entering; out: on leaving.'),
  value: z.number().int().min(1).max(5).describe('1: very low … 5: very good (faces).'),
});

/**
 * A count as the dashboard may show it: 1 to 4 become "<5" so nobody can be singled out, and
 * "withheld" marks a count that would let a hidden one be worked out (a total, a partner).
 */
export const ShownCount = z.union([
  z.number().int().nonnegative(),
  z.literal('<5'),
  z.literal('withheld'),
]);
export type ShownCount = z.infer<typeof ShownCount>;

const AttendanceFigures = {
  online: ShownCount,
  inPerson: ShownCount,
  headcount: ShownCount,
  total: ShownCount,
  returning: ShownCount,
  new: ShownCount,
  rsvpGoing: ShownCount,
  moodIn: z.number().nullable().describe('Mean of 1–5, or null with fewer than 5 answers.'),
  moodOut: z.number().nullable(),
};
export const SessionAttendance = z.object({
  sessionId: Id,
  title: z.string(),
  startsAt: Instant,
  ...AttendanceFigures,
});
export type SessionAttendance = z.infer<typeof SessionAttendance>;
export const GroupDashboard = z.object({
  sessions: z.array(SessionAttendance).describe('Held sessions, oldest first (up to a year).'),
  totals: z.object(AttendanceFigures),
});
export type GroupDashboard = z.infer<typeof GroupDashboard>;
export const DashboardCsv = z.object({ filename: z.string(), csv: z.string() });
