import type { Kysely } from 'kysely';

/**
 * Scheduling. Groups get their IANA time zone. A series is a plan on the group's wall clock
 * (first start + RRULE); its occurrences become ordinary session rows (one online room each, the
 * thing RSVPs, attendance and join links name), created ahead for a horizon and found again by
 * (series, original local start). A single occurrence can be moved or cancelled on its row
 * without touching the series. Sessions opened on the spot keep starts_at null.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('groups')
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('UTC'))
    .execute();

  await db.schema
    .createTable('series')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('recurrence', 'text')
    .addColumn('first_start', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('duration_min', 'integer', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('venue', 'text')
    .addColumn('capacity', 'integer')
    .addColumn('lobby', 'integer', (c) => c.notNull())
    .addColumn('opens_before_min', 'integer', (c) => c.notNull())
    .addColumn('moderator_ids', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('stopped_at', 'text')
    .execute();

  for (const [name, type] of [
    ['series_id', 'text'],
    ['occurrence_key', 'text'],
    ['starts_at', 'text'],
    ['duration_min', 'integer'],
    ['format', 'text'],
    // JSON: { name, address, accessNotes }.
    ['venue', 'text'],
    ['capacity', 'integer'],
    ['opens_before_min', 'integer'],
    ['moderator_ids', 'text'],
    ['cancelled_at', 'text'],
  ] as const)
    await db.schema.alterTable('sessions').addColumn(name, type).execute();
  await db.schema
    .alterTable('sessions')
    .addColumn('moved', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('sessions_by_occurrence')
    .unique()
    .on('sessions')
    .columns(['series_id', 'occurrence_key'])
    .execute();
  await db.schema
    .createIndex('sessions_by_start')
    .on('sessions')
    .columns(['group_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('session_rsvps')
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
    .addColumn('member_id', 'text', (c) => c.notNull())
    // 'going' | 'not_going'
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('going_since', 'text')
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('session_rsvps_pk', ['session_id', 'member_id'])
    .execute();

  // A member's private calendar feed: only the hash of its token is kept.
  await db.schema.alterTable('memberships').addColumn('feed_token_hash', 'text').execute();
  await db.schema
    .createIndex('memberships_by_feed_token')
    .unique()
    .on('memberships')
    .column('feed_token_hash')
    .execute();
}
