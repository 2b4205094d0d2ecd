import type { HavenSocket, RealtimeDeps } from '../deps';
import type { createHandlerRegistry } from '../handler';
import { markConnectionLost } from './connection-lost';
import { join } from './join';
import { leave } from './leave';

export function registerSessionHandlers(
  socket: HavenSocket,
  deps: RealtimeDeps,
  { handle, handleInRoom }: ReturnType<typeof createHandlerRegistry>,
): void {
  handle('session:join', join);
  handleInRoom('session:leave', leave);

  socket.on('disconnect', () => {
    const identity = socket.data.identity;
    if (!identity) return;
    deps.rooms
      .get(identity.sessionId)
      .then((room) =>
        room?.serial(() => markConnectionLost(room, identity.participantId, socket.id, deps)),
      )
      .catch((err: unknown) => deps.log.error({ err, socketId: socket.id }, 'disconnect failed'));
  });
}
