import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '@haven/protocol';
import { highestSeq, markRemoved, maxSeq, mergeMessages } from './timeline';

const msg = (seq: number, text = `m${seq}`): ChatMessage => ({
  id: `id${seq}`,
  seq,
  senderId: 'p1',
  senderName: 'Amal',
  clientMsgId: `c${seq}`,
  text,
  sentAt: '2025-01-01T10:00:00.000Z',
});

const seqs = (timeline: readonly ChatMessage[]) => timeline.map((m) => m.seq);

describe('mergeMessages', () => {
  it('appends live messages in order', () => {
    expect(seqs(mergeMessages([msg(1), msg(2)], [msg(3), msg(4)]))).toEqual([1, 2, 3, 4]);
  });

  it('drops a message it already has (a broadcast and a catch-up page overlap)', () => {
    const timeline = [msg(1), msg(2), msg(3)];
    const merged = mergeMessages(timeline, [msg(2), msg(3)]);
    expect(seqs(merged)).toEqual([1, 2, 3]);
    expect(merged).toBe(timeline);
  });

  it('sorts messages that arrive out of order and fills gaps', () => {
    const merged = mergeMessages([msg(1), msg(5)], [msg(4), msg(2), msg(3), msg(5)]);
    expect(seqs(merged)).toEqual([1, 2, 3, 4, 5]);
  });

  it('dedupes within one batch', () => {
    expect(seqs(mergeMessages([], [msg(2), msg(1), msg(2)]))).toEqual([1, 2]);
  });

  it('takes the server’s newer copy of a known seq', () => {
    const merged = mergeMessages([msg(1, 'old')], [msg(1, 'new')]);
    expect(merged.map((m) => m.text)).toEqual(['new']);
  });

  it('takes a copy that now says contact details are hidden', () => {
    const masked = { ...msg(1, 'call •••'), contactsHidden: true as const };
    const merged = mergeMessages([msg(1, 'call •••')], [masked]);
    expect(merged[0]?.contactsHidden).toBe(true);
    expect(mergeMessages(merged, [masked])).toBe(merged);
  });

  it('returns the same array for an empty batch', () => {
    const timeline = [msg(1)];
    expect(mergeMessages(timeline, [])).toBe(timeline);
  });
});

describe('seq helpers', () => {
  it('reads the highest seq of a sorted timeline', () => {
    expect(highestSeq([msg(1), msg(7)])).toBe(7);
    expect(highestSeq([])).toBeUndefined();
  });

  it('takes the larger of two optional seqs', () => {
    expect(maxSeq(undefined, 3)).toBe(3);
    expect(maxSeq(4, undefined)).toBe(4);
    expect(maxSeq(4, 9)).toBe(9);
    expect(maxSeq(undefined, undefined)).toBeUndefined();
  });
});

describe('markRemoved', () => {
  it('keeps the place of a removed message, without its words, and says who removed it', () => {
    const timeline = [msg(1), msg(2, 'something hurtful'), msg(3)];
    const after = markRemoved(timeline, 2, 'moderator');
    expect(seqs(after)).toEqual([1, 2, 3]);
    expect(after[1]).toMatchObject({ seq: 2, text: '', removed: true, removedBy: 'moderator' });
    expect(after[0]).toBe(timeline[0]);
    expect(timeline[1]?.text).toBe('something hurtful');
  });

  it('changes nothing for a seq it does not have, or one already removed that way', () => {
    const timeline = [msg(1)];
    expect(markRemoved(timeline, 9, 'moderator')).toBe(timeline);
    const removed = markRemoved(timeline, 1, 'moderator');
    expect(markRemoved(removed, 1, 'moderator')).toBe(removed);
  });

  it('lets a later catch-up page of the removed copy through, but not the words again', () => {
    const removed = markRemoved([msg(1)], 1, 'moderator');
    const page = [{ ...msg(1), text: '', removed: true as const, removedBy: 'moderator' as const }];
    expect(mergeMessages(removed, page)).toBe(removed);
  });
});
