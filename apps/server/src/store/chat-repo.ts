import type { ChatMessage } from '@haven/protocol';
import { CompiledQuery, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Database, MessagesTable } from './schema';

export type StoredMessage = ChatMessage & {
  sessionId: string;
  /** The held message this one shares: released with the insert, so it is never shared twice. */
  heldId?: string | undefined;
};

const toMessage = (row: Selectable<MessagesTable>): ChatMessage => ({
  id: row.id,
  // Number() guards a driver that returns integers as strings.
  seq: Number(row.seq),
  senderId: row.sender_id,
  senderName: row.sender_name,
  clientMsgId: row.client_msg_id,
  text: row.text,
  sentAt: row.created_at,
  ...(row.removed_at !== null && {
    removed: true as const,
    removedBy: row.removed_by === 'moderator' ? ('moderator' as const) : ('sender' as const),
  }),
});

/** A stored message's columns, in the order of the insert's parameters, row after row. */
const MESSAGE_COLUMNS = [
  'session_id',
  'seq',
  'id',
  'sender_id',
  'sender_name',
  'client_msg_id',
  'text',
  'created_at',
  'removed_at',
  'removed_by',
] as const;
type MessageRow = Insertable<MessagesTable> & Record<(typeof MESSAGE_COLUMNS)[number], unknown>;

/** Batch sizes whose insert is kept compiled (a batch holds up to 256; most hold a few). */
const INSERTS_KEPT = 64;

export class ChatRepo {
  /** The insert's SQL by number of rows: compiling it was most of a commit's work here. */
  private readonly inserts = new Map<number, string>();

  constructor(private readonly db: Kysely<Database>) {}

  private insertOf(rows: readonly MessageRow[]): CompiledQuery {
    const parameters = rows.flatMap((row) => MESSAGE_COLUMNS.map((column) => row[column]));
    const kept = this.inserts.get(rows.length);
    if (kept !== undefined) return CompiledQuery.raw(kept, parameters);
    const compiled = this.db.insertInto('messages').values(rows).compile();
    // Kept only if the compiled statement takes exactly these parameters, in this order.
    const same =
      compiled.parameters.length === parameters.length &&
      compiled.parameters.every((value, i) => value === parameters[i]);
    if (same && this.inserts.size < INSERTS_KEPT) this.inserts.set(rows.length, compiled.sql);
    return compiled;
  }

  /** All in one transaction: either every message is stored or none. */
  async append(messages: readonly StoredMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const rows = messages.map((m): MessageRow => ({
      session_id: m.sessionId,
      seq: m.seq,
      id: m.id,
      sender_id: m.senderId,
      sender_name: m.senderName,
      client_msg_id: m.clientMsgId,
      text: m.text,
      created_at: m.sentAt,
      removed_at: null,
      removed_by: null,
    }));
    const released = messages.flatMap((m) => (m.heldId ? [m.heldId] : []));
    await this.db.transaction().execute(async (trx) => {
      await trx.executeQuery(this.insertOf(rows));
      if (released.length > 0)
        await trx.deleteFrom('held_messages').where('id', 'in', released).execute();
    });
  }

  /**
   * A moderator removes a message: the text is gone from the store, not just hidden; its place
   * in the sequence stays so catch-up still lines up. False when there is no such message.
   */
  async removeByModerator(sessionId: string, seq: number, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('messages')
      .set({ text: '', removed_at: at, removed_by: 'moderator' })
      .where('session_id', '=', sessionId)
      .where('seq', '=', seq)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** The highest seq handed out so far, counting messages deleted with time (retention). */
  async maxSeq(sessionId: string): Promise<number> {
    const row = await this.db
      .selectFrom('messages')
      .select((eb) => eb.fn.max('seq').as('max'))
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    const session = await this.db
      .selectFrom('sessions')
      .select('seq_floor')
      .where('id', '=', sessionId)
      .executeTakeFirst();
    return Math.max(row?.max == null ? 0 : Number(row.max), Number(session?.seq_floor ?? 0));
  }

  /** Messages with seq in (afterSeq, upToSeq], oldest first. */
  async after(
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

  /** The newest `limit` messages below `beforeSeq` (or overall), oldest first. */
  async before(
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

  /** Everything one participant wrote, under each group's member id, oldest first (their export). */
  async allBy(
    participantId: string,
  ): Promise<{ sessionId: string; text: string; sentAt: string }[]> {
    const rows = await this.db
      .selectFrom('messages')
      .select(['session_id', 'text', 'created_at'])
      .where('sender_id', 'in', (eb) =>
        eb
          .selectFrom('memberships')
          .select('member_id')
          .where('participant_id', '=', participantId),
      )
      .where('removed_at', 'is', null)
      .orderBy('created_at')
      .execute();
    return rows.map((r) => ({ sessionId: r.session_id, text: r.text, sentAt: r.created_at }));
  }

  /** A sender's recent messages, newest first: lets a resumed sender's retries be recognised. */
  async recentBy(sessionId: string, senderId: string, limit: number): Promise<ChatMessage[]> {
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
}
