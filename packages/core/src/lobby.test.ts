import { describe, expect, it } from 'vitest';
import { atTheDoor } from './lobby';

const arrival = {
  role: 'participant' as const,
  lobby: false,
  locked: false,
  alreadyInRoom: false,
  decision: null,
};

describe('at the door of a session', () => {
  it('walks in when the session is open and the room unlocked', () => {
    expect(atTheDoor(arrival)).toBe('enter');
  });

  it('waits for a moderator in a session that needs admission, or in a locked room', () => {
    expect(atTheDoor({ ...arrival, lobby: true })).toBe('wait');
    expect(atTheDoor({ ...arrival, locked: true })).toBe('wait');
  });

  it('keeps an answer once given: admitted stays admitted, even when the room is locked later', () => {
    expect(atTheDoor({ ...arrival, lobby: true, locked: true, decision: 'admitted' })).toBe(
      'enter',
    );
    expect(atTheDoor({ ...arrival, decision: 'denied' })).toBe('turned-away');
  });

  it('lets staff and people already in the room through', () => {
    expect(atTheDoor({ ...arrival, lobby: true, locked: true, role: 'moderator' })).toBe('enter');
    expect(atTheDoor({ ...arrival, lobby: true, locked: true, alreadyInRoom: true })).toBe('enter');
  });
});
