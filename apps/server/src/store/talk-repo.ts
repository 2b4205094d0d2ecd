import type { PrivateTalk, TalkMessage } from '@haven/protocol';
import type { Kysely, Selectable } from 'kysely';
import type { Database, PrivateTalkMessagesTable } from './schema';

const toMessage = (r: Selectable<PrivateTalkMessagesTable>): TalkMessage => ({
  id: r.id,
  talkId: r.talk_id,
  senderId: r.sender_id,
  senderName: r.sender_name,
  clientMsgId: r.client_msg_id,
  kind: r.kind,
  text: r.text,
  sentAt: r.sent_at,
});

/** Private check-ins: who is in each, and what they wrote. Read only by their members. */
export class TalkRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async open(
    sessionId: string,
    talk: Omit<PrivateTalk, 'moderators' | 'closedAt'>,
    opener: { id: string; name: string },
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('private_talks')
        .values({
          id: talk.id,
          session_id: sessionId,
          member_id: talk.participantId,
          display_name: talk.displayName,
          opened_at: talk.openedAt,
          closed_at: null,
        })
        .execute();
      await trx
        .insertInto('private_talk_moderators')
        .values({
          talk_id: talk.id,
          staff_id: opener.id,
          name: opener.name,
          joined_at: talk.openedAt,
        })
        .execute();
    });
  }

  /** Adds a moderator; joining twice changes nothing. */
  async join(talkId: string, moderator: { id: string; name: string }, at: string): Promise<void> {
    await this.db
      .insertInto('private_talk_moderators')
      .values({ talk_id: talkId, staff_id: moderator.id, name: moderator.name, joined_at: at })
      .onConflict((oc) => oc.columns(['talk_id', 'staff_id']).doNothing())
      .execute();
  }

  async close(talkId: string, at: string): Promise<void> {
    await this.db
      .updateTable('private_talks')
      .set({ closed_at: at })
      .where('id', '=', talkId)
      .where('closed_at', 'is', null)
      .execute();
  }

  /** The check-ins of a session (of one participant, if named), oldest first. */
  async of(sessionId: string, participantId?: string): Promise<PrivateTalk[]> {
    let query = this.db
      .selectFrom('private_talks')
      .selectAll()
      .where('session_id', '=', sessionId)
      .orderBy('opened_at')
      .orderBy('id');
    if (participantId !== undefined) query = query.where('member_id', '=', participantId);
    const talks = await query.execute();
    if (talks.length === 0) return [];
    const moderators = await this.db
      .selectFrom('private_talk_moderators')
      .selectAll()
      .where(
        'talk_id',
        'in',
        talks.map((t) => t.id),
      )
      .orderBy('joined_at')
      .orderBy('staff_id')
      .execute();
    return talks.map((t) => ({
      id: t.id,
      participantId: t.member_id,
      displayName: t.display_name,
      openedAt: t.opened_at,
      closedAt: t.closed_at,
      moderators: moderators
        .filter((m) => m.talk_id === t.id)
        .map((m) => ({ id: m.staff_id, name: m.name })),
    }));
  }

  /**
   * Stores a message at the end of its check-in; the same sender's message with the same
   * clientMsgId, already stored, is returned instead (a retried send). The room's owner
   * serialises appends, so the next seq is not contended.
   */
  async append(message: TalkMessage): Promise<TalkMessage> {
    return this.db.transaction().execute(async (trx) => {
      const earlier = await trx
        .selectFrom('private_talk_messages')
        .selectAll()
        .where('talk_id', '=', message.talkId)
        .where('sender_id', '=', message.senderId)
        .where('client_msg_id', '=', message.clientMsgId)
        .executeTakeFirst();
      if (earlier) return toMessage(earlier);
      const last = await trx
        .selectFrom('private_talk_messages')
        .select((eb) => eb.fn.max('seq').as('max'))
        .where('talk_id', '=', message.talkId)
        .executeTakeFirst();
      await trx
        .insertInto('private_talk_messages')
        .values({
          talk_id: message.talkId,
          seq: (last?.max == null ? 0 : Number(last.max)) + 1,
          id: message.id,
          sender_id: message.senderId,
          sender_name: message.senderName,
          client_msg_id: message.clientMsgId,
          kind: message.kind,
          text: message.text,
          sent_at: message.sentAt,
        })
        .execute();
      return message;
    });
  }

  /** The latest `limit` messages of a check-in, oldest first. */
  async messages(talkId: string, limit: number): Promise<TalkMessage[]> {
    const rows = await this.db
      .selectFrom('private_talk_messages')
      .selectAll()
      .where('talk_id', '=', talkId)
      .orderBy('seq', 'desc')
      .limit(limit)
      .execute();
    return rows.reverse().map(toMessage);
  }

  /** What one participant wrote in their private check-ins (their export). */
  async writtenBy(
    participantId: string,
  ): Promise<{ sessionId: string; text: string; sentAt: string }[]> {
    const rows = await this.db
      .selectFrom('private_talk_messages')
      .innerJoin('private_talks', 'private_talks.id', 'private_talk_messages.talk_id')
      .select([
        'private_talks.session_id as sessionId',
        'private_talk_messages.text as text',
        'private_talk_messages.sent_at as sentAt',
      ])
      .where('private_talk_messages.sender_id', 'in', (eb) =>
        eb
          .selectFrom('memberships')
          .select('member_id')
          .where('participant_id', '=', participantId),
      )
      .orderBy('private_talk_messages.sent_at')
      .execute();
    return rows;
  }
}
