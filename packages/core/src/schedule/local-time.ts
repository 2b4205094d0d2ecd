import { DateTime } from 'luxon';

/**
 * Wall-clock times in a group's own time zone. A session "every Tuesday at 18:00 in Berlin" is
 * 18:00 Berlin time on both sides of a daylight-saving change, so schedules are kept as local
 * wall time plus an IANA zone, and turned into instants only when an instant is needed.
 */

/** 'YYYY-MM-DDTHH:mm': a date and time on a wall clock, without a zone. */
export type LocalDateTime = string;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isTimeZone(zone: string): boolean {
  return zone.length <= 64 && DateTime.now().setZone(zone).isValid;
}

/** The parts of a local date-time, or null when it is not a real calendar date and time. */
export function parseLocal(local: LocalDateTime): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
} | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const check = DateTime.fromObject({ year, month, day, hour, minute }, { zone: 'UTC' });
  return check.isValid ? { year, month, day, hour, minute } : null;
}

/**
 * The instant a wall-clock time happens in a zone. A time skipped by a spring-forward change
 * (02:30 on that night) moves forward by the gap, as clocks do; a time that happens twice in
 * autumn is the second of the two (standard time, as luxon resolves it).
 */
export function localToInstant(local: LocalDateTime, zone: string): Date {
  const parts = parseLocal(local);
  if (!parts) throw new RangeError(`not a local date-time: ${local}`);
  const dt = DateTime.fromObject(parts, { zone });
  if (!dt.isValid) throw new RangeError(`not a time zone: ${zone}`);
  return dt.toJSDate();
}

/** The wall-clock time of an instant in a zone. */
export function instantToLocal(instant: Date, zone: string): LocalDateTime {
  return DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-LL-dd'T'HH:mm");
}

/** A local date-time as a Date whose UTC fields are the wall-clock fields (rrule's "floating"). */
export function localToFloating(local: LocalDateTime): Date {
  const parts = parseLocal(local);
  if (!parts) throw new RangeError(`not a local date-time: ${local}`);
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute));
}

export function floatingToLocal(floating: Date): LocalDateTime {
  return floating.toISOString().slice(0, 16);
}
