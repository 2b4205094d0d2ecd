import type { HeldMessage } from '@haven/protocol';
import type { Kysely, Selectable } from 'kysely';
import type { Database, HeldMessagesTable } from './schema';

const toHeld = (r: Selectable<HeldMessagesTable>): HeldMessage => ({
  id: r.id,
  senderId: r.sender_id,
  senderName: r.sender_name,
  clientMsgId: r.client_msg_id,
  text: r.text,
  sentAt: r.sent_at,
  phrases: JSON.parse(r.phrases) as string[],
});

/**
 * Messages held by a watched word until a moderator shares or deletes them. Kept on disk: the
 * sender was told their message is waiting, so a restart must not lose it.
 */
export class HeldRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async hold(sessionId: string, m: HeldMessage): Promise<void> {
    await this.db
      .insertInto('held_messages')
      .values({
        id: m.id,
        session_id: sessionId,
        sender_id: m.senderId,
        sender_name: m.senderName,
        client_msg_id: m.clientMsgId,
        text: m.text,
        phrases: JSON.stringify(m.phrases ?? []),
        sent_at: m.sentAt,
      })
      .execute();
  }

  /** What waits in a session, oldest first. */
  async of(sessionId: string): Promise<HeldMessage[]> {
    const rows = await this.db
      .selectFrom('held_messages')
      .selectAll()
      .where('session_id', '=', sessionId)
      .orderBy('sent_at')
      .orderBy('id')
      .execute();
    return rows.map(toHeld);
  }

  async release(sessionId: string, heldId: string): Promise<void> {
    await this.db
      .deleteFrom('held_messages')
      .where('session_id', '=', sessionId)
      .where('id', '=', heldId)
      .execute();
  }

  /** What one participant has waiting, in every group (their export). */
  async allBy(
    participantId: string,
  ): Promise<{ sessionId: string; text: string; sentAt: string }[]> {
    const rows = await this.db
      .selectFrom('held_messages')
      .select(['session_id', 'text', 'sent_at'])
      .where('sender_id', 'in', (eb) =>
        eb
          .selectFrom('memberships')
          .select('member_id')
          .where('participant_id', '=', participantId),
      )
      .orderBy('sent_at')
      .execute();
    return rows.map((r) => ({ sessionId: r.session_id, text: r.text, sentAt: r.sent_at }));
  }
}
