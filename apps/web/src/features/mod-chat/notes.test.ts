import { describe, expect, it } from 'vitest';
import type { ModChatMessage } from '@haven/protocol';
import { mergeNotes, withHistory } from './notes';

const note = (id: string): ModChatMessage => ({
  id,
  senderId: 'm1',
  senderName: 'Mo',
  clientMsgId: `c-${id}`,
  text: id,
  sentAt: '2026-11-26T10:00:00.000Z',
});
const ids = (list: readonly ModChatMessage[]) => list.map((m) => m.id);

describe("the moderators' channel on a page", () => {
  it('adds each message once, in arrival order', () => {
    const shown = mergeNotes([], [note('a'), note('b')]);
    expect(ids(mergeNotes(shown, [note('b'), note('c'), note('c')]))).toEqual(['a', 'b', 'c']);
    expect(mergeNotes(shown, [note('a')])).toBe(shown);
  });

  it('puts history first and keeps what came live after it', () => {
    // A broadcast (c) arrived before the history reply that already knew a and b.
    expect(ids(withHistory([note('c')], [note('a'), note('b')]))).toEqual(['a', 'b', 'c']);
    expect(ids(withHistory([note('a'), note('c')], [note('a'), note('b'), note('c')]))).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});
