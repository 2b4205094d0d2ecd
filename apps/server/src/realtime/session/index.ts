import type { HavenSocket, RealtimeDeps } from '../deps';
import type { createHandlerRegistry } from '../handler';
import { markConnectionLost } from './connection-lost';
import { join } from './join';
import { departNow, leave } from './leave';

export function registerSessionHandlers(
  socket: HavenSocket,
  deps: RealtimeDeps,
  { handle, handleInRoom }: ReturnType<typeof createHandlerRegistry>,
): void {
  handle('session:join', join);
  handleInRoom('session:leave', leave);

  socket.on('disconnect', (reason) => {
    const identity = socket.data.identity;
    if (!identity) return;
    // The app closed its connection on purpose (Leave, Quick exit, leaving the page within the
    // app): the person has gone. A session:leave sent just before it may never be handled —
    // socket.io drops what arrives with the close — so the close itself says it. A lost
    // network or a closed tab is not a goodbye: the person gets the grace period.
    const deliberate = reason === 'client namespace disconnect';
    deps.rooms
      .get(identity.sessionId)
      .then((room) =>
        room?.serial(() =>
          deliberate
            ? departNow(room, deps, identity.participantId, socket.id)
            : markConnectionLost(room, identity.participantId, socket.id, deps),
        ),
      )
      .catch((err: unknown) => deps.log.error({ err, socketId: socket.id }, 'disconnect failed'));
  });
}
