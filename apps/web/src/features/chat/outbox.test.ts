import { describe, expect, it } from 'vitest';
import type { ChatMessage, HeldMessage } from '@haven/protocol';
import { Id } from '@haven/protocol';
import {
  adoptHeld,
  createClientMsgId,
  enqueue,
  markDeclined,
  markHeld,
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

const held = (clientMsgId: string, minute: number, text = 'you idiots'): HeldMessage => ({
  id: `h-${clientMsgId}`,
  senderId: 'p1',
  senderName: 'Bohdan',
  clientMsgId,
  text,
  sentAt: `2025-01-01T10:${String(minute).padStart(2, '0')}:00.000Z`,
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

  it('never marks a held message failed, nor queues it again', () => {
    const outbox = markHeld(two, held('a', 1));
    expect(markFailed(outbox, 'a', 'TIMEOUT')).toBe(outbox);
    expect(markPending(outbox, 'a')).toBe(outbox);
    expect(nextPending(outbox)?.clientMsgId).toBe('b');
  });
});

describe('held messages in the outbox', () => {
  const two: Outbox = enqueue(enqueue([], 'a', 'you idiots'), 'b', 'second');

  it('keeps a held message waiting in its place, with its words', () => {
    const outbox = markHeld(two, held('a', 1));
    expect(outbox[0]).toEqual({
      clientMsgId: 'a',
      text: 'you idiots',
      status: 'held',
      heldId: 'h-a',
      sentAt: '2025-01-01T10:01:00.000Z',
    });
    expect(markHeld(outbox, held('a', 1))).toBe(outbox);
  });

  it('drops a held message once it comes back shared', () => {
    const outbox = markHeld(two, held('a', 1));
    expect(removeConfirmed(outbox, [confirmed('a', 9)]).map((e) => e.clientMsgId)).toEqual(['b']);
  });

  it('keeps a notice without the words when a moderator deletes it', () => {
    const outbox = markDeclined(markHeld(two, held('a', 1)), 'a');
    expect(outbox[0]).toEqual({ clientMsgId: 'a', text: '', status: 'declined' });
    expect(markDeclined(two, 'b')).toBe(two);
    expect(removeEntry(outbox, 'a').map((e) => e.clientMsgId)).toEqual(['b']);
  });

  it('shows waiting messages listed after a reload, oldest first, before what is still queued', () => {
    const queued = enqueue([], 'q', 'later');
    const outbox = adoptHeld(queued, [held('y', 5), held('x', 2)], new Set());
    expect(outbox.map((e) => [e.clientMsgId, e.status])).toEqual([
      ['x', 'held'],
      ['y', 'held'],
      ['q', 'pending'],
    ]);
  });

  it('marks one sent but unacknowledged as held when the list has it', () => {
    expect(adoptHeld(two, [held('a', 1)], new Set())[0]?.status).toBe('held');
  });

  it('takes a waiting message the list no longer has as deleted meanwhile', () => {
    const outbox = adoptHeld(markHeld(two, held('a', 1)), [], new Set(['a']));
    expect(outbox.map((e) => e.status)).toEqual(['declined', 'pending']);
  });

  it('keeps waiting a message held after the list was asked for', () => {
    const outbox = markHeld(two, held('a', 1));
    expect(adoptHeld(outbox, [], new Set())).toBe(outbox);
  });

  it('returns the same outbox when the list changes nothing', () => {
    const outbox = markHeld(two, held('a', 1));
    expect(adoptHeld(outbox, [held('a', 1)], new Set(['a']))).toBe(outbox);
    expect(adoptHeld(two, [], new Set())).toBe(two);
  });
});
