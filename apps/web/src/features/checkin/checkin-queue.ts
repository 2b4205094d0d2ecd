import { z } from 'zod';
import { MAX_QUEUED_MS } from '@haven/core';
import {
  CheckinCode,
  Id,
  Instant,
  type ErrorBody,
  type ErrorCode,
  type HttpReply,
  type Result,
} from '@haven/protocol';

/**
 * Check-ins typed at the venue, kept on the phone until the server has them. Venues often have
 * no signal: the code is judged by when it was typed (`enteredAt`), so a check-in sent later
 * still counts, within the hours the server allows.
 */
export const QUEUE_KEY = 'haven.checkins';
/** More would only be a phone that never gets a connection: the oldest go first. */
export const QUEUE_MAX = 20;

const QueuedCheckin = z.object({ sessionId: Id, code: CheckinCode, enteredAt: Instant });
export type QueuedCheckin = z.infer<typeof QueuedCheckin>;
const Stored = z.array(z.unknown());

export type CheckedIn = HttpReply<'me:check-in'>;

export type CheckinOutcome =
  | { kind: 'checked-in'; sessionTitle: string; method: CheckedIn['method'] }
  /** Not sent, or not answered: kept, and tried again later. */
  | { kind: 'saved' }
  /** The server said no (a wrong code, not this person's session…): sending it again won't help. */
  | { kind: 'refused'; error: ErrorBody }
  /** It waited longer than the server accepts: dropped without sending. */
  | { kind: 'expired' };

export interface FlushedCheckin {
  item: QueuedCheckin;
  outcome: CheckinOutcome;
}

/** Failures of the way there, not answers: the check-in stays and goes again later. */
const TRANSIENT: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'UNAVAILABLE',
  'TIMEOUT',
  'RATE_LIMITED',
  'INTERNAL',
]);

export interface CheckinQueueDeps {
  /** Where the queue is kept (localStorage); null or throwing: kept for this page only. */
  storage: () => Storage | null;
  now: () => number;
  send: (item: QueuedCheckin) => Promise<Result<CheckedIn>>;
  /** False when the browser knows it is offline: nothing is tried (a send would only time out). */
  online: () => boolean;
}

export interface CheckinQueue {
  pending: () => QueuedCheckin[];
  /**
   * Keeps a check-in typed now (or at `enteredAt`, when the page knows better); it replaces one
   * still waiting for the same session.
   */
  add: (sessionId: string, code: string, enteredAt?: number) => QueuedCheckin;
  /** Sends what waits, oldest first; stops at the first failure of the connection. */
  flush: () => Promise<FlushedCheckin[]>;
}

const same = (a: QueuedCheckin, b: QueuedCheckin): boolean =>
  a.sessionId === b.sessionId && a.code === b.code && a.enteredAt === b.enteredAt;

export function createCheckinQueue(deps: CheckinQueueDeps): CheckinQueue {
  // Used when storage is blocked or full: the check-in then lasts as long as the page.
  let memory: QueuedCheckin[] = [];
  // One flush at a time: the `online` event and a page opening can ask together.
  let tail: Promise<unknown> = Promise.resolve();

  function read(): QueuedCheckin[] {
    try {
      const storage = deps.storage();
      if (!storage) return memory;
      const raw = storage.getItem(QUEUE_KEY);
      if (raw === null) return [];
      const parsed = Stored.safeParse(JSON.parse(raw));
      if (!parsed.success) return [];
      // One bad entry (an older format, a hand edit) must not lose the others.
      return parsed.data.flatMap((entry) => {
        const item = QueuedCheckin.safeParse(entry);
        return item.success ? [item.data] : [];
      });
    } catch {
      return memory;
    }
  }

  function write(items: QueuedCheckin[]): void {
    memory = items;
    try {
      const storage = deps.storage();
      if (items.length === 0) storage?.removeItem(QUEUE_KEY);
      else storage?.setItem(QUEUE_KEY, JSON.stringify(items));
    } catch {
      // Kept in memory for this page only.
    }
  }

  const remove = (item: QueuedCheckin) => write(read().filter((other) => !same(other, item)));

  async function flushOnce(): Promise<FlushedCheckin[]> {
    const report: FlushedCheckin[] = [];
    const oldest = deps.now() - MAX_QUEUED_MS;
    const items = read();
    const fresh = items.filter((item) => Date.parse(item.enteredAt) >= oldest);
    for (const item of items)
      if (!fresh.includes(item)) report.push({ item, outcome: { kind: 'expired' } });
    if (fresh.length !== items.length) write(fresh);

    let reachable = deps.online();
    for (const item of fresh) {
      if (!reachable) {
        report.push({ item, outcome: { kind: 'saved' } });
        continue;
      }
      const result = await deps.send(item).catch((): Result<CheckedIn> => ({
        ok: false,
        error: { code: 'UNAVAILABLE', message: 'The check-in could not be sent.' },
      }));
      if (result.ok) {
        remove(item);
        report.push({
          item,
          outcome: {
            kind: 'checked-in',
            sessionTitle: result.data.sessionTitle,
            method: result.data.method,
          },
        });
      } else if (TRANSIENT.has(result.error.code)) {
        // The rest would wait for the same timeout; they go together next time.
        reachable = false;
        report.push({ item, outcome: { kind: 'saved' } });
      } else {
        remove(item);
        report.push({ item, outcome: { kind: 'refused', error: result.error } });
      }
    }
    return report;
  }

  function flush(): Promise<FlushedCheckin[]> {
    const run = tail.then(flushOnce, flushOnce);
    tail = run.catch(() => undefined);
    return run;
  }

  function add(sessionId: string, code: string, enteredAt = deps.now()): QueuedCheckin {
    const item = { sessionId, code, enteredAt: new Date(enteredAt).toISOString() };
    const others = read().filter((other) => other.sessionId !== sessionId);
    write([...others, item].slice(-QUEUE_MAX));
    return item;
  }

  return { pending: read, add, flush };
}
