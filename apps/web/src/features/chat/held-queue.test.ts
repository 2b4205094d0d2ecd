import { describe, expect, it } from 'vitest';
import type { HeldMessage } from '@haven/protocol';
import { mergeHeld, replaceHeld, senderNumbers, withoutHeld } from './held-queue';

const held = (id: string, minute: number, senderId = 'p-bohdan'): HeldMessage => ({
  id,
  senderId,
  senderName: senderId === 'p-bohdan' ? 'Bohdan' : 'Amal',
  clientMsgId: `c-${id}`,
  text: 'you idiots',
  sentAt: `2026-11-26T10:${String(minute).padStart(2, '0')}:00.000Z`,
  phrases: ['idiot*'],
});
const ids = (list: readonly HeldMessage[]) => list.map((m) => m.id);

describe('held messages on a moderator’s page', () => {
  it('keeps one entry per message, oldest first', () => {
    const shown = mergeHeld([held('b', 5)], [held('a', 1), held('b', 5)]);
    expect(ids(shown)).toEqual(['a', 'b']);
    expect(mergeHeld(shown, [held('a', 1)])).toBe(shown);
  });

  it('lets a decided message go, whoever decided', () => {
    const shown = [held('a', 1), held('b', 2)];
    expect(ids(withoutHeld(shown, 'a'))).toEqual(['b']);
    expect(withoutHeld(shown, 'zzz')).toBe(shown);
  });

  it('takes the list after a rejoin as the whole truth', () => {
    const shown = [held('a', 1), held('b', 2)];
    expect(ids(replaceHeld(shown, [held('b', 2), held('c', 3)]))).toEqual(['b', 'c']);
    expect(replaceHeld(shown, [held('b', 2), held('a', 1)])).toBe(shown);
  });

  it('numbers the messages of a sender with several, so each button has its own name', () => {
    const numbers = senderNumbers([held('a', 1), held('b', 2, 'p-amal'), held('c', 3)]);
    expect(numbers.get('a')).toBe(1);
    expect(numbers.get('b')).toBeNull();
    expect(numbers.get('c')).toBe(2);
  });
});
