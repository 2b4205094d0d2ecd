import { leave as leavePresence } from '@haven/core';
import { recordAttendance } from './attendance';
import type { Reply } from '@haven/protocol';
import { modsChannel, roomChannel } from '../channels';
import type { RoomHandlerContext } from '../handler';
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
    // A connection already replaced by a newer one (another tab, a new network) leaves alone:
    // the person stays, spoken for by the newer connection.
    if (room.speakerOf(identity.participantId) !== socket.id) return {};
    const change = leavePresence(room.presence, identity.participantId, deps.clock.now(), 'left');
    room.presence = change.presence;
    room.forget(identity.participantId);
    broadcastPresence(deps.io, room.id, change.events);
    recordAttendance(room, deps, change.events);
    await handsAfterLeaving(room, deps, identity.participantId);
    return {};
  });
}
