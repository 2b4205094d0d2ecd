import { describe, expect, it } from 'vitest';
import type { ParticipantView, Role } from '@haven/protocol';
import { hasAny, personControls, roomControls } from './controls';

const person = (id: string, role: Role): ParticipantView => ({
  id,
  displayName: id,
  role,
  status: 'present',
});

const amal = person('amal', 'participant');
const bohdan = person('bohdan', 'participant');
const mo = person('mo', 'moderator');
const mira = person('mira', 'moderator');
const farah = person('farah', 'facilitator');

describe('roomControls', () => {
  it('gives a participant the raised hand and nothing that runs the room', () => {
    expect(roomControls(amal)).toEqual({
      raiseHand: true,
      manageHands: false,
      muteAll: false,
      roomSettings: false,
      endForAll: false,
      deleteMessages: false,
    });
  });

  it('gives moderators and facilitators every room control', () => {
    for (const staff of [mo, farah])
      expect(roomControls(staff)).toEqual({
        raiseHand: true,
        manageHands: true,
        muteAll: true,
        roomSettings: true,
        endForAll: true,
        deleteMessages: true,
      });
  });
});

describe('personControls', () => {
  it('shows a participant no control over anyone', () => {
    expect(hasAny(personControls(amal, bohdan))).toBe(false);
    expect(hasAny(personControls(amal, mo))).toBe(false);
  });

  it('lets a moderator mute, remove, warn and manage the hand of a participant', () => {
    expect(personControls(mo, amal)).toEqual({
      mute: true,
      remove: true,
      sanction: true,
      hands: true,
    });
  });

  it('gives a moderator nothing over themselves, and only hands over other staff', () => {
    expect(hasAny(personControls(mo, mo))).toBe(false);
    expect(personControls(mo, mira)).toEqual({
      mute: false,
      remove: false,
      sanction: false,
      hands: true,
    });
    expect(personControls(mo, farah).mute).toBe(false);
    expect(personControls(farah, amal).mute).toBe(true);
  });

  it('gives a facilitator no mute, sanction or removal of staff, only their hands', () => {
    expect(personControls(farah, mo)).toEqual({
      mute: false,
      remove: false,
      sanction: false,
      hands: true,
    });
  });
});
