import * as rruleModule from 'rrule';
import {
  floatingToLocal,
  instantToLocal,
  localToFloating,
  localToInstant,
  type LocalDateTime,
} from './local-time';

// rrule ships CommonJS to Node (its exports then sit under `default`) and ESM to bundlers.
const { RRule } =
  (rruleModule as Partial<typeof rruleModule>).RRule !== undefined
    ? rruleModule
    : (rruleModule as unknown as { default: typeof rruleModule }).default;

/**
 * The recurrences Haven schedules: daily, weekly or monthly, at most once a day, at the series'
 * own time of day. Anything finer (BYHOUR, hourly…) would make "one session a day" ambiguous and
 * is refused.
 */
const ALLOWED_KEYS = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'COUNT', 'UNTIL', 'WKST']);
const FREQUENCIES = new Set(['DAILY', 'WEEKLY', 'MONTHLY']);
export const MAX_INTERVAL = 52;
export const MAX_COUNT = 520;
const WEEKDAY = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;
const UNTIL = /^\d{8}(T\d{6}Z?)?$/;

export type RecurrenceCheck = { ok: true; rule: string } | { ok: false; reason: string };

/**
 * Checks an RRULE body (without DTSTART), e.g. `FREQ=WEEKLY;BYDAY=TU`, and returns it in the
 * normal form Haven stores: keys upper-case, in a fixed order.
 */
export function checkRecurrence(text: string): RecurrenceCheck {
  const body = text.trim().replace(/^RRULE:/i, '');
  if (body === '' || body.length > 200) return { ok: false, reason: 'Give a recurrence rule.' };
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    const [rawKey, value, extra] = part.split('=');
    const key = rawKey?.trim().toUpperCase() ?? '';
    if (!key || value === undefined || extra !== undefined || value.trim() === '')
      return { ok: false, reason: `"${part}" is not KEY=VALUE.` };
    if (!ALLOWED_KEYS.has(key)) return { ok: false, reason: `${key} is not supported.` };
    if (parts.has(key)) return { ok: false, reason: `${key} is given twice.` };
    parts.set(key, value.trim().toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (!freq || !FREQUENCIES.has(freq))
    return { ok: false, reason: 'FREQ must be DAILY, WEEKLY or MONTHLY.' };
  const interval = parts.get('INTERVAL');
  if (interval !== undefined && !isWhole(interval, 1, MAX_INTERVAL))
    return { ok: false, reason: `INTERVAL must be 1–${MAX_INTERVAL}.` };
  const count = parts.get('COUNT');
  if (count !== undefined && !isWhole(count, 1, MAX_COUNT))
    return { ok: false, reason: `COUNT must be 1–${MAX_COUNT}.` };
  if (count !== undefined && parts.has('UNTIL'))
    return { ok: false, reason: 'Give COUNT or UNTIL, not both.' };
  const until = parts.get('UNTIL');
  if (until !== undefined && !UNTIL.test(until))
    return { ok: false, reason: 'UNTIL must be a date like 20261231.' };
  const byDay = parts.get('BYDAY');
  if (byDay !== undefined) {
    const days = byDay.split(',');
    for (const day of days) {
      const m = WEEKDAY.exec(day);
      if (!m) return { ok: false, reason: `BYDAY has "${day}", not a weekday.` };
      if (m[1] !== undefined && freq !== 'MONTHLY')
        return { ok: false, reason: 'Numbered weekdays (like 1TU) are for MONTHLY rules.' };
    }
  }
  const byMonthDay = parts.get('BYMONTHDAY');
  if (byMonthDay !== undefined) {
    if (freq !== 'MONTHLY') return { ok: false, reason: 'BYMONTHDAY is for MONTHLY rules.' };
    for (const d of byMonthDay.split(','))
      if (!/^-?\d{1,2}$/.test(d) || Number(d) === 0 || Math.abs(Number(d)) > 31)
        return { ok: false, reason: `BYMONTHDAY has "${d}", not a day of the month.` };
  }
  const wkst = parts.get('WKST');
  if (wkst !== undefined && !/^(MO|TU|WE|TH|FR|SA|SU)$/.test(wkst))
    return { ok: false, reason: 'WKST must be a weekday.' };
  const order = ['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'WKST', 'COUNT', 'UNTIL'];
  const rule = order
    .filter((k) => parts.has(k))
    .map((k) => `${k}=${parts.get(k)}`)
    .join(';');
  try {
    RRule.parseString(rule);
  } catch {
    return { ok: false, reason: 'The recurrence rule cannot be read.' };
  }
  return { ok: true, rule };
}

function isWhole(text: string, min: number, max: number): boolean {
  return /^\d+$/.test(text) && Number(text) >= min && Number(text) <= max;
}

/** When a series happens: its first start on the group's wall clock, and how it repeats. */
export interface SeriesTiming {
  firstStart: LocalDateTime;
  timeZone: string;
  /** A rule accepted by checkRecurrence; null for a single session. */
  rule: string | null;
}

export interface Occurrence {
  /** The occurrence's original local start: its identity in the series, even once moved. */
  key: LocalDateTime;
  startsAt: Date;
}

const DAY_MS = 86_400_000;

/**
 * The series' occurrences that start in [from, to), in order, at most `limit`. The rule runs on
 * the wall clock (UNTIL is a local date, inclusive); each occurrence then becomes an instant in
 * the series' zone, so 18:00 stays 18:00 across daylight-saving changes.
 */
export function occurrencesBetween(
  timing: SeriesTiming,
  from: Date,
  to: Date,
  limit = 500,
): Occurrence[] {
  const first = localToFloating(timing.firstStart);
  const toOccurrence = (floating: Date): Occurrence => {
    const key = floatingToLocal(floating);
    return { key, startsAt: localToInstant(key, timing.timeZone) };
  };
  const inRange = (o: Occurrence) => o.startsAt >= from && o.startsAt < to;
  if (timing.rule === null) return [toOccurrence(first)].filter(inRange);

  const options = RRule.parseString(timing.rule);
  // An UNTIL in UTC (…T170000Z, as RFC 5545 asks beside a zoned start) is an instant: put it on
  // the series' wall clock, where the rule runs.
  if (options.until && /UNTIL=\d{8}T\d{6}Z/.test(timing.rule)) {
    options.until = localToFloating(instantToLocal(options.until, timing.timeZone));
  }
  // A date-only UNTIL includes that whole local day.
  else if (options.until) {
    const u = options.until;
    if (u.getUTCHours() === 0 && u.getUTCMinutes() === 0 && u.getUTCSeconds() === 0)
      options.until = new Date(u.getTime() + DAY_MS - 1);
  }
  const rule = new RRule({ ...options, dtstart: first });
  // Zone offsets are within ±14 h: a day's margin on the floating clock covers every zone.
  const floatingFrom = new Date(from.getTime() - DAY_MS);
  const floatingTo = new Date(to.getTime() + DAY_MS);
  const found: Occurrence[] = [];
  rule.between(floatingFrom, floatingTo, true, (date) => {
    const o = toOccurrence(date);
    if (inRange(o)) found.push(o);
    return found.length < limit;
  });
  return found;
}
