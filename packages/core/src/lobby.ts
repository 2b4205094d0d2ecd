import type { Role } from '@haven/protocol';

/** A moderator's answer at a session's door, remembered for the whole session. */
export type DoorDecision = 'admitted' | 'denied' | null;

export type AtTheDoor = 'enter' | 'wait' | 'turned-away';

/**
 * Whether someone arriving at a session goes straight in, waits in the lobby for a moderator,
 * or is turned away. Staff always enter (they run the room); someone already in the room (a
 * reconnect) comes back; an answer once given holds; otherwise a session that needs admission,
 * or a locked room, means waiting.
 */
export function atTheDoor(arrival: {
  role: Role;
  lobby: boolean;
  locked: boolean;
  alreadyInRoom: boolean;
  decision: DoorDecision;
}): AtTheDoor {
  if (arrival.role !== 'participant' || arrival.alreadyInRoom) return 'enter';
  if (arrival.decision === 'denied') return 'turned-away';
  if (arrival.decision === 'admitted') return 'enter';
  return arrival.lobby || arrival.locked ? 'wait' : 'enter';
}
