import type { ModChatMessage } from '@haven/protocol';
import type { Kysely, Selectable } from 'kysely';
import type { Database, ModMessagesTable } from './schema';

const toMessage = (row: Selectable<ModMessagesTable>): ModChatMessage => ({
  id: row.id,
  senderId: row.sender_id,
  senderName: row.sender_name,
  clientMsgId: row.client_msg_id,
  text: row.text,
  sentAt: row.created_at,
});

/** The moderators' private channel of each session. */
export class ModChatRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Stores a message at the end of its session's channel and returns it; a message with the
   * same sender and clientMsgId already stored is returned instead (a retried send). The caller
   * serialises appends per session (the room's owner does), so the next seq is not contended.
   */
  async append(sessionId: string, message: ModChatMessage): Promise<ModChatMessage> {
    return this.db.transaction().execute(async (trx) => {
      const earlier = await trx
        .selectFrom('mod_messages')
        .selectAll()
        .where('session_id', '=', sessionId)
        .where('sender_id', '=', message.senderId)
        .where('client_msg_id', '=', message.clientMsgId)
        .executeTakeFirst();
      if (earlier) return toMessage(earlier);
      const last = await trx
        .selectFrom('mod_messages')
        .select((eb) => eb.fn.max('seq').as('max'))
        .where('session_id', '=', sessionId)
        .executeTakeFirst();
      await trx
        .insertInto('mod_messages')
        .values({
          session_id: sessionId,
          // Number() guards a driver that returns integers as strings.
          seq: (last?.max == null ? 0 : Number(last.max)) + 1,
          id: message.id,
          sender_id: message.senderId,
          sender_name: message.senderName,
          client_msg_id: message.clientMsgId,
          text: message.text,
          created_at: message.sentAt,
        })
        .execute();
      return message;
    });
  }

  /** The latest `limit` messages of a session, oldest first. */
  async latest(sessionId: string, limit: number): Promise<ModChatMessage[]> {
    const rows = await this.db
      .selectFrom('mod_messages')
      .selectAll()
      .where('session_id', '=', sessionId)
      .orderBy('seq', 'desc')
      .limit(limit)
      .execute();
    return rows.reverse().map(toMessage);
  }
}
