import type { Reply } from '@haven/protocol';
import { HavenError } from '../../errors';
import { lobbyChannel } from '../channels';
import type { HandlerContext } from '../handler';
import { arrival } from '../session/arrival';
import { doorFor, turnedAwayMessage } from './door';
import { broadcastLobby } from './view';

/**
 * Someone asks to come in. Those who may (staff, the admitted, people already in the room, any
 * session without a lobby that is not locked) hear so at once; others wait in the lobby, where
 * the moderators see them, until admitted or turned away.
 */
export async function knock({
  socket,
  payload,
  deps,
}: HandlerContext<'lobby:knock'>): Promise<Reply<'lobby:knock'>> {
  const { room, me } = await arrival(socket, payload, deps);

  return room.serial(async () => {
    const { door, reason } = await doorFor(room, me, deps);
    switch (door) {
      case 'enter':
        return { status: 'admitted', message: null };
      case 'turned-away':
        throw new HavenError('FORBIDDEN', turnedAwayMessage(reason));
      case 'wait': {
        if (socket.disconnected) throw new HavenError('UNAVAILABLE', 'The connection closed.');
        const since = room.lobby.get(me.participantId)?.since ?? deps.clock.now();
        room.lobby.set(me.participantId, {
          displayName: me.displayName,
          since,
          socketId: socket.id,
        });
        socket.data.waiting = {
          participantId: me.participantId,
          sessionId: room.id,
          role: me.role,
        };
        await socket.join(lobbyChannel(room.id));
        await broadcastLobby(room, deps);
        return { status: 'waiting', message: room.lobbyNotice };
      }
    }
  });
}
