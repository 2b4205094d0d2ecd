import type { Rsvp } from '@haven/core/schedule';
import type { SessionFormat, Venue } from '@haven/protocol';
import type { Kysely, Selectable } from 'kysely';
import type { Database, SeriesTable, SessionsTable } from './schema';

/** A plan on the group's wall clock: the first start and how it repeats. */
export interface SeriesRecord {
  id: string;
  groupId: string;
  title: string;
  recurrence: string | null;
  firstStart: string;
  timeZone: string;
  durationMin: number;
  format: SessionFormat;
  venue: Venue | null;
  capacity: number | null;
  lobby: boolean;
  opensBeforeMin: number;
  moderatorIds: string[];
  createdAt: string;
  stoppedAt: string | null;
}

/** One scheduled session: a session row with a start time. */
export interface ScheduledRecord {
  id: string;
  groupId: string;
  title: string;
  seriesId: string | null;
  occurrenceKey: string | null;
  startsAt: string;
  durationMin: number;
  format: SessionFormat;
  venue: Venue | null;
  capacity: number | null;
  lobby: boolean;
  opensBeforeMin: number;
  moderatorIds: string[];
  cancelledAt: string | null;
  moved: boolean;
  createdAt: string;
  /** Set when a moderator ended the session for all. */
  endedAt?: string | null;
}

export type ScheduledChanges = Partial<
  Pick<
    ScheduledRecord,
    | 'startsAt'
    | 'durationMin'
    | 'format'
    | 'venue'
    | 'capacity'
    | 'moderatorIds'
    | 'cancelledAt'
    | 'moved'
  >
>;

const toFormat = (v: string | null): SessionFormat =>
  v === 'in_person' || v === 'hybrid' ? v : 'online';
const toVenue = (v: string | null): Venue | null => (v ? (JSON.parse(v) as Venue) : null);
const toIds = (v: string | null): string[] => (v ? (JSON.parse(v) as string[]) : []);

const toSeries = (r: Selectable<SeriesTable>): SeriesRecord => ({
  id: r.id,
  groupId: r.group_id,
  title: r.title,
  recurrence: r.recurrence,
  firstStart: r.first_start,
  timeZone: r.time_zone,
  durationMin: Number(r.duration_min),
  format: toFormat(r.format),
  venue: toVenue(r.venue),
  capacity: r.capacity === null ? null : Number(r.capacity),
  lobby: Number(r.lobby) === 1,
  opensBeforeMin: Number(r.opens_before_min),
  moderatorIds: toIds(r.moderator_ids),
  createdAt: r.created_at,
  stoppedAt: r.stopped_at,
});

const toScheduled = (r: Selectable<SessionsTable>): ScheduledRecord => ({
  id: r.id,
  groupId: r.group_id,
  title: r.title,
  seriesId: r.series_id,
  occurrenceKey: r.occurrence_key,
  startsAt: r.starts_at ?? '',
  durationMin: Number(r.duration_min ?? 0),
  format: toFormat(r.format),
  venue: toVenue(r.venue),
  capacity: r.capacity === null ? null : Number(r.capacity),
  lobby: Number(r.lobby) === 1,
  opensBeforeMin: Number(r.opens_before_min ?? 0),
  moderatorIds: toIds(r.moderator_ids),
  cancelledAt: r.cancelled_at,
  moved: Number(r.moved) === 1,
  createdAt: r.created_at,
  endedAt: r.ended_at,
});

/** Series, their occurrences (session rows with a start) and the answers people gave. */
export class ScheduleRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async createSeries(s: SeriesRecord): Promise<void> {
    await this.db
      .insertInto('series')
      .values({
        id: s.id,
        group_id: s.groupId,
        title: s.title,
        recurrence: s.recurrence,
        first_start: s.firstStart,
        time_zone: s.timeZone,
        duration_min: s.durationMin,
        format: s.format,
        venue: s.venue ? JSON.stringify(s.venue) : null,
        capacity: s.capacity,
        lobby: s.lobby ? 1 : 0,
        opens_before_min: s.opensBeforeMin,
        moderator_ids: JSON.stringify(s.moderatorIds),
        created_at: s.createdAt,
        stopped_at: s.stoppedAt,
      })
      .execute();
  }

  async findSeries(groupId: string, seriesId: string): Promise<SeriesRecord | null> {
    const row = await this.db
      .selectFrom('series')
      .selectAll()
      .where('group_id', '=', groupId)
      .where('id', '=', seriesId)
      .executeTakeFirst();
    return row ? toSeries(row) : null;
  }

  /** Every series of a group, running or stopped, newest first. */
  async seriesOf(groupId: string): Promise<SeriesRecord[]> {
    const rows = await this.db
      .selectFrom('series')
      .selectAll()
      .where('group_id', '=', groupId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(toSeries);
  }

  /** Series still running, of one group or (null) of every group. */
  async runningSeries(groupId: string | null): Promise<SeriesRecord[]> {
    let q = this.db.selectFrom('series').selectAll().where('stopped_at', 'is', null);
    if (groupId !== null) q = q.where('group_id', '=', groupId);
    return (await q.orderBy('created_at').execute()).map(toSeries);
  }

  /** Stops a series and cancels its sessions that start after `at`; false if already stopped. */
  async stopSeries(seriesId: string, at: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const stopped = await trx
        .updateTable('series')
        .set({ stopped_at: at })
        .where('id', '=', seriesId)
        .where('stopped_at', 'is', null)
        .executeTakeFirst();
      if (Number(stopped.numUpdatedRows) === 0) return false;
      await trx
        .updateTable('sessions')
        .set({ cancelled_at: at })
        .where('series_id', '=', seriesId)
        .where('starts_at', '>', at)
        .where('cancelled_at', 'is', null)
        .execute();
      return true;
    });
  }

  /**
   * Adds occurrences as session rows; one already there (same series and original start) is
   * left as it is, moved or cancelled. Safe to call again and from several nodes.
   */
  async addOccurrences(rows: readonly ScheduledRecord[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db
      .insertInto('sessions')
      .values(
        rows.map((s) => ({
          id: s.id,
          group_id: s.groupId,
          title: s.title,
          created_at: s.createdAt,
          ended_at: null,
          lobby: s.lobby ? 1 : 0,
          series_id: s.seriesId,
          occurrence_key: s.occurrenceKey,
          starts_at: s.startsAt,
          duration_min: s.durationMin,
          format: s.format,
          venue: s.venue ? JSON.stringify(s.venue) : null,
          capacity: s.capacity,
          opens_before_min: s.opensBeforeMin,
          moderator_ids: JSON.stringify(s.moderatorIds),
          cancelled_at: s.cancelledAt,
          moved: s.moved ? 1 : 0,
        })),
      )
      .onConflict((oc) => oc.columns(['series_id', 'occurrence_key']).doNothing())
      .execute();
  }

  /** Scheduled sessions of these groups starting in [from, to), earliest first. */
  async between(groupIds: readonly string[], from: string, to: string): Promise<ScheduledRecord[]> {
    if (groupIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('group_id', 'in', groupIds)
      .where('starts_at', 'is not', null)
      .where('starts_at', '>=', from)
      .where('starts_at', '<', to)
      .orderBy('starts_at')
      .orderBy('id')
      .execute();
    return rows.map(toScheduled);
  }

  /** The coming sessions of one series from `from` on, earliest first. */
  async ofSeries(seriesId: string, from: string, limit: number): Promise<ScheduledRecord[]> {
    const rows = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('series_id', '=', seriesId)
      .where('starts_at', '>=', from)
      .orderBy('starts_at')
      .limit(limit)
      .execute();
    return rows.map(toScheduled);
  }

  /** A scheduled session (one with a start time), or null. */
  async find(sessionId: string): Promise<ScheduledRecord | null> {
    const row = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', sessionId)
      .where('starts_at', 'is not', null)
      .executeTakeFirst();
    return row ? toScheduled(row) : null;
  }

  async update(sessionId: string, changes: ScheduledChanges): Promise<void> {
    const { startsAt, durationMin, format, venue, capacity, moderatorIds, cancelledAt, moved } =
      changes;
    const values = {
      ...(startsAt !== undefined && { starts_at: startsAt }),
      ...(durationMin !== undefined && { duration_min: durationMin }),
      ...(format !== undefined && { format }),
      ...(venue !== undefined && { venue: venue ? JSON.stringify(venue) : null }),
      ...(capacity !== undefined && { capacity }),
      ...(moderatorIds !== undefined && { moderator_ids: JSON.stringify(moderatorIds) }),
      ...(cancelledAt !== undefined && { cancelled_at: cancelledAt }),
      ...(moved !== undefined && { moved: moved ? 1 : 0 }),
    };
    if (Object.keys(values).length === 0) return;
    await this.db.updateTable('sessions').set(values).where('id', '=', sessionId).execute();
  }

  /**
   * The answers of the people still in the group (admitted members) for these sessions: someone
   * who left or was removed holds no seat and keeps nobody on the waiting list.
   */
  async rsvps(sessionIds: readonly string[]): Promise<Map<string, Rsvp[]>> {
    const bySession = new Map<string, Rsvp[]>(sessionIds.map((id) => [id, []]));
    if (sessionIds.length === 0) return bySession;
    const rows = await this.db
      .selectFrom('session_rsvps')
      .innerJoin('sessions', 'sessions.id', 'session_rsvps.session_id')
      .innerJoin('memberships', (j) =>
        j
          .onRef('memberships.member_id', '=', 'session_rsvps.member_id')
          .onRef('memberships.group_id', '=', 'sessions.group_id'),
      )
      .select([
        'session_rsvps.session_id as session_id',
        'session_rsvps.member_id as member_id',
        'session_rsvps.answer as answer',
        'session_rsvps.going_since as going_since',
      ])
      .where('session_rsvps.session_id', 'in', sessionIds)
      .where('memberships.status', '=', 'admitted')
      .execute();
    for (const r of rows)
      bySession.get(r.session_id)?.push({
        memberId: r.member_id,
        answer: r.answer === 'going' ? 'going' : 'not_going',
        goingSince: r.going_since,
      });
    return bySession;
  }

  async setRsvp(sessionId: string, rsvp: Rsvp, at: string): Promise<void> {
    const values = { answer: rsvp.answer, going_since: rsvp.goingSince, answered_at: at };
    await this.db
      .insertInto('session_rsvps')
      .values({ session_id: sessionId, member_id: rsvp.memberId, ...values })
      .onConflict((oc) => oc.columns(['session_id', 'member_id']).doUpdateSet(values))
      .execute();
  }
}
