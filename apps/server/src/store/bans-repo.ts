import type { Kysely } from 'kysely';
import type { Database } from './schema';

export interface BanRecord {
  id: string;
  groupId: string;
  /** Null: the whole group. */
  sessionId: string | null;
  participantId: string;
  memberId: string;
  displayName: string;
  createdBy: string;
  createdAt: string;
  liftedAt: string | null;
}

const toBan = (r: Database['bans']): BanRecord => ({
  id: r.id,
  groupId: r.group_id,
  sessionId: r.session_id,
  participantId: r.participant_id,
  memberId: r.member_id,
  displayName: r.display_name,
  createdBy: r.created_by,
  createdAt: r.created_at,
  liftedAt: r.lifted_at,
});

/** Bans hold without accounts: they name the device-bound participant, not a person. */
export class BansRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async create(ban: Omit<BanRecord, 'liftedAt'>): Promise<void> {
    await this.db
      .insertInto('bans')
      .values({
        id: ban.id,
        group_id: ban.groupId,
        session_id: ban.sessionId,
        participant_id: ban.participantId,
        member_id: ban.memberId,
        display_name: ban.displayName,
        created_by: ban.createdBy,
        created_at: ban.createdAt,
        lifted_at: null,
      })
      .execute();
  }

  /**
   * This participant's bans in the group that are not lifted, oldest first. Which of them keeps
   * them out of a session is core's rule (`banKeepingOut`).
   */
  async ofParticipant(groupId: string, participantId: string): Promise<BanRecord[]> {
    const rows = await this.db
      .selectFrom('bans')
      .selectAll()
      .where('group_id', '=', groupId)
      .where('participant_id', '=', participantId)
      .where('lifted_at', 'is', null)
      .orderBy('created_at')
      .execute();
    return rows.map(toBan);
  }

  async listInForce(groupId: string): Promise<BanRecord[]> {
    const rows = await this.db
      .selectFrom('bans')
      .selectAll()
      .where('group_id', '=', groupId)
      .where('lifted_at', 'is', null)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map(toBan);
  }

  /** Lifts a ban in force; the ban as it was, or null when there was none by that id. */
  async lift(groupId: string, banId: string, at: string): Promise<BanRecord | null> {
    const row = await this.db
      .updateTable('bans')
      .set({ lifted_at: at })
      .where('id', '=', banId)
      .where('group_id', '=', groupId)
      .where('lifted_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    return row ? toBan(row) : null;
  }
}
