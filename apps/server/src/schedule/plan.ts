import {
  checkRecurrence,
  localToInstant,
  occurrencesBetween,
  parseLocal,
} from '@haven/core/schedule';
import type { IdGenerator } from '@haven/core';
import type { CreateSeriesRequest } from '@haven/protocol';
import type { z } from 'zod';
import { HavenError } from '../errors';
import type { GroupRecord } from '../store/groups-repo';
import type { ScheduledRecord, SeriesRecord } from '../store/schedule-repo';
import type { Store } from '../store/store';

/** How far ahead a series' sessions exist as rows (RSVPs, links); later ones come as time passes. */
export const HORIZON_DAYS = 7 * 13;
const DAY_MS = 86_400_000;

type SeriesRequest = z.output<typeof CreateSeriesRequest>;

/**
 * Checks a facilitator's plan against the rules a schedule must keep and returns the series.
 * Nothing is stored here; every refusal names what to fix.
 */
export async function checkPlan(
  store: Store,
  group: GroupRecord,
  body: SeriesRequest,
  id: string,
  createdAt: string,
): Promise<SeriesRecord> {
  if (!parseLocal(body.firstStart))
    throw new HavenError('INVALID_ARGUMENT', 'firstStart: not a real date and time.');
  let recurrence: string | null = null;
  if (body.recurrence !== null) {
    const check = checkRecurrence(body.recurrence);
    if (!check.ok) throw new HavenError('INVALID_ARGUMENT', `recurrence: ${check.reason}`);
    recurrence = check.rule;
  }
  checkVenue(body.format, body.venue);
  await checkModerators(store, group.id, body.moderatorIds);
  return {
    id,
    groupId: group.id,
    title: body.title,
    recurrence,
    firstStart: body.firstStart,
    timeZone: group.timeZone,
    durationMin: body.durationMin,
    format: body.format,
    venue: body.format === 'online' ? null : body.venue,
    capacity: body.capacity,
    // Closed groups meet behind a door by default: a moderator lets people in.
    lobby: body.lobby ?? group.visibility === 'closed',
    opensBeforeMin: body.opensBeforeMin,
    moderatorIds: [...new Set(body.moderatorIds)],
    createdAt,
    stoppedAt: null,
  };
}

/** A session in a room of its own needs no venue; one in a place needs to say where. */
export function checkVenue(format: SeriesRecord['format'], venue: SeriesRecord['venue']): void {
  if (format !== 'online' && venue === null)
    throw new HavenError('INVALID_ARGUMENT', 'venue: in-person and hybrid sessions need a venue.');
}

/** Only staff of the group can be assigned to run its sessions. */
export async function checkModerators(
  store: Store,
  groupId: string,
  moderatorIds: readonly string[],
): Promise<void> {
  const staff = new Set((await store.groups.staffOf(groupId)).map((s) => s.staffId));
  const stranger = moderatorIds.find((id) => !staff.has(id));
  if (stranger !== undefined)
    throw new HavenError('INVALID_ARGUMENT', 'moderatorIds: not all are staff of this group.');
}

/**
 * Makes sure every occurrence of these series up to the horizon exists as a session row.
 * Occurrences already there — moved or cancelled ones included — are left alone, so this is
 * safe to run on every read and from several nodes at once.
 */
export async function keepScheduled(
  store: Store,
  ids: IdGenerator,
  series: readonly SeriesRecord[],
  now: number,
): Promise<void> {
  const until = new Date(now + HORIZON_DAYS * DAY_MS);
  for (const s of series) {
    // Occurrences already past when the series was planned are not created.
    const from = new Date(Math.max(Date.parse(s.createdAt), now) - DAY_MS);
    const timing = { firstStart: s.firstStart, timeZone: s.timeZone, rule: s.recurrence };
    const rows: ScheduledRecord[] = occurrencesBetween(timing, from, until).map((o) => ({
      id: ids.next(),
      groupId: s.groupId,
      title: s.title,
      seriesId: s.id,
      occurrenceKey: o.key,
      startsAt: o.startsAt.toISOString(),
      durationMin: s.durationMin,
      format: s.format,
      venue: s.venue,
      capacity: s.capacity,
      lobby: s.lobby,
      opensBeforeMin: s.opensBeforeMin,
      moderatorIds: s.moderatorIds,
      cancelledAt: null,
      moved: false,
      createdAt: s.createdAt,
    }));
    await store.schedule.addOccurrences(rows);
  }
}

/** A new start for one occurrence, on the group's wall clock. */
export function movedStart(local: string, timeZone: string): string {
  if (!parseLocal(local))
    throw new HavenError('INVALID_ARGUMENT', 'start: not a real date and time.');
  return localToInstant(local, timeZone).toISOString();
}
