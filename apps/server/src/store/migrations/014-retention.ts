import type { Kysely } from 'kysely';

/**
 * How long a group keeps what people wrote (chat, moderators' notes, check-ins, calls for
 * support, reports). Existing groups get the default; nothing is kept for ever.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('groups')
    .addColumn('retention_days', 'integer', (c) => c.notNull().defaultTo(90))
    .execute();
  // The highest seq a session ever had, kept when its messages are deleted: numbering goes on
  // from there, so apps that remember the last seq they saw still catch up correctly.
  await db.schema
    .alterTable('sessions')
    .addColumn('seq_floor', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // The sweep deletes by time, session by session.
  await db.schema.createIndex('messages_by_time').on('messages').columns(['created_at']).execute();
}
