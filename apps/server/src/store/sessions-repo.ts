import type { ScheduledRoom } from '@haven/core/schedule';
import type { SessionInfo } from '@haven/protocol';
import type { Kysely } from 'kysely';
import type { Database } from './schema';

export interface NewSession {
  id: string;
  groupId: string;
  title: string;
  createdAt: string;
  /** People wait in the lobby until a moderator lets them in. */
  lobby?: boolean;
}

export type AdmissionDecision =
  { status: 'admitted' } | { status: 'denied'; reason: string | null };

export class SessionsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async create(s: NewSession): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        id: s.id,
        group_id: s.groupId,
        title: s.title,
        created_at: s.createdAt,
        ended_at: null,
        lobby: s.lobby ? 1 : 0,
      })
      .execute();
  }

  /** A moderator's answer to someone at the door of this session, or null if none yet. */
  async admission(sessionId: string, memberId: string): Promise<AdmissionDecision | null> {
    const row = await this.db
      .selectFrom('session_admissions')
      .select(['status', 'reason'])
      .where('session_id', '=', sessionId)
      .where('member_id', '=', memberId)
      .executeTakeFirst();
    if (!row) return null;
    return row.status === 'admitted'
      ? { status: 'admitted' }
      : { status: 'denied', reason: row.reason };
  }

  async decide(
    sessionId: string,
    memberId: string,
    decision: AdmissionDecision,
    by: string,
    at: string,
  ): Promise<void> {
    const values = {
      status: decision.status,
      reason: decision.status === 'denied' ? decision.reason : null,
      decided_by: by,
      decided_at: at,
    };
    await this.db
      .insertInto('session_admissions')
      .values({ session_id: sessionId, member_id: memberId, ...values })
      .onConflict((oc) => oc.columns(['session_id', 'member_id']).doUpdateSet(values))
      .execute();
  }

  /** Forgets a denial: the person may knock again. */
  async forgetDecision(sessionId: string, memberId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('session_admissions')
      .where('session_id', '=', sessionId)
      .where('member_id', '=', memberId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** The people turned away at this session's door, with the names they use in the group. */
  async denied(sessionId: string): Promise<{ memberId: string; displayName: string }[]> {
    const rows = await this.db
      .selectFrom('session_admissions')
      .innerJoin('sessions', 'sessions.id', 'session_admissions.session_id')
      .innerJoin('memberships', (j) =>
        j
          .onRef('memberships.group_id', '=', 'sessions.group_id')
          .onRef('memberships.member_id', '=', 'session_admissions.member_id'),
      )
      .select([
        'session_admissions.member_id as memberId',
        'memberships.display_name as displayName',
      ])
      .where('session_admissions.session_id', '=', sessionId)
      .where('session_admissions.status', '=', 'denied')
      .orderBy('session_admissions.decided_at')
      .execute();
    return rows;
  }

  /** Ends the session for good; false if it had already ended. */
  async end(sessionId: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('sessions')
      .set({ ended_at: at })
      .where('id', '=', sessionId)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** The session with its group's name, language and current agreement, and its timing. */
  async find(sessionId: string): Promise<{
    groupId: string;
    /** The session's own capacity, or else its group's. */
    capacity: number;
    endedAt: string | null;
    /** When the room lets people in; startsAt null for a room opened on the spot. */
    timing: ScheduledRoom;
    info: SessionInfo;
  } | null> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('groups', 'groups.id', 'sessions.group_id')
      .innerJoin('group_agreements', (j) =>
        j
          .onRef('group_agreements.group_id', '=', 'groups.id')
          .onRef('group_agreements.version', '=', 'groups.agreement_version'),
      )
      .select([
        'sessions.id as id',
        'sessions.title as title',
        'sessions.ended_at as endedAt',
        'sessions.lobby as lobby',
        'sessions.starts_at as startsAt',
        'sessions.duration_min as durationMin',
        'sessions.opens_before_min as opensBeforeMin',
        'sessions.cancelled_at as cancelledAt',
        'sessions.capacity as sessionCapacity',
        'groups.id as groupId',
        'groups.name as groupName',
        'groups.language as language',
        'groups.visibility as visibility',
        'groups.capacity as capacity',
        'groups.media as media',
        'groups.lobby_message as lobbyMessage',
        'groups.mask_contacts as maskContacts',
        'groups.archived_at as archivedAt',
        'group_agreements.text as agreementText',
        'group_agreements.version as agreementVersion',
      ])
      .where('sessions.id', '=', sessionId)
      .executeTakeFirst();
    if (!row) return null;
    const timing: ScheduledRoom = {
      startsAt: row.startsAt === null ? null : Date.parse(row.startsAt),
      durationMin: Number(row.durationMin ?? 0),
      opensBeforeMin: Number(row.opensBeforeMin ?? 0),
      cancelled: row.cancelledAt !== null,
    };
    const minutes = (n: number) => n * 60_000;
    return {
      groupId: row.groupId,
      capacity: Number(row.sessionCapacity ?? row.capacity),
      endedAt: row.endedAt,
      timing,
      info: {
        id: row.id,
        title: row.title,
        groupId: row.groupId,
        groupName: row.groupName,
        openToAll: row.visibility === 'open' && row.archivedAt === null,
        language: row.language,
        agreement: { version: Number(row.agreementVersion), text: row.agreementText },
        media: row.media === 'audio_only' || row.media === 'text_only' ? row.media : 'audio_video',
        lobby: Number(row.lobby) === 1,
        lobbyMessage: row.lobbyMessage,
        maskContacts: Number(row.maskContacts) === 1,
        schedule:
          timing.startsAt === null
            ? null
            : {
                startsAt: new Date(timing.startsAt).toISOString(),
                endsAt: new Date(timing.startsAt + minutes(timing.durationMin)).toISOString(),
                opensAt: new Date(timing.startsAt - minutes(timing.opensBeforeMin)).toISOString(),
                cancelled: timing.cancelled,
              },
      },
    };
  }

  /**
   * The group's rooms opened on the spot and its scheduled sessions starting before `until`,
   * newest first: the weeks of a series planned ahead are the schedule's business, not this list.
   */
  async listForGroup(groupId: string, until: string): Promise<Required<NewSession>[]> {
    const rows = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('group_id', '=', groupId)
      .where((eb) => eb.or([eb('starts_at', 'is', null), eb('starts_at', '<', until)]))
      .where('cancelled_at', 'is', null)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      groupId: r.group_id,
      title: r.title,
      createdAt: r.created_at,
      lobby: Number(r.lobby) === 1,
    }));
  }

  async first(): Promise<string | null> {
    const row = await this.db
      .selectFrom('sessions')
      .select('id')
      .orderBy('created_at')
      .limit(1)
      .executeTakeFirst();
    return row?.id ?? null;
  }
}
