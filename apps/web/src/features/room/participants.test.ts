import { describe, expect, it } from 'vitest';
import type { ParticipantView } from '@haven/protocol';
import { removeParticipant, rosterWithSelf, upsertParticipant } from './participants';

const person = (id: string, status: ParticipantView['status'] = 'present'): ParticipantView => ({
  id,
  displayName: id.toUpperCase(),
  role: 'participant',
  status,
});

describe('participants', () => {
  it('appends a newcomer and updates a known person in place', () => {
    const list = upsertParticipant([person('a'), person('b')], person('c'));
    expect(list.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    const updated = upsertParticipant(list, person('a', 'reconnecting'));
    expect(updated.map((p) => `${p.id}:${p.status}`)).toEqual([
      'a:reconnecting',
      'b:present',
      'c:present',
    ]);
  });

  it('returns the same list when nothing changed', () => {
    const list = [person('a')];
    expect(upsertParticipant(list, person('a'))).toBe(list);
    expect(removeParticipant(list, 'zzz')).toBe(list);
  });

  it('removes someone who left', () => {
    expect(removeParticipant([person('a'), person('b')], 'a').map((p) => p.id)).toEqual(['b']);
  });

  it('puts the joiner in the roster if the server left them out', () => {
    expect(rosterWithSelf([person('a')], person('me')).map((p) => p.id)).toEqual(['a', 'me']);
  });
});
