/**
 * Small-cell suppression. In a group of eight, "2 people came online" or "mood 1.5 from 3
 * answers" can point at someone; so any count from 1 to 4 is shown as "<5", and a mean is shown
 * only when at least 5 answers are behind it. Zero reveals nobody and is shown.
 *
 * Hiding a small count is not enough when the others it adds up with are shown: a total of 7
 * with a headcount of 5 and nobody online gives away "2 in person". So counts that would let a
 * hidden one be worked out are withheld too (complementary suppression), and a column's sum
 * over all sessions is shown only when every session's count in it is shown exactly.
 */
export const SMALL_CELL = 5;
export type ShownCount = number | '<5' | 'withheld';

export const shownCount = (n: number): ShownCount => (n > 0 && n < SMALL_CELL ? '<5' : n);

/** A mean rounded to one decimal, or null when too few answers are behind it. */
export const shownMean = (mean: number | null, answers: number): number | null =>
  mean === null || answers < SMALL_CELL ? null : Math.round(mean * 10) / 10;

/** One session's attendance. total = inPerson + online + headcount; inPerson + online = returning + new. */
export interface AttendanceCounts {
  total: number;
  inPerson: number;
  online: number;
  headcount: number;
  returning: number;
  new: number;
  rsvpGoing: number;
}
export type ShownAttendance = Record<keyof AttendanceCounts, ShownCount>;

const exact = (c: ShownCount): c is number => typeof c === 'number';
const withhold = (c: ShownCount): ShownCount => (exact(c) && c > 0 ? 'withheld' : c);

export function protectRow(raw: AttendanceCounts): ShownAttendance {
  const shown: ShownAttendance = {
    total: shownCount(raw.total),
    inPerson: shownCount(raw.inPerson),
    online: shownCount(raw.online),
    headcount: shownCount(raw.headcount),
    returning: shownCount(raw.returning),
    new: shownCount(raw.new),
    rsvpGoing: shownCount(raw.rsvpGoing),
  };
  const small = (c: ShownCount) => c === '<5';
  // The total would give away a small part: total − the others.
  if (small(shown.inPerson) || small(shown.online) || small(shown.headcount))
    shown.total = withhold(shown.total);
  // Returning + new is everyone named (in person + online): knowing both would give away a small
  // one of those.
  if (small(shown.inPerson) || small(shown.online)) {
    shown.returning = withhold(shown.returning);
    shown.new = withhold(shown.new);
  }
  // And the other way: with one of returning/new small, its partner would give it away.
  if (small(shown.returning)) shown.new = withhold(shown.new);
  if (small(shown.new)) shown.returning = withhold(shown.returning);
  return shown;
}

/**
 * The sums over all sessions: protected like a row, and withheld in any column where a session's
 * count is not shown exactly (the sum minus the other sessions would give it away).
 */
export function protectTotals(
  raw: AttendanceCounts,
  sessions: readonly ShownAttendance[],
): ShownAttendance {
  const shown = protectRow(raw);
  for (const key of Object.keys(shown) as (keyof ShownAttendance)[])
    if (sessions.some((s) => !exact(s[key])) && shown[key] !== '<5')
      shown[key] = withhold(shown[key]);
  return shown;
}
