import type { Kysely } from 'kysely';

/** The group's own word to people waiting in its sessions' lobbies (empty: none). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('groups')
    .addColumn('lobby_message', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}
