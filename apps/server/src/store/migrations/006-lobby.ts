import type { Kysely } from 'kysely';

/**
 * Sessions that need a moderator to let people in, and each person's answer for a session:
 * admitted once stays admitted (reloads, reconnects, restarts); denied cannot knock again until
 * a moderator allows it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('sessions')
    .addColumn('lobby', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('session_admissions')
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
    .addColumn('member_id', 'text', (c) => c.notNull())
    // 'admitted' | 'denied'
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('session_admissions_pk', ['session_id', 'member_id'])
    .execute();
}
