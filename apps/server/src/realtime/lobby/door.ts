import { atTheDoor, type AtTheDoor } from '@haven/core';
import { HavenError } from '../../errors';
import type { RealtimeDeps } from '../deps';
import type { LiveRoom } from '../live-room';
import type { RoomIdentity } from '../session/admission';

/** Where this person stands at the session's door now. Runs inside the room's serial section. */
export async function doorFor(
  room: LiveRoom,
  me: RoomIdentity,
  deps: RealtimeDeps,
): Promise<{ door: AtTheDoor; reason: string | null }> {
  // Checked here, in the room's queue: a join that passed the ban check before a removal was
  // written must not slip in after it.
  if (room.removed.has(me.participantId))
    throw new HavenError('FORBIDDEN', 'A moderator has removed you from this session.');
  const decision =
    me.role === 'participant'
      ? await deps.store.sessions.admission(room.id, me.participantId)
      : null;
  const door = atTheDoor({
    role: me.role,
    lobby: room.info.lobby,
    locked: room.settings.locked,
    alreadyInRoom: room.presence.participants.has(me.participantId),
    decision: decision?.status ?? null,
  });
  return { door, reason: decision?.status === 'denied' ? decision.reason : null };
}

export const turnedAwayMessage = (reason: string | null): string =>
  reason
    ? `A moderator did not let you into this session: ${reason}`
    : 'A moderator did not let you into this session.';
