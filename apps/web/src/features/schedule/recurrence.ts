import { compactDate, weekdayInMonth, weekdayOf, type LocalDate } from './wall-clock';

/**
 * How a planned session repeats, as the form offers it. Monthly ones fall on the same weekday of
 * the month as the first date (the first Tuesday…): a group meets on a weekday, and the 31st
 * does not exist in every month.
 */
export type Repeat = 'none' | 'weekly' | 'biweekly' | 'monthly' | 'monthly-last';

/** When a repeating series ends: when stopped, on a date (inclusive), or after some sessions. */
export type SeriesEnd =
  { kind: 'never' } | { kind: 'on'; date: LocalDate } | { kind: 'after'; count: number };

const RRULE_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/**
 * The monthly choice that names the date's weekday by its place in the month. A fifth one does
 * not exist every month, so it is "the last"; a fourth that is also the last gets both choices.
 */
export interface MonthlyPlace {
  /** 1–4, or -1 for the last. */
  ordinal: number;
  weekday: number;
}

/** The choices the Repeats field shows for a first date (all of them while it is not a date). */
export function repeatChoices(date: LocalDate): Repeat[] {
  const place = weekdayInMonth(date);
  if (!place) return ['none', 'weekly', 'biweekly', 'monthly'];
  if (place.ordinal === 5) return ['none', 'weekly', 'biweekly', 'monthly-last'];
  return place.last
    ? ['none', 'weekly', 'biweekly', 'monthly', 'monthly-last']
    : ['none', 'weekly', 'biweekly', 'monthly'];
}

/** After the date changed, the nearest choice it still offers (a fifth Tuesday has no "fourth"). */
export function fitRepeat(repeat: Repeat, date: LocalDate): Repeat {
  const choices = repeatChoices(date);
  if (choices.includes(repeat)) return repeat;
  if (repeat === 'monthly') return 'monthly-last';
  if (repeat === 'monthly-last') return 'monthly';
  return 'none';
}

export function monthlyPlace(repeat: Repeat, date: LocalDate): MonthlyPlace | null {
  const place = weekdayInMonth(date);
  const weekday = weekdayOf(date);
  if (!place || weekday === null) return null;
  if (repeat === 'monthly-last' || (repeat === 'monthly' && place.ordinal === 5))
    return { ordinal: -1, weekday };
  if (repeat === 'monthly') return { ordinal: place.ordinal, weekday };
  return null;
}

/**
 * The RRULE body for a series starting on `date`, in the order the server keeps rules in, or
 * null for a single session. `date` must be a real date (checked by the form first).
 */
export function buildRecurrence(repeat: Repeat, date: LocalDate, end: SeriesEnd): string | null {
  if (repeat === 'none') return null;
  const weekday = weekdayOf(date);
  if (weekday === null) throw new RangeError(`not a date: ${date}`);
  const day = RRULE_DAYS[weekday] ?? 'MO';
  const parts: string[] = [];
  if (repeat === 'weekly') parts.push('FREQ=WEEKLY', `BYDAY=${day}`);
  if (repeat === 'biweekly') parts.push('FREQ=WEEKLY', 'INTERVAL=2', `BYDAY=${day}`);
  const place = monthlyPlace(repeat, date);
  if (place) parts.push('FREQ=MONTHLY', `BYDAY=${place.ordinal}${day}`);
  if (end.kind === 'after') parts.push(`COUNT=${end.count}`);
  if (end.kind === 'on') parts.push(`UNTIL=${compactDate(end.date)}`);
  return parts.join(';');
}
