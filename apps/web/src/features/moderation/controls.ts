import { can, type Actor } from '@haven/core';
import type { ParticipantView } from '@haven/protocol';

/**
 * Which moderation controls to show. The server decides every action on its own; these only
 * hide what it would refuse, from the same policy it enforces.
 */
export interface RoomControls {
  raiseHand: boolean;
  /** Hand queue: lower anyone's hand, move to front, give and end turns, lower all. */
  manageHands: boolean;
  muteAll: boolean;
  /** Lock, pause, slow mode. */
  roomSettings: boolean;
  endForAll: boolean;
  deleteMessages: boolean;
}

export interface PersonControls {
  /** Hard-mute or lift microphone, camera and chat, and ask to unmute (participants only). */
  mute: boolean;
  remove: boolean;
  /** Private warnings and timeouts, which are for participants. */
  sanction: boolean;
  hands: boolean;
}

const actorOf = (self: ParticipantView): Actor => ({ id: self.id, role: self.role, inRoom: true });

export function roomControls(self: ParticipantView): RoomControls {
  const actor = actorOf(self);
  return {
    raiseHand: can(actor, 'hand:raise'),
    manageHands: can(actor, 'hand:manage'),
    muteAll: can(actor, 'room:mute-all'),
    roomSettings: can(actor, 'room:control'),
    endForAll: can(actor, 'session:end'),
    deleteMessages: can(actor, 'chat:delete-any'),
  };
}

export function personControls(self: ParticipantView, target: ParticipantView): PersonControls {
  const actor = actorOf(self);
  const on = { ownerId: target.id, role: target.role };
  // Staff run the room: the server refuses to mute, sanction or remove them (a staff member
  // leaves a group by being unassigned), whatever the rank of whoever asks.
  const participant = target.role === 'participant';
  const mute = participant && can(actor, 'participant:mute', on);
  return {
    mute,
    remove: participant && can(actor, 'participant:remove', on),
    sanction: mute,
    hands: target.id !== self.id && can(actor, 'hand:manage'),
  };
}

/** Whether a person's row has any moderator control at all (else it stays a plain name). */
export const hasAny = (controls: PersonControls): boolean =>
  controls.mute || controls.remove || controls.sanction || controls.hands;
