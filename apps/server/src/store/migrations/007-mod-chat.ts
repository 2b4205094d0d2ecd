import type { Kysely } from 'kysely';

/**
 * The moderators' private channel of each session. Its own table, not `messages`: those rows
 * are the room's chat sequence, which every participant catches up on.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mod_messages')
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('sender_id', 'text', (c) => c.notNull())
    .addColumn('sender_name', 'text', (c) => c.notNull())
    .addColumn('client_msg_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mod_messages_pk', ['session_id', 'seq'])
    .addUniqueConstraint('mod_messages_client_msg', ['session_id', 'sender_id', 'client_msg_id'])
    .execute();
}
