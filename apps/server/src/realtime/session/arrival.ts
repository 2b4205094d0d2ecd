import { roomWindow } from '@haven/core/schedule';
import { PROTOCOL_VERSION } from '@haven/protocol';
import { HavenError } from '../../errors';
import type { HavenSocket, RealtimeDeps } from '../deps';
import type { LiveRoom } from '../live-room';
import { admission, type RoomIdentity } from './admission';

/**
 * Someone arrives at a session (to join it or to knock): the same checks either way. The app
 * is current, the connection has an identity, the session is open, and the group lets them in.
 */
export async function arrival(
  socket: HavenSocket,
  at: { protocolVersion: number; sessionId: string },
  deps: RealtimeDeps,
): Promise<{ room: LiveRoom; me: RoomIdentity }> {
  if (at.protocolVersion !== PROTOCOL_VERSION)
    throw new HavenError('UNSUPPORTED_PROTOCOL', 'This app is out of date; reload the page.');
  const principal = socket.data.principal;
  if (!principal) throw new HavenError('UNAUTHENTICATED', 'This connection has no identity.');
  const room = await deps.rooms.get(at.sessionId);
  if (!room) throw new HavenError('NOT_FOUND', 'This session does not exist.');
  if (room.ended) throw new HavenError('NOT_FOUND', 'This session has ended.');
  await refreshPlan(room, deps);
  const me = await admission(room, principal, deps);
  checkOpen(room, me, deps);
  return { room, me };
}

/**
 * The session may have changed since its room was loaded: moved, cancelled, another capacity, a
 * new agreement version, a new lobby message. Each arrival reads it again (one query).
 */
async function refreshPlan(room: LiveRoom, deps: RealtimeDeps): Promise<void> {
  const plan = await deps.store.sessions.find(room.id);
  if (!plan) return;
  room.info = plan.info;
  room.timing = plan.timing;
  room.capacity = plan.capacity;
}

/**
 * A scheduled room lets people in only around its time. Someone already in the room (back after
 * a dropped connection) is never shut out by the clock.
 */
function checkOpen(room: LiveRoom, me: RoomIdentity, deps: RealtimeDeps): void {
  if (room.presence.participants.has(me.participantId)) return;
  const entry = roomWindow(room.timing, me.role !== 'participant', deps.clock.now());
  if (entry.open) return;
  switch (entry.reason) {
    case 'cancelled':
      throw new HavenError('ROOM_CLOSED', 'This session was cancelled.');
    case 'not-yet':
      throw new HavenError(
        'ROOM_CLOSED',
        `The room opens at ${new Date(entry.opensAt).toISOString()}.`,
      );
    case 'over':
      throw new HavenError('ROOM_CLOSED', 'This session is over.');
  }
}
