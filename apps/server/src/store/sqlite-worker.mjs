// The SQLite connection, on a thread of its own. better-sqlite3 waits for the disk
// synchronously, and with synchronous = FULL every commit waits for an fsync (1–2 ms here): on
// the main thread that stalled every socket of the process once per commit. Here only this
// thread waits. Plain JavaScript so that the same file runs from the sources and from dist/.
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';

/** Prepared statements kept, most recently used last; preparing is most of a small query's cost. */
const STATEMENTS_KEPT = 500;

const describe = (error) => ({
  message: error instanceof Error ? error.message : String(error),
  code: typeof error?.code === 'string' ? error.code : undefined,
});

let db;
try {
  db = new SQLite(workerData.file);
  db.pragma('journal_mode = WAL');
  // FULL: an acknowledged message survives power loss too; group commit keeps that cheap.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  parentPort.postMessage({ ready: true });
} catch (error) {
  parentPort.postMessage({ ready: false, error: describe(error) });
}

/**
 * Statements with this many parameters or more (a batch of messages, a long `in` list) are
 * prepared each time: each size is a statement of its own and would crowd out the everyday ones.
 */
const KEPT_UP_TO_PARAMETERS = 100;

const statements = new Map();
function prepared(sql, parameterCount) {
  const kept = statements.get(sql);
  if (kept) {
    statements.delete(sql);
    statements.set(sql, kept);
    return kept;
  }
  const statement = db.prepare(sql);
  if (parameterCount >= KEPT_UP_TO_PARAMETERS) return statement;
  statements.set(sql, statement);
  if (statements.size > STATEMENTS_KEPT) statements.delete(statements.keys().next().value);
  return statement;
}

parentPort.on('message', ({ id, sql, parameters, begin, close }) => {
  if (close) {
    db?.close();
    parentPort.postMessage({ id, closed: true });
    parentPort.close();
    return;
  }
  try {
    // A transaction's first statement carries its begin; if the begin fails, nothing runs.
    if (begin) prepared('begin', 0).run();
    const statement = prepared(sql, parameters.length);
    if (statement.reader) {
      parentPort.postMessage({ id, rows: statement.all(parameters) });
    } else {
      const { changes, lastInsertRowid } = statement.run(parameters);
      parentPort.postMessage({ id, changes, lastInsertRowid });
    }
  } catch (error) {
    parentPort.postMessage({ id, error: describe(error) });
  }
});
