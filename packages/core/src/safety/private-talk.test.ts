import type { PrivateTalk } from '@haven/protocol';
import { describe, expect, it } from 'vitest';
import { isTalkMember, mayReceiveTrack } from './private-talk';

const talk: PrivateTalk = {
  id: 't1',
  participantId: 'amal',
  displayName: 'Amal',
  openedAt: '2026-12-01T18:00:00.000Z',
  moderators: [{ id: 'mo', name: 'Mo' }],
  closedAt: null,
};

describe('private check-ins', () => {
  it('belong to their participant and the moderators who joined, nobody else', () => {
    expect(isTalkMember(talk, 'amal')).toBe(true);
    expect(isTalkMember(talk, 'mo')).toBe(true);
    expect(isTalkMember(talk, 'co')).toBe(false);
    expect(isTalkMember(talk, 'bohdan')).toBe(false);
  });

  it("let a call's tracks reach only the members of an open check-in", () => {
    expect(mayReceiveTrack(undefined, 'bohdan', undefined)).toBe(true);
    expect(mayReceiveTrack(talk, 'amal', 't1')).toBe(true);
    expect(mayReceiveTrack(talk, 'bohdan', 't1')).toBe(false);
    expect(mayReceiveTrack(undefined, 'amal', 't1')).toBe(false);
    expect(mayReceiveTrack({ ...talk, closedAt: '2026-12-01T19:00:00.000Z' }, 'amal', 't1')).toBe(
      false,
    );
  });
});
