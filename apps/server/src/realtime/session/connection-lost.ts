import { connectionLost, timeOut } from '@haven/core';
import { recordAttendance } from './attendance';
import type { RealtimeDeps } from '../deps';
import type { LiveRoom } from '../live-room';
import { broadcastPresence } from './broadcast-presence';
import { handsAfterLeaving } from '../hands/turns';

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
  if (!room.dropSpeaker(participantId, socketId)) return;
  const since = deps.clock.now();
  const change = connectionLost(room.presence, participantId, since);
  room.presence = change.presence;
  broadcastPresence(deps.io, room.id, change.events);
  recordAttendance(room, deps, change.events);

  // The timer itself says the period is over: timers and the wall clock can disagree by a
  // millisecond, and a clock comparison here could leave someone "reconnecting" forever.
  room.startGrace(participantId, deps.config.reconnectGraceMs, () => {
    room
      .serial(async () => {
        const gone = timeOut(room.presence, participantId, since, deps.clock.now());
        room.presence = gone.presence;
        if (gone.events.length === 0) return;
        room.forget(participantId);
        broadcastPresence(deps.io, room.id, gone.events);
        recordAttendance(room, deps, gone.events);
        await handsAfterLeaving(room, deps, participantId);
      })
      .catch((err: unknown) => deps.log.error({ err, sessionId: room.id }, 'time-out failed'));
  });
}
