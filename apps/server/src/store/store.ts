import type { ChatMessage, Role, SessionInfo } from '@haven/protocol';
import type { Kysely, Selectable } from 'kysely';
import type { Database, MessagesTable } from './schema';
import { migrateToLatest } from './migrations';
import { openDatabase, type DatabaseOptions, type DialectName } from './database';

export interface NewGroup {
  id: string;
  name: string;
  description: string;
  language: string;
  agreementText: string;
  agreementVersion: number;
  createdAt: string;
}

export interface NewSession {
  id: string;
  groupId: string;
  title: string;
  createdAt: string;
}

export interface ParticipantRecord {
  id: string;
  sessionId: string;
  displayName: string;
  role: Role;
  resumeTokenHash: string;
  createdAt: string;
}

/** What the server persists. One contract suite runs against every implementation. */
export interface Store {
  readonly dialect: DialectName;
  ping(): Promise<void>;
  createGroup(group: NewGroup): Promise<void>;
  createSession(session: NewSession): Promise<void>;
  getSessionInfo(sessionId: string): Promise<SessionInfo | null>;
  anySessionId(): Promise<string | null>;
  saveParticipant(participant: ParticipantRecord): Promise<void>;
  findParticipantByToken(sessionId: string, tokenHash: string): Promise<ParticipantRecord | null>;
  /** All in one transaction: either every message is stored or none. */
  appendMessages(messages: readonly (ChatMessage & { sessionId: string })[]): Promise<void>;
  maxSeq(sessionId: string): Promise<number>;
  /** Messages with seq in (afterSeq, upToSeq], oldest first. */
  messagesAfter(
    sessionId: string,
    afterSeq: number,
    limit: number,
    upToSeq?: number,
  ): Promise<ChatMessage[]>;
  /** The newest `limit` messages below `beforeSeq` (or overall), oldest first. */
  messagesBefore(
    sessionId: string,
    beforeSeq: number | undefined,
    limit: number,
    upToSeq?: number,
  ): Promise<ChatMessage[]>;
  /** A sender's recent messages, newest first: lets a resumed sender's retries be recognised. */
  recentMessagesBy(sessionId: string, senderId: string, limit: number): Promise<ChatMessage[]>;
  close(): Promise<void>;
}

const toMessage = (row: Selectable<MessagesTable>): ChatMessage => ({
  id: row.id,
  // pg returns integers as numbers for `integer`; Number() also guards a driver returning strings.
  seq: Number(row.seq),
  senderId: row.sender_id,
  senderName: row.sender_name,
  clientMsgId: row.client_msg_id,
  text: row.text,
  sentAt: row.created_at,
});

const ROLES: readonly Role[] = ['participant', 'moderator', 'facilitator'];
const toRole = (value: string): Role => ROLES.find((r) => r === value) ?? 'participant';

class KyselyStore implements Store {
  constructor(
    private readonly db: Kysely<Database>,
    readonly dialect: DialectName,
  ) {}

  async ping(): Promise<void> {
    await this.db.selectFrom('groups').select('id').limit(1).execute();
  }

  async createGroup(g: NewGroup): Promise<void> {
    await this.db
      .insertInto('groups')
      .values({
        id: g.id,
        name: g.name,
        description: g.description,
        language: g.language,
        agreement_text: g.agreementText,
        agreement_version: g.agreementVersion,
        created_at: g.createdAt,
      })
      .execute();
  }

  async createSession(s: NewSession): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({ id: s.id, group_id: s.groupId, title: s.title, created_at: s.createdAt })
      .execute();
  }

  async getSessionInfo(sessionId: string): Promise<SessionInfo | null> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('groups', 'groups.id', 'sessions.group_id')
      .select([
        'sessions.id as id',
        'sessions.title as title',
        'groups.name as groupName',
        'groups.language as language',
        'groups.agreement_text as agreementText',
        'groups.agreement_version as agreementVersion',
      ])
      .where('sessions.id', '=', sessionId)
      .executeTakeFirst();
    if (!row) return null;
    return {
      id: row.id,
      title: row.title,
      groupName: row.groupName,
      language: row.language,
      agreement: { version: Number(row.agreementVersion), text: row.agreementText },
    };
  }

  async anySessionId(): Promise<string | null> {
    const row = await this.db
      .selectFrom('sessions')
      .select('id')
      .orderBy('created_at')
      .limit(1)
      .executeTakeFirst();
    return row?.id ?? null;
  }

  async saveParticipant(p: ParticipantRecord): Promise<void> {
    await this.db
      .insertInto('participants')
      .values({
        id: p.id,
        session_id: p.sessionId,
        display_name: p.displayName,
        role: p.role,
        resume_token_hash: p.resumeTokenHash,
        created_at: p.createdAt,
      })
      .execute();
  }

  async findParticipantByToken(
    sessionId: string,
    tokenHash: string,
  ): Promise<ParticipantRecord | null> {
    const row = await this.db
      .selectFrom('participants')
      .selectAll()
      .where('session_id', '=', sessionId)
      .where('resume_token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (!row) return null;
    return {
      id: row.id,
      sessionId: row.session_id,
      displayName: row.display_name,
      role: toRole(row.role),
      resumeTokenHash: row.resume_token_hash,
      createdAt: row.created_at,
    };
  }

  async appendMessages(messages: readonly (ChatMessage & { sessionId: string })[]): Promise<void> {
    if (messages.length === 0) return;
    const rows = messages.map((m) => ({
      session_id: m.sessionId,
      seq: m.seq,
      id: m.id,
      sender_id: m.senderId,
      sender_name: m.senderName,
      client_msg_id: m.clientMsgId,
      text: m.text,
      created_at: m.sentAt,
    }));
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('messages').values(rows).execute();
    });
  }

  async maxSeq(sessionId: string): Promise<number> {
    const row = await this.db
      .selectFrom('messages')
      .select((eb) => eb.fn.max('seq').as('max'))
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    return row?.max == null ? 0 : Number(row.max);
  }

  async messagesAfter(
    sessionId: string,
    afterSeq: number,
    limit: number,
    upToSeq?: number,
  ): Promise<ChatMessage[]> {
    let q = this.db
      .selectFrom('messages')
      .selectAll()
      .where('session_id', '=', sessionId)
      .where('seq', '>', afterSeq);
    if (upToSeq !== undefined) q = q.where('seq', '<=', upToSeq);
    const rows = await q.orderBy('seq', 'asc').limit(limit).execute();
    return rows.map(toMessage);
  }

  async messagesBefore(
    sessionId: string,
    beforeSeq: number | undefined,
    limit: number,
    upToSeq?: number,
  ): Promise<ChatMessage[]> {
    let q = this.db.selectFrom('messages').selectAll().where('session_id', '=', sessionId);
    if (beforeSeq !== undefined) q = q.where('seq', '<', beforeSeq);
    if (upToSeq !== undefined) q = q.where('seq', '<=', upToSeq);
    const rows = await q.orderBy('seq', 'desc').limit(limit).execute();
    return rows.map(toMessage).reverse();
  }

  async recentMessagesBy(
    sessionId: string,
    senderId: string,
    limit: number,
  ): Promise<ChatMessage[]> {
    const rows = await this.db
      .selectFrom('messages')
      .selectAll()
      .where('session_id', '=', sessionId)
      .where('sender_id', '=', senderId)
      .orderBy('seq', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toMessage);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/** Opens the configured database, brings it to the latest migration and returns the store. */
export async function openStore(options: DatabaseOptions): Promise<Store> {
  const { db, dialect } = openDatabase(options);
  try {
    await migrateToLatest(db as unknown as Kysely<unknown>);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new KyselyStore(db, dialect);
}
