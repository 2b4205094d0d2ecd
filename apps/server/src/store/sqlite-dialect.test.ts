import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteWorkerDialect } from './sqlite-dialect';

interface Scratch {
  notes: { id: number; text: string };
}

describe('SQLite on its own thread', () => {
  let dir: string;
  let db: Kysely<Scratch>;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'haven-sqlite-'));
    db = new Kysely<Scratch>({ dialect: new SqliteWorkerDialect(join(dir, 'scratch.sqlite')) });
    await sql`create table notes (id integer primary key, text text not null)`.execute(db);
  });
  afterEach(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the main thread free while a query runs', async () => {
    const order: string[] = [];
    // A query that keeps SQLite busy for a good while (counting to three million).
    const slow =
      sql`with recursive n(x) as (select 1 union all select x + 1 from n where x < 3000000)
      select count(*) as c from n`
        .execute(db)
        .then(() => order.push('query'));
    setTimeout(() => order.push('timer'), 1);
    await slow;
    expect(order).toEqual(['timer', 'query']);
  });

  it('reports a failed statement with its SQLite code and rolls its transaction back', async () => {
    await db.insertInto('notes').values({ id: 1, text: 'kept' }).execute();
    const failed = db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ id: 2, text: 'undone' }).execute();
      await trx.insertInto('notes').values({ id: 1, text: 'twice' }).execute();
    });
    await expect(failed).rejects.toMatchObject({
      name: 'SqliteError',
      code: 'SQLITE_CONSTRAINT_PRIMARYKEY',
    });
    const rows = await db.selectFrom('notes').selectAll().orderBy('id').execute();
    expect(rows).toEqual([{ id: 1, text: 'kept' }]);
  });

  it('begins a transaction with its first statement, and ends an empty one cleanly', async () => {
    await db.transaction().execute(async () => {});
    await expect(
      db.transaction().execute(() => Promise.reject(new Error('changed my mind'))),
    ).rejects.toThrow('changed my mind');
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ id: 1, text: 'inside' }).execute();
    });
    expect(await db.selectFrom('notes').select('text').execute()).toEqual([{ text: 'inside' }]);
  });

  it('runs transactions one at a time, in the order they asked', async () => {
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3, 4, 5].map((i) =>
        db.transaction().execute(async (trx) => {
          const { n } = await trx
            .selectFrom('notes')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow();
          await trx
            .insertInto('notes')
            .values({ id: i, text: String(n) })
            .execute();
          order.push(i);
        }),
      ),
    );
    expect(order).toEqual([1, 2, 3, 4, 5]);
    // Each saw all the ones before it: nothing interleaved.
    const rows = await db.selectFrom('notes').select('text').orderBy('id').execute();
    expect(rows.map((r) => r.text)).toEqual(['0', '1', '2', '3', '4']);
  });

  it('lets a transaction that holds the connection finish before it closes', async () => {
    const writing = db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ id: 1, text: 'first' }).execute();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await trx.insertInto('notes').values({ id: 2, text: 'second' }).execute();
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await db.destroy();
    await writing;
    db = new Kysely<Scratch>({ dialect: new SqliteWorkerDialect(join(dir, 'scratch.sqlite')) });
    const rows = await db.selectFrom('notes').select('text').orderBy('id').execute();
    expect(rows.map((r) => r.text)).toEqual(['first', 'second']);
  });

  it('says why when the file cannot be opened', async () => {
    const nowhere = new Kysely<Scratch>({
      dialect: new SqliteWorkerDialect(join(dir, 'missing', 'dir', 'x.sqlite')),
    });
    await expect(nowhere.selectFrom('notes').selectAll().execute()).rejects.toThrow(
      /directory does not exist|unable to open/,
    );
    await nowhere.destroy();
  });
});
