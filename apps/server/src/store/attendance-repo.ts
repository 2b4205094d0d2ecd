import type { InPersonCheckIn, MoodPhase, MoodTally, MoodValue, OnlineVisit } from '@haven/core';
import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** Who came to a session: online visits, in-person check-ins and a headcount. */
export class AttendanceRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** A member entered the online room (a reconnect within the grace period is not a visit). */
  async arrived(sessionId: string, memberId: string, at: string): Promise<void> {
    await this.db
      .insertInto('session_visits')
      .values({ session_id: sessionId, member_id: memberId, joined_at: at, left_at: null })
      .execute();
  }

  /** A member's open visit ends; with no member, everyone's (the session ended for all). */
  async left(sessionId: string, memberId: string | null, at: string): Promise<void> {
    let q = this.db
      .updateTable('session_visits')
      .set({ left_at: at })
      .where('session_id', '=', sessionId)
      .where('left_at', 'is', null);
    if (memberId !== null) q = q.where('member_id', '=', memberId);
    await q.execute();
  }

  async visits(sessionId: string): Promise<OnlineVisit[]> {
    const rows = await this.db
      .selectFrom('session_visits')
      .select(['member_id', 'joined_at', 'left_at'])
      .where('session_id', '=', sessionId)
      .orderBy('joined_at')
      .execute();
    return rows.map((r) => ({ memberId: r.member_id, joinedAt: r.joined_at, leftAt: r.left_at }));
  }

  /** Checks a member in at the venue; a second check-in keeps the first. */
  async checkIn(
    sessionId: string,
    memberId: string,
    method: 'code' | 'manual',
    enteredAt: string,
    recordedAt: string,
  ): Promise<void> {
    await this.db
      .insertInto('session_checkins')
      .values({
        session_id: sessionId,
        member_id: memberId,
        method,
        entered_at: enteredAt,
        recorded_at: recordedAt,
      })
      .onConflict((oc) => oc.columns(['session_id', 'member_id']).doNothing())
      .execute();
  }

  async checkOut(sessionId: string, memberId: string): Promise<void> {
    await this.db
      .deleteFrom('session_checkins')
      .where('session_id', '=', sessionId)
      .where('member_id', '=', memberId)
      .execute();
  }

  async checkIns(sessionId: string): Promise<InPersonCheckIn[]> {
    const rows = await this.db
      .selectFrom('session_checkins')
      .select(['member_id', 'method'])
      .where('session_id', '=', sessionId)
      .orderBy('entered_at')
      .execute();
    return rows.map((r) => ({
      memberId: r.member_id,
      method: r.method === 'manual' ? 'manual' : 'code',
    }));
  }

  async setHeadcount(sessionId: string, count: number, at: string): Promise<void> {
    await this.db
      .insertInto('session_headcounts')
      .values({ session_id: sessionId, count, recorded_at: at })
      .onConflict((oc) => oc.column('session_id').doUpdateSet({ count, recorded_at: at }))
      .execute();
  }

  async headcount(sessionId: string): Promise<number> {
    const row = await this.db
      .selectFrom('session_headcounts')
      .select('count')
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    return row ? Number(row.count) : 0;
  }

  /**
   * Counts one mood answer; false (and nothing counted) when this person already answered at
   * this moment. The note of who answered and the count share nothing but the session.
   */
  async answerMood(
    sessionId: string,
    memberId: string,
    phase: MoodPhase,
    value: MoodValue,
  ): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const noted = await trx
        .insertInto('mood_answered')
        .values({ session_id: sessionId, member_id: memberId, phase })
        .onConflict((oc) => oc.columns(['session_id', 'member_id', 'phase']).doNothing())
        .executeTakeFirst();
      if (Number(noted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
      await trx
        .insertInto('mood_counts')
        .values({ session_id: sessionId, phase, value, count: 1 })
        .onConflict((oc) =>
          oc
            .columns(['session_id', 'phase', 'value'])
            .doUpdateSet((eb) => ({ count: eb('mood_counts.count', '+', 1) })),
        )
        .execute();
      return true;
    });
  }

  async moodTally(sessionId: string, phase: MoodPhase): Promise<MoodTally> {
    const rows = await this.db
      .selectFrom('mood_counts')
      .select(['value', 'count'])
      .where('session_id', '=', sessionId)
      .where('phase', '=', phase)
      .execute();
    const counts: MoodTally['counts'] = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
    for (const r of rows) {
      const v = Number(r.value);
      if (v === 1 || v === 2 || v === 3 || v === 4 || v === 5) counts[v] = Number(r.count);
    }
    return { counts };
  }

  /** The session's check-in key, made once: concurrent first calls agree on the same one. */
  async checkinSecret(sessionId: string, fresh: string): Promise<string | null> {
    await this.db
      .updateTable('sessions')
      .set({ checkin_secret: fresh })
      .where('id', '=', sessionId)
      .where('checkin_secret', 'is', null)
      .execute();
    const row = await this.db
      .selectFrom('sessions')
      .select('checkin_secret')
      .where('id', '=', sessionId)
      .executeTakeFirst();
    return row?.checkin_secret ?? null;
  }
}
