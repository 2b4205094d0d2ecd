import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as initial from './001-initial';
import * as peopleAndGroups from './002-people-and-groups';
import * as groupMedia from './003-group-media';
import * as moderation from './004-moderation';
import * as roomControls from './005-room-controls';
import * as lobby from './006-lobby';
import * as modChat from './007-mod-chat';
import * as groupLobbyMessage from './008-group-lobby-message';
import * as schedule from './009-schedule';
import * as checkin from './010-checkin';
import * as mood from './011-mood';
import * as safety from './012-safety';
import * as safetyTools from './013-safety-tools';
import * as retention from './014-retention';

/** Migrations are listed, not discovered on disk, so the bundled server carries them. */
const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-people-and-groups': peopleAndGroups,
  '003-group-media': groupMedia,
  '004-moderation': moderation,
  '005-room-controls': roomControls,
  '006-lobby': lobby,
  '007-mod-chat': modChat,
  '008-group-lobby-message': groupLobbyMessage,
  '009-schedule': schedule,
  '010-checkin': checkin,
  '011-mood': mood,
  '012-safety': safety,
  '013-safety-tools': safetyTools,
  '014-retention': retention,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/**
 * Latest by default; a named migration brings the schema exactly there (tests of upgrades).
 * `schema` names the PostgreSQL schema of the bookkeeping tables: without it Kysely may find
 * them in another schema of the same database and never create its own.
 */
export async function migrateToLatest(
  db: Kysely<unknown>,
  options: { target?: string; schema?: string | undefined } = {},
): Promise<void> {
  const { target, schema } = options;
  const migrator = new Migrator({ db, provider, ...(schema && { migrationTableSchema: schema }) });
  const { error } = await (target ? migrator.migrateTo(target) : migrator.migrateToLatest());
  if (error instanceof Error) throw error;
  if (error) throw new Error('Migration failed.', { cause: error });
}
