import { knownZone } from './format-when';
import { wallClockAt, type LocalDate } from './wall-clock';

export interface Day<T> {
  /** The day on the reader's clock, 'YYYY-MM-DD'. */
  day: LocalDate;
  /** The start of its first session, to write the day's heading from. */
  firstStart: string;
  items: T[];
}

/**
 * Sessions by the day they start on in the reader's zone, in order of start. A session at 23:30
 * in Berlin belongs to the next day for a reader in Kabul: days follow the reader's clock.
 */
export function groupByDay<T extends { startsAt: string }>(
  items: readonly T[],
  zone: string,
): Day<T>[] {
  const clock = knownZone(zone) ?? 'UTC';
  const days = new Map<LocalDate, Day<T>>();
  const sorted = [...items].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  for (const item of sorted) {
    const day = wallClockAt(new Date(item.startsAt), clock).slice(0, 10);
    const entry = days.get(day);
    if (entry) entry.items.push(item);
    else days.set(day, { day, firstStart: item.startsAt, items: [item] });
  }
  return [...days.values()];
}

/** True when both zones show the same wall clock at these instants (Paris and Berlin, say). */
export function sameWallClock(instants: readonly string[], zoneA: string, zoneB: string): boolean {
  const [a, b] = [knownZone(zoneA), knownZone(zoneB)];
  if (a === undefined || b === undefined) return a === b;
  return instants.every((iso) => wallClockAt(new Date(iso), a) === wallClockAt(new Date(iso), b));
}
