import { leave as leavePresence } from '@haven/core';
import { recordAttendance } from './attendance';
import type { Reply } from '@haven/protocol';
import { modsChannel, roomChannel } from '../channels';
import type { RealtimeDeps } from '../deps';
import type { RoomHandlerContext } from '../handler';
import type { LiveRoom } from '../live-room';
import { broadcastPresence } from './broadcast-presence';
import { handsAfterLeaving } from '../hands/turns';

export function leave({
  socket,
  identity,
  room,
  deps,
}: RoomHandlerContext<'session:leave'>): Promise<Reply<'session:leave'>> {
  return room.serial(async () => {
    socket.data.identity = undefined;
    await socket.leave(roomChannel(room.id));
    await socket.leave(modsChannel(room.id));
    await departNow(room, deps, identity.participantId, socket.id);
    return {};
  });
}

/**
 * The person has left, now (no grace period). A connection already replaced by a newer one
 * (another tab, a new network) leaves alone: the person stays, spoken for by the newer one.
 * Runs inside the room's serial section.
 */
export async function departNow(
  room: LiveRoom,
  deps: RealtimeDeps,
  participantId: string,
  socketId: string,
): Promise<void> {
  const speaker = room.speakerOf(participantId);
  if (speaker !== null && speaker !== socketId) return;
  const change = leavePresence(room.presence, participantId, deps.clock.now(), 'left');
  room.presence = change.presence;
  room.forget(participantId);
  broadcastPresence(deps.io, room.id, change.events);
  recordAttendance(room, deps, change.events);
  await handsAfterLeaving(room, deps, participantId);
}
