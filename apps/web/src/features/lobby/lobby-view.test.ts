import { describe, expect, it } from 'vitest';
import { EMPTY_LOBBY, newcomers } from './lobby-view';

const person = (participantId: string, displayName = participantId) => ({
  participantId,
  displayName,
  since: '2025-01-01T10:00:00.000Z',
});

describe('newcomers', () => {
  it('names only the people who were not waiting before, oldest first', () => {
    const before = { waiting: [person('a')], denied: [] };
    const after = { waiting: [person('a'), person('b'), person('c')], denied: [] };
    expect(newcomers(before, after).map((p) => p.participantId)).toEqual(['b', 'c']);
  });

  it('says nothing about the first view, or about people leaving or being turned away', () => {
    const view = { waiting: [person('a')], denied: [] };
    expect(newcomers(null, view)).toEqual([]);
    expect(
      newcomers(view, { waiting: [], denied: [{ participantId: 'a', displayName: 'a' }] }),
    ).toEqual([]);
  });

  it('counts someone who comes back after leaving as new again', () => {
    const gone = newcomers({ waiting: [person('a')], denied: [] }, EMPTY_LOBBY);
    expect(gone).toEqual([]);
    expect(newcomers(EMPTY_LOBBY, { waiting: [person('a')], denied: [] })).toHaveLength(1);
  });
});
