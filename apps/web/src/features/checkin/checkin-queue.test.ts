import { describe, expect, it } from 'vitest';
import { MAX_QUEUED_MS } from '@haven/core';
import type { ErrorCode, Result } from '@haven/protocol';
import {
  createCheckinQueue,
  QUEUE_KEY,
  QUEUE_MAX,
  type CheckedIn,
  type CheckinOutcome,
  type CheckinQueue,
  type CheckinQueueDeps,
  type QueuedCheckin,
} from './checkin-queue';

/** The part of the Storage interface the queue uses, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const T0 = Date.parse('2026-03-03T18:05:00.000Z');
const OK: Result<CheckedIn> = {
  ok: true,
  data: { sessionTitle: 'Tuesday circle', method: 'code' },
};
const fail = (code: ErrorCode): Result<CheckedIn> => ({
  ok: false,
  error: { code, message: code },
});

/** What the check-in page does: keep the check-in, send what waits, read what became of it. */
async function submit(
  queue: CheckinQueue,
  sessionId: string,
  code: string,
): Promise<CheckinOutcome> {
  const item = queue.add(sessionId, code);
  const report = await queue.flush();
  return (
    report.find(
      (entry) => entry.item.enteredAt === item.enteredAt && entry.item.sessionId === sessionId,
    )?.outcome ?? { kind: 'saved' }
  );
}

/** A queue over one storage, a clock the test moves, and a server that answers from a script. */
function setup(options: { storage?: Storage | null; online?: boolean } = {}) {
  const storage = options.storage === undefined ? memoryStorage() : options.storage;
  const clock = { now: T0 };
  const sent: QueuedCheckin[] = [];
  const replies: Result<CheckedIn>[] = [];
  const net = { online: options.online ?? true };
  const deps: CheckinQueueDeps = {
    storage: () => storage,
    now: () => clock.now,
    send: (item) => {
      sent.push(item);
      return Promise.resolve(replies.shift() ?? fail('UNAVAILABLE'));
    },
    online: () => net.online,
  };
  return { queue: createCheckinQueue(deps), deps, storage, clock, sent, replies, net };
}

describe('check-in queue', () => {
  it('sends a check-in with the moment it was typed, and forgets it once accepted', async () => {
    const { queue, sent, replies, clock } = setup();
    replies.push(OK);
    const outcome = submit(queue, 's1', '123456');
    clock.now += 5_000;
    expect(await outcome).toEqual({
      kind: 'checked-in',
      sessionTitle: 'Tuesday circle',
      method: 'code',
    });
    expect(sent).toEqual([
      { sessionId: 's1', code: '123456', enteredAt: new Date(T0).toISOString() },
    ]);
    expect(queue.pending()).toEqual([]);
  });

  it('takes an earlier moment of entry when the page knows it (a QR code scanned)', async () => {
    const { queue, sent, replies } = setup();
    replies.push(OK);
    queue.add('s1', '123456', T0 - 8_000);
    await queue.flush();
    expect(sent[0]?.enteredAt).toBe(new Date(T0 - 8_000).toISOString());
  });

  it('keeps it when the phone is offline, without trying', async () => {
    const { queue, sent } = setup({ online: false });
    expect(await submit(queue, 's1', '123456')).toEqual({ kind: 'saved' });
    expect(sent).toEqual([]);
    expect(queue.pending()).toHaveLength(1);
  });

  it.each(['UNAVAILABLE', 'TIMEOUT', 'RATE_LIMITED', 'INTERNAL'] as const)(
    'keeps it when the send fails with %s, and sends it later with its first time',
    async (code) => {
      const { queue, sent, replies, clock } = setup();
      replies.push(fail(code));
      expect(await submit(queue, 's1', '123456')).toEqual({ kind: 'saved' });
      clock.now += 30 * 60_000;
      replies.push(OK);
      const [flushed] = await queue.flush();
      expect(flushed?.outcome.kind).toBe('checked-in');
      expect(sent.map((item) => item.enteredAt)).toEqual([
        new Date(T0).toISOString(),
        new Date(T0).toISOString(),
      ]);
      expect(queue.pending()).toEqual([]);
    },
  );

  it('treats a sender that throws as a failed connection', async () => {
    const { queue, deps } = setup();
    deps.send = () => Promise.reject(new Error('boom'));
    const again = createCheckinQueue(deps);
    expect(await submit(again, 's1', '123456')).toEqual({ kind: 'saved' });
    expect(queue.pending()).toHaveLength(1);
  });

  it.each(['FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED'] as const)(
    'drops it and says why when the server refuses it with %s',
    async (code) => {
      const { queue, replies } = setup();
      replies.push(fail(code));
      expect(await submit(queue, 's1', '123456')).toEqual({
        kind: 'refused',
        error: { code, message: code },
      });
      expect(queue.pending()).toEqual([]);
    },
  );

  it('survives the page: another queue on the same storage sends what was kept', async () => {
    const { queue, deps, replies } = setup({ online: false });
    await submit(queue, 's1', '123456');
    const later = createCheckinQueue({ ...deps, online: () => true });
    expect(later.pending()).toHaveLength(1);
    replies.push(OK);
    expect((await later.flush()).map((f) => f.outcome.kind)).toEqual(['checked-in']);
    expect(queue.pending()).toEqual([]);
  });

  it('keeps one check-in per session: the last one typed', async () => {
    const { queue, clock } = setup({ online: false });
    await submit(queue, 's1', '111111');
    clock.now += 1_000;
    await submit(queue, 's2', '222222');
    clock.now += 1_000;
    await submit(queue, 's1', '333333');
    expect(queue.pending().map((item) => [item.sessionId, item.code])).toEqual([
      ['s2', '222222'],
      ['s1', '333333'],
    ]);
  });

  it('keeps at most QUEUE_MAX check-ins, dropping the oldest', () => {
    const { queue } = setup({ online: false });
    for (let i = 0; i < QUEUE_MAX + 3; i++) queue.add(`s${i}`, '123456');
    const pending = queue.pending();
    expect(pending).toHaveLength(QUEUE_MAX);
    expect(pending[0]?.sessionId).toBe('s3');
  });

  it('stops at the first failed connection: the others wait for the next try', async () => {
    const { queue, sent, replies, net } = setup({ online: false });
    queue.add('s1', '111111');
    queue.add('s2', '222222');
    queue.add('s3', '333333');
    net.online = true;
    replies.push(OK, fail('TIMEOUT'));
    const report = await queue.flush();
    expect(report.map((f) => [f.item.sessionId, f.outcome.kind])).toEqual([
      ['s1', 'checked-in'],
      ['s2', 'saved'],
      ['s3', 'saved'],
    ]);
    expect(sent.map((item) => item.sessionId)).toEqual(['s1', 's2']);
    expect(queue.pending().map((item) => item.sessionId)).toEqual(['s2', 's3']);
  });

  it('drops, without sending, a check-in older than the server accepts', async () => {
    const { queue, sent, clock } = setup({ online: false });
    queue.add('s1', '123456');
    clock.now += MAX_QUEUED_MS + 1;
    queue.add('s2', '654321');
    const report = await queue.flush();
    expect(report.map((f) => [f.item.sessionId, f.outcome.kind])).toEqual([
      ['s1', 'expired'],
      ['s2', 'saved'],
    ]);
    expect(sent).toEqual([]);
    expect(queue.pending().map((item) => item.sessionId)).toEqual(['s2']);
  });

  it('runs one flush at a time, so nothing is sent twice', async () => {
    const { queue, sent, replies } = setup();
    queue.add('s1', '123456');
    replies.push(OK);
    const [first, second] = await Promise.all([queue.flush(), queue.flush()]);
    expect(first.map((f) => f.outcome.kind)).toEqual(['checked-in']);
    expect(second).toEqual([]);
    expect(sent).toHaveLength(1);
  });

  it('does not lose a check-in added while another is being sent', async () => {
    const { queue, deps, storage } = setup();
    let release: (result: Result<CheckedIn>) => void = () => undefined;
    deps.send = () => new Promise((resolve) => (release = resolve));
    const slow = createCheckinQueue(deps);
    slow.add('s1', '111111');
    const flushing = slow.flush();
    await new Promise((resolve) => setTimeout(resolve, 0));
    slow.add('s2', '222222');
    release(OK);
    await flushing;
    expect(queue.pending().map((item) => item.sessionId)).toEqual(['s2']);
    expect(storage?.getItem(QUEUE_KEY)).toContain('s2');
  });

  it('ignores what is not a check-in in storage, and keeps the good entries', () => {
    const storage = memoryStorage();
    const good = { sessionId: 's1', code: '123456', enteredAt: new Date(T0).toISOString() };
    storage.setItem(QUEUE_KEY, JSON.stringify([good, { sessionId: 's2', code: 'abc' }, 42]));
    expect(setup({ storage }).queue.pending()).toEqual([good]);
    storage.setItem(QUEUE_KEY, '{not json');
    expect(setup({ storage }).queue.pending()).toEqual([]);
    storage.setItem(QUEUE_KEY, '{"a":1}');
    expect(setup({ storage }).queue.pending()).toEqual([]);
  });

  it('removes the storage key once nothing waits', async () => {
    const { queue, storage, replies } = setup();
    replies.push(OK);
    await submit(queue, 's1', '123456');
    expect(storage?.getItem(QUEUE_KEY)).toBeNull();
  });

  it('keeps check-ins for the page when storage is blocked', async () => {
    const blocked = setup();
    const deps: CheckinQueueDeps = {
      ...blocked.deps,
      storage: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      online: () => false,
    };
    const queue = createCheckinQueue(deps);
    expect(await submit(queue, 's1', '123456')).toEqual({ kind: 'saved' });
    expect(queue.pending()).toHaveLength(1);
    const none = createCheckinQueue({ ...deps, storage: () => null });
    none.add('s2', '123456');
    expect(none.pending().map((item) => item.sessionId)).toEqual(['s2']);
  });
});
