import type { SessionInfo } from '@haven/protocol';
import { wallClockAt } from './wall-clock';
import { knownZone } from './format-when';

type Schedule = NonNullable<SessionInfo['schedule']>;

/**
 * What the join page says about a scheduled session's room now. `sameDay` picks between "opens
 * at 17:45" and "opens on Tuesday at 17:45" on the reader's own clock. Whether someone may come
 * in is the server's answer; this only saves a refused attempt and says when to come back.
 */
export type RoomOpening =
  { kind: 'cancelled' } | { kind: 'not-yet'; opensAt: string; sameDay: boolean } | { kind: 'open' };

export function roomOpening(schedule: Schedule, now: number, zone: string): RoomOpening {
  if (schedule.cancelled) return { kind: 'cancelled' };
  const opensAt = Date.parse(schedule.opensAt);
  if (!(now < opensAt)) return { kind: 'open' };
  const clock = knownZone(zone) ?? 'UTC';
  const day = (at: number) => wallClockAt(new Date(at), clock).slice(0, 10);
  return { kind: 'not-yet', opensAt: schedule.opensAt, sameDay: day(now) === day(opensAt) };
}

/** How long until the room opens, to look again then (never more than a minute ahead). */
export function nextCheckMs(opening: RoomOpening, now: number): number | null {
  if (opening.kind !== 'not-yet') return null;
  return Math.min(60_000, Math.max(1_000, Date.parse(opening.opensAt) - now));
}
