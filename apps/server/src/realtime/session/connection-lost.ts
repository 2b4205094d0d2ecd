import { connectionLost, expireReconnecting } from '@haven/core';
import type { RealtimeDeps } from '../deps';
import type { LiveRoom } from '../live-room';
import { broadcastPresence } from './broadcast-presence';

/**
 * The socket speaking for a participant is gone. They stay, shown as reconnecting, until the
 * grace period ends; a connection that was already replaced by a newer one changes nothing.
 * Runs inside the room's serial section.
 */
export function markConnectionLost(
  room: LiveRoom,
  participantId: string,
  socketId: string,
  deps: RealtimeDeps,
): void {
  if (room.sockets.get(participantId) !== socketId) return;
  room.sockets.delete(participantId);
  const change = connectionLost(room.presence, participantId, deps.clock.now());
  room.presence = change.presence;
  broadcastPresence(deps.io, room.id, change.events);

  const timer = setTimeout(() => {
    room.graceTimers.delete(participantId);
    void room.serial(() => expire(room, deps));
  }, deps.config.reconnectGraceMs);
  timer.unref();
  room.graceTimers.set(participantId, timer);
}

function expire(room: LiveRoom, deps: RealtimeDeps): void {
  const change = expireReconnecting(room.presence, deps.clock.now(), deps.config.reconnectGraceMs);
  room.presence = change.presence;
  for (const event of change.events)
    if (event.type === 'participant-left') room.forget(event.participantId);
  broadcastPresence(deps.io, room.id, change.events);
}
