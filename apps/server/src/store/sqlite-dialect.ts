import { Worker } from 'node:worker_threads';
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';

/**
 * Kysely over an SQLite file whose connection lives on a worker thread (sqlite-worker.mjs): the
 * main thread compiles queries and keeps serving sockets while a commit waits for the disk.
 * One connection, as SQLite has one writer: a transaction holds it until it ends, and callers
 * queue for it in order.
 */
export class SqliteWorkerDialect implements Dialect {
  constructor(private readonly file: string) {}

  createAdapter() {
    return new SqliteAdapter();
  }
  createDriver(): Driver {
    return new SqliteWorkerDriver(this.file);
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }
}

type Reply =
  | { id: number; rows: unknown[] }
  | { id: number; changes: number; lastInsertRowid: number | bigint }
  | { id: number; error: { message: string; code?: string } }
  | { id: number; closed: true };

type Ready = { ready: true } | { ready: false; error: { message: string; code?: string } };

const asError = ({ message, code }: { message: string; code?: string | undefined }): Error =>
  Object.assign(new Error(message), { name: 'SqliteError', ...(code && { code }) });

/** The thread is gone (it failed, ran out of memory, or the store was closed): no query can run. */
const unavailable = (cause: Error): Error =>
  Object.assign(new Error(`The database is unavailable: ${cause.message}`, { cause }), {
    name: 'DatabaseUnavailable',
  });

class SqliteWorkerDriver implements Driver {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { resolve: (r: Reply) => void; reject: (e: Error) => void }
  >();
  /** Set once the thread is gone: every later query fails with it instead of hanging. */
  private broken: Error | null = null;
  private readonly connection: DatabaseConnection = {
    executeQuery: <R>(query: CompiledQuery) => this.execute<R>(query),
    streamQuery: () => {
      throw new Error('Streaming is not supported on SQLite here.');
    },
  };
  /** Settles when the current holder releases the connection; each caller waits for the one before. */
  private queue: Promise<void> = Promise.resolve();
  private releaseHeld: (() => void) | null = null;

  constructor(private readonly file: string) {}

  async init(): Promise<void> {
    const worker = new Worker(new URL('./sqlite-worker.mjs', import.meta.url), {
      workerData: { file: this.file },
    });
    const ready = await new Promise<Ready>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`The database thread exited (${code}).`)));
    });
    if (!ready.ready) {
      await worker.terminate();
      throw asError(ready.error);
    }
    worker.on('message', (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) worker.unref();
      waiter?.resolve(reply);
    });
    // Whatever ends the thread, every query in flight fails with the reason, and so does every
    // later one: none is left waiting for an answer that cannot come.
    const fail = (cause: Error) => {
      this.broken ??= cause;
      for (const waiter of this.waiting.values()) waiter.reject(unavailable(cause));
      this.waiting.clear();
      worker.unref();
    };
    worker.on('error', fail);
    worker.on('messageerror', fail);
    worker.on('exit', (code) => fail(new Error(`the database thread exited (${code})`)));
    // Idle, the thread does not keep the process alive; a query in flight does.
    worker.unref();
    this.worker = worker;
  }

  private ask(message: {
    sql?: string;
    parameters?: readonly unknown[];
    begin?: true;
    close?: true;
  }) {
    const worker = this.worker;
    if (this.broken) return Promise.reject(unavailable(this.broken));
    if (!worker) return Promise.reject(new Error('The database is not open.'));
    const id = this.nextId++;
    return new Promise<Reply>((resolve, reject) => {
      try {
        // Sent before it is awaited: a value that cannot cross to the thread fails here.
        worker.postMessage({ id, ...message });
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (this.waiting.size === 0) worker.ref();
      this.waiting.set(id, { resolve, reject });
    });
  }

  private async execute<R>({ sql, parameters }: CompiledQuery): Promise<QueryResult<R>> {
    const begin = this.beginDeferred;
    this.beginDeferred = false;
    const reply = await this.ask({ sql, parameters, ...(begin && { begin: true as const }) });
    if ('error' in reply) throw asError(reply.error);
    if ('rows' in reply) return { rows: reply.rows as R[] };
    if ('changes' in reply)
      return {
        numAffectedRows: BigInt(reply.changes),
        insertId: BigInt(reply.lastInsertRowid),
        rows: [],
      };
    throw unavailable(new Error('the store was closed'));
  }

  /** Waits for the connection in turn (first come, first served) and holds it until released. */
  async acquireConnection(): Promise<DatabaseConnection> {
    const turn = this.queue;
    let release!: () => void;
    this.queue = new Promise((resolve) => (release = resolve));
    await turn;
    this.releaseHeld = release;
    return this.connection;
  }

  releaseConnection(): Promise<void> {
    const release = this.releaseHeld;
    this.releaseHeld = null;
    release?.();
    return Promise.resolve();
  }

  /**
   * A transaction begins with its first statement, in the same message to the thread (which runs
   * that statement only if the begin succeeded): one round trip less for every transaction.
   */
  private beginDeferred = false;

  beginTransaction(): Promise<void> {
    this.beginDeferred = true;
    return Promise.resolve();
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.endUnbegun()) return;
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.endUnbegun()) return;
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
  /** A transaction that ran no statement was never begun: there is nothing to end. */
  private endUnbegun(): boolean {
    const unbegun = this.beginDeferred;
    this.beginDeferred = false;
    return unbegun;
  }

  /** Closes after whoever holds or waits for the connection is done: a transaction ends whole. */
  async destroy(): Promise<void> {
    const worker = this.worker;
    if (!worker || this.broken) return;
    await this.acquireConnection();
    try {
      await this.ask({ close: true });
    } finally {
      this.broken ??= new Error('the store was closed');
      await worker.terminate();
    }
  }
}
