import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** What a sweep deleted, by kind: counts only, for the log. */
export interface Purged {
  messages: number;
  modMessages: number;
  heldMessages: number;
  checkinMessages: number;
  checkins: number;
  alerts: number;
  reports: number;
}

const count = (r: { numDeletedRows: bigint }): number => Number(r.numDeletedRows);

/**
 * Deletes what people wrote in a group's sessions before a cutoff: chat, moderators' notes,
 * held messages, private check-ins, calls for support and reports. The audit log stays: it holds
 * that things happened and who acted, never what was said.
 */
export class RetentionRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async purge(groupId: string, before: string): Promise<Purged> {
    return this.db.transaction().execute(async (trx) => {
      const sessions = trx.selectFrom('sessions').select('id').where('group_id', '=', groupId);
      const talks = trx
        .selectFrom('private_talks')
        .select('id')
        .where('session_id', 'in', sessions);
      // A check-in is gone once it ended before the cutoff (or was never closed and began before).
      const endedTalks = trx
        .selectFrom('private_talks')
        .select('id')
        .where('session_id', 'in', sessions)
        .where((eb) =>
          eb.or([
            eb('closed_at', '<', before),
            eb.and([eb('closed_at', 'is', null), eb('opened_at', '<', before)]),
          ]),
        );
      // Numbering goes on after deleted messages: remember where it was.
      await trx
        .updateTable('sessions')
        .set((eb) => ({
          seq_floor: eb
            .selectFrom('messages')
            .select((m) => m.fn.max('seq').as('max'))
            .whereRef('messages.session_id', '=', 'sessions.id'),
        }))
        .where('group_id', '=', groupId)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('messages')
              .select('seq')
              .whereRef('messages.session_id', '=', 'sessions.id')
              .where('created_at', '<', before),
          ),
        )
        .execute();
      const purged: Purged = {
        messages: count(
          await trx
            .deleteFrom('messages')
            .where('session_id', 'in', sessions)
            .where('created_at', '<', before)
            .executeTakeFirst(),
        ),
        modMessages: count(
          await trx
            .deleteFrom('mod_messages')
            .where('session_id', 'in', sessions)
            .where('created_at', '<', before)
            .executeTakeFirst(),
        ),
        heldMessages: count(
          await trx
            .deleteFrom('held_messages')
            .where('session_id', 'in', sessions)
            .where('sent_at', '<', before)
            .executeTakeFirst(),
        ),
        checkinMessages: count(
          await trx
            .deleteFrom('private_talk_messages')
            .where('talk_id', 'in', talks)
            .where('sent_at', '<', before)
            .executeTakeFirst(),
        ),
        checkins: 0,
        alerts: count(
          await trx
            .deleteFrom('support_alerts')
            .where('session_id', 'in', sessions)
            .where('raised_at', '<', before)
            .executeTakeFirst(),
        ),
        reports: count(
          await trx
            .deleteFrom('reports')
            .where('session_id', 'in', sessions)
            .where('created_at', '<', before)
            .executeTakeFirst(),
        ),
      };
      await trx.deleteFrom('private_talk_messages').where('talk_id', 'in', endedTalks).execute();
      await trx.deleteFrom('private_talk_moderators').where('talk_id', 'in', endedTalks).execute();
      purged.checkins = count(
        await trx.deleteFrom('private_talks').where('id', 'in', endedTalks).executeTakeFirst(),
      );
      return purged;
    });
  }
}
