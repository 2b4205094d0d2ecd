import type { Kysely } from 'kysely';

/**
 * Attendance. Online visits are recorded as people join and leave the room; in-person check-ins
 * by code or by hand, one per member and session; people without a phone as a bare headcount.
 * Each session gets its own secret for the venue screen's rotating codes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('checkin_secret', 'text').execute();

  await db.schema
    .createTable('session_visits')
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addColumn('left_at', 'text')
    .execute();
  await db.schema
    .createIndex('session_visits_by_session')
    .on('session_visits')
    .columns(['session_id', 'member_id'])
    .execute();

  await db.schema
    .createTable('session_checkins')
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
    .addColumn('member_id', 'text', (c) => c.notNull())
    // 'code' | 'manual'
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('session_checkins_pk', ['session_id', 'member_id'])
    .execute();

  await db.schema
    .createTable('session_headcounts')
    .addColumn('session_id', 'text', (c) => c.primaryKey().references('sessions.id'))
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
}
