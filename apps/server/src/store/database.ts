import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';
import { SqliteWorkerDialect } from './sqlite-dialect';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseOptions {
  /** When set, PostgreSQL; otherwise an SQLite file in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir: string;
  /** PostgreSQL schema to use (tests isolate themselves in one). */
  pgSchema?: string | undefined;
}

export interface OpenDatabase {
  db: Kysely<Database>;
  dialect: DialectName;
}

export function openDatabase(options: DatabaseOptions): OpenDatabase {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 10,
      ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
    });
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      dialect: 'postgres',
    };
  }
  mkdirSync(options.dataDir, { recursive: true });
  // The connection and its pragmas (WAL, synchronous = FULL) live on a thread of its own.
  return {
    db: new Kysely<Database>({
      dialect: new SqliteWorkerDialect(join(options.dataDir, 'haven.sqlite')),
    }),
    dialect: 'sqlite',
  };
}
