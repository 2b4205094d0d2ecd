import { PROTOCOL_VERSION, type Reply } from '@haven/protocol';
import { HavenError } from '../../errors';
import { lobbyChannel } from '../channels';
import type { HandlerContext } from '../handler';
import { admission } from '../session/admission';
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
  if (payload.protocolVersion !== PROTOCOL_VERSION)
    throw new HavenError('UNSUPPORTED_PROTOCOL', 'This app is out of date; reload the page.');
  const principal = socket.data.principal;
  if (!principal) throw new HavenError('UNAUTHENTICATED', 'This connection has no identity.');
  const room = await deps.rooms.get(payload.sessionId);
  if (!room || room.ended) throw new HavenError('NOT_FOUND', 'This session is not open.');
  const me = await admission(room, principal, deps);

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
