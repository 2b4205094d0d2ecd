import type { Kysely } from 'kysely';

/** What a group's sessions carry besides chat, and whether cameras start on. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('groups')
    .addColumn('media', 'text', (c) => c.notNull().defaultTo('audio_video'))
    .execute();
  // Support groups start with cameras off: showing one's face is a choice made in the room.
  await db.schema
    .alterTable('groups')
    .addColumn('camera_on_at_join', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
