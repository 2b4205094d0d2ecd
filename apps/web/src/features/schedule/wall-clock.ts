/**
 * Dates and times as a wall clock shows them, without a zone: what a facilitator types for the
 * group's own clock. Calendar arithmetic runs on UTC fields, so the browser's own zone (and its
 * daylight-saving changes) never shifts a typed date by a day.
 */

/** 'YYYY-MM-DD'. */
export type LocalDate = string;
/** 'HH:mm'. */
export type LocalTime = string;
/** 'YYYY-MM-DDTHH:mm', as the protocol's LocalDateTime. */
export type LocalDateTime = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;
const DAY_MS = 86_400_000;

/** The date as a UTC midnight, or null when it is not a real calendar date (2026-02-30). */
function utcDate(date: LocalDate): Date | null {
  const m = DATE.exec(date.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const value = new Date(Date.UTC(year, month - 1, day));
  const real =
    value.getUTCFullYear() === year &&
    value.getUTCMonth() === month - 1 &&
    value.getUTCDate() === day;
  return real ? value : null;
}

export const isLocalDate = (date: string): boolean => utcDate(date) !== null;

/**
 * A time field's value as 'HH:mm', or null. Some browsers add seconds to a time input's value;
 * sessions start on the minute, so they are dropped.
 */
export function normalizeTime(time: string): LocalTime | null {
  const m = TIME.exec(time.trim());
  if (!m) return null;
  const [hour, minute] = [Number(m[1]), Number(m[2])];
  return hour < 24 && minute < 60 ? `${m[1]}:${m[2]}` : null;
}

/** 0 for Sunday … 6 for Saturday, as `Date.getUTCDay`; null for a malformed date. */
export function weekdayOf(date: LocalDate): number | null {
  return utcDate(date)?.getUTCDay() ?? null;
}

/**
 * Which of its weekday in the month the date is: 3 March 2026 is the first Tuesday; `last` says
 * whether no later one follows in that month.
 */
export function weekdayInMonth(date: LocalDate): { ordinal: number; last: boolean } | null {
  const value = utcDate(date);
  if (!value) return null;
  const day = value.getUTCDate();
  const weekLater = new Date(value.getTime() + 7 * DAY_MS);
  return { ordinal: Math.ceil(day / 7), last: weekLater.getUTCMonth() !== value.getUTCMonth() };
}

/** The date as an instant at UTC midnight, for formatting a calendar date with Intl in 'UTC'. */
export const dateAsUtc = (date: LocalDate): Date | null => utcDate(date);

/** '2026-12-31' → '20261231', the form of an RRULE's date-only UNTIL. */
export const compactDate = (date: LocalDate): string => date.replace(/-/g, '');

export function joinLocal(date: LocalDate, time: LocalTime): LocalDateTime {
  return `${date}T${time}`;
}

export function splitLocal(local: LocalDateTime): { date: LocalDate; time: LocalTime } {
  const [date = '', time = ''] = local.split('T');
  return { date, time: time.slice(0, 5) };
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock date and time of an instant in a zone ('2026-03-03T18:00'). Strings of this
 * form sort as the times they name, so they compare without turning them into instants.
 */
export function wallClockAt(instant: Date, zone: string): LocalDateTime {
  let format = wallClocks.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      // 'h23': midnight is 00, never the 24 some engines give with hour12: false.
      hourCycle: 'h23',
    });
    wallClocks.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
