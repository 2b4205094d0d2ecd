import { leave as leavePresence } from '@haven/core';
import type { Reply } from '@haven/protocol';
import { roomChannel } from '../channels';
import type { RoomHandlerContext } from '../handler';
import { broadcastPresence } from './broadcast-presence';

export function leave({
  socket,
  identity,
  room,
  deps,
}: RoomHandlerContext<'session:leave'>): Promise<Reply<'session:leave'>> {
  return room.serial(async () => {
    const change = leavePresence(room.presence, identity.participantId, deps.clock.now(), 'left');
    room.presence = change.presence;
    room.forget(identity.participantId);
    socket.data.identity = undefined;
    await socket.leave(roomChannel(room.id));
    broadcastPresence(deps.io, room.id, change.events);
    return {};
  });
}
