import type { Kysely } from 'kysely';

/**
 * Anonymous mood answers: counts per session, moment and face, and apart from them a note of
 * who has answered (not what), so nobody answers twice. The two share no key or time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mood_counts')
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
    // 'in' | 'out'
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('mood_counts_pk', ['session_id', 'phase', 'value'])
    .execute();
  await db.schema
    .createTable('mood_answered')
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mood_answered_pk', ['session_id', 'member_id', 'phase'])
    .execute();
}
