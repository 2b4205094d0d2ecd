import type { SessionInfo } from '@haven/protocol';
import type { Kysely } from 'kysely';
import type { Database } from './schema';

export interface NewSession {
  id: string;
  groupId: string;
  title: string;
  createdAt: string;
}

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
      })
      .execute();
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

  /** The session with its group's name, language and current agreement. */
  async find(sessionId: string): Promise<{
    groupId: string;
    capacity: number;
    endedAt: string | null;
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
        'groups.id as groupId',
        'groups.name as groupName',
        'groups.language as language',
        'groups.visibility as visibility',
        'groups.capacity as capacity',
        'groups.media as media',
        'groups.archived_at as archivedAt',
        'group_agreements.text as agreementText',
        'group_agreements.version as agreementVersion',
      ])
      .where('sessions.id', '=', sessionId)
      .executeTakeFirst();
    if (!row) return null;
    return {
      groupId: row.groupId,
      capacity: Number(row.capacity),
      endedAt: row.endedAt,
      info: {
        id: row.id,
        title: row.title,
        groupId: row.groupId,
        groupName: row.groupName,
        openToAll: row.visibility === 'open' && row.archivedAt === null,
        language: row.language,
        agreement: { version: Number(row.agreementVersion), text: row.agreementText },
        media: row.media === 'audio_only' || row.media === 'text_only' ? row.media : 'audio_video',
      },
    };
  }

  async listForGroup(groupId: string): Promise<NewSession[]> {
    const rows = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('group_id', '=', groupId)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      groupId: r.group_id,
      title: r.title,
      createdAt: r.created_at,
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
