import type { HavenSocket, RealtimeDeps } from '../deps';
import type { createHandlerRegistry } from '../handler';
import { admit, admitAll, allowKnock, deny, list, message } from './decide';
import { knock } from './knock';
import { broadcastLobby } from './view';

export function registerLobbyHandlers(
  socket: HavenSocket,
  deps: RealtimeDeps,
  { handle, handleInRoom }: ReturnType<typeof createHandlerRegistry>,
): void {
  handle('lobby:knock', knock);
  handleInRoom('lobby:list', list);
  handleInRoom('lobby:admit', admit);
  handleInRoom('lobby:admit-all', admitAll);
  handleInRoom('lobby:deny', deny);
  handleInRoom('lobby:allow-knock', allowKnock);
  handleInRoom('lobby:message', message);

  // Someone who stops waiting (closed the page, lost the network) leaves the lobby; they knock
  // again when they are back.
  socket.on('disconnect', () => {
    const waiting = socket.data.waiting;
    if (!waiting) return;
    deps.rooms
      .get(waiting.sessionId)
      .then((room) =>
        room?.serial(async () => {
          if (room.lobby.get(waiting.participantId)?.socketId !== socket.id) return;
          room.lobby.delete(waiting.participantId);
          await broadcastLobby(room, deps);
        }),
      )
      .catch((err: unknown) => deps.log.error({ err, socketId: socket.id }, 'lobby leave failed'));
  });
}
