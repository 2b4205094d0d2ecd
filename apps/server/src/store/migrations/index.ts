import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as initial from './001-initial';

/** Migrations are listed, not discovered on disk, so the bundled server carries them. */
const migrations: Record<string, Migration> = {
  '001-initial': initial,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const { error } = await new Migrator({ db, provider }).migrateToLatest();
  if (error instanceof Error) throw error;
  if (error) throw new Error('Migration failed.', { cause: error });
}
