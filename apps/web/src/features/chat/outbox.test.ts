import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '@haven/protocol';
import { Id } from '@haven/protocol';
import {
  createClientMsgId,
  enqueue,
  markFailed,
  markPending,
  nextPending,
  removeConfirmed,
  removeEntry,
  requeueTransient,
  type Outbox,
} from './outbox';

const confirmed = (clientMsgId: string, seq: number): ChatMessage => ({
  id: `m${seq}`,
  seq,
  senderId: 'p1',
  senderName: 'Amal',
  clientMsgId,
  text: 'hi',
  sentAt: '2025-01-01T10:00:00.000Z',
});

describe('createClientMsgId', () => {
  it('makes protocol-valid, distinct ids', () => {
    const ids = new Set(Array.from({ length: 200 }, createClientMsgId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(Id.safeParse(id).success).toBe(true);
  });
});

describe('outbox', () => {
  const two: Outbox = enqueue(enqueue([], 'a', 'first'), 'b', 'second');

  it('keeps entries in the order they were written', () => {
    expect(two.map((e) => e.clientMsgId)).toEqual(['a', 'b']);
    expect(nextPending(two)?.clientMsgId).toBe('a');
  });

  it('skips failed entries when picking the next one to send', () => {
    expect(nextPending(markFailed(two, 'a', 'INVALID_ARGUMENT'))?.clientMsgId).toBe('b');
  });

  it('marks an entry failed and pending again', () => {
    const failed = markFailed(two, 'a', 'TIMEOUT');
    expect(failed[0]).toEqual({
      clientMsgId: 'a',
      text: 'first',
      status: 'failed',
      error: 'TIMEOUT',
    });
    expect(markPending(failed, 'a')[0]?.status).toBe('pending');
    expect(markPending(two, 'a')).toBe(two);
  });

  it('requeues only what failed for a passing reason', () => {
    const outbox = markFailed(markFailed(two, 'a', 'TIMEOUT'), 'b', 'INVALID_ARGUMENT');
    expect(requeueTransient(outbox).map((e) => e.status)).toEqual(['pending', 'failed']);
  });

  it('drops entries whose message the server has stored', () => {
    expect(removeConfirmed(two, [confirmed('a', 3)]).map((e) => e.clientMsgId)).toEqual(['b']);
    expect(removeConfirmed(two, [confirmed('zzz', 3)])).toBe(two);
  });

  it('removes an entry on request', () => {
    expect(removeEntry(two, 'b').map((e) => e.clientMsgId)).toEqual(['a']);
    expect(removeEntry(two, 'nope')).toBe(two);
  });
});
