import type { Kysely } from 'kysely';

/**
 * Safety. Crisis resources per group and language, and the platform's own ('*'); calls for
 * support raised in a session, and which moderator took each on.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('crisis_resources')
    // A group id, or '*' for the platform's list.
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('sms', 'text', (c) => c.notNull())
    .addColumn('whatsapp', 'text', (c) => c.notNull())
    .addColumn('hours', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('crisis_resources_pk', ['owner', 'locale', 'position'])
    .execute();

  await db.schema
    .createTable('support_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('raised_at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_by', 'text')
    .addColumn('acknowledged_name', 'text')
    .addColumn('acknowledged_at', 'text')
    .execute();
  await db.schema
    .createIndex('support_alerts_by_session')
    .on('support_alerts')
    .columns(['session_id', 'raised_at'])
    .execute();
}
