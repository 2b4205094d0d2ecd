import type { PresenceEvent } from '@haven/core';
import type { RealtimeDeps } from '../deps';
import type { LiveRoom } from '../live-room';

/** Per room, the attendance writes in the order the room's presence changed. */
const queues = new Map<string, Promise<void>>();

/**
 * Online attendance, recorded as people come and go: a visit starts when a participant enters
 * the room and ends when they leave, are removed, or do not come back within the grace period.
 * Staff are not attendees. The writes run after the room's command, in order, and a failed
 * write is logged, never turned into a failed join.
 */
export function recordAttendance(
  room: LiveRoom,
  deps: RealtimeDeps,
  events: readonly PresenceEvent[],
): void {
  const at = new Date(deps.clock.now()).toISOString();
  const writes: (() => Promise<void>)[] = [];
  for (const event of events) {
    if (event.type === 'participant-joined' && event.participant.role === 'participant') {
      const memberId = event.participant.id;
      writes.push(() => deps.store.attendance.arrived(room.id, memberId, at));
    } else if (event.type === 'participant-left') {
      const memberId = event.participantId;
      writes.push(() => deps.store.attendance.left(room.id, memberId, at));
    }
  }
  for (const write of writes) enqueue(room.id, write, deps);
}

/** The session ended for everyone: every open visit ends now. */
export function closeAllVisits(room: LiveRoom, deps: RealtimeDeps): void {
  const at = new Date(deps.clock.now()).toISOString();
  enqueue(room.id, () => deps.store.attendance.left(room.id, null, at), deps);
}

function enqueue(sessionId: string, write: () => Promise<void>, deps: RealtimeDeps): void {
  const tail = (queues.get(sessionId) ?? Promise.resolve())
    .then(write)
    .catch((err: unknown) => deps.log.error({ err, sessionId }, 'attendance not recorded'));
  queues.set(sessionId, tail);
  void tail.then(() => {
    if (queues.get(sessionId) === tail) queues.delete(sessionId);
  });
}

/** Resolves once the attendance writes queued so far for a session are done (tests, shutdown). */
export function attendanceSettled(sessionId: string): Promise<void> {
  return queues.get(sessionId) ?? Promise.resolve();
}
