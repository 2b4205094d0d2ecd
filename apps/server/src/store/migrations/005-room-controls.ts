import type { Kysely } from 'kysely';

/** A session a moderator ended for everyone stays ended; a message can be removed by a moderator. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('ended_at', 'text').execute();
  // 'sender' (they deleted their data) or 'moderator'; null while the message stands.
  await db.schema.alterTable('messages').addColumn('removed_by', 'text').execute();
}
