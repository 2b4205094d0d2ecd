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
  return { room, me: await admission(room, principal, deps) };
}
