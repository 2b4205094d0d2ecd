import { can, leave as leavePresence } from '@haven/core';
import { recordAttendance } from '../session/attendance';
import type { Reply } from '@haven/protocol';
import { HavenError } from '../../errors';
import { actorIn, personIn } from '../actor';
import { roomChannel, userChannel } from '../channels';
import type { RealtimeDeps } from '../deps';
import type { RoomHandlerContext } from '../handler';
import type { LiveRoom } from '../live-room';
import { handsAfterLeaving } from '../hands/turns';
import { broadcastPresence } from '../session/broadcast-presence';
import { recordAction } from './audit';

/**
 * Takes someone out of the session, and it holds: a ban record keeps their device-bound
 * identity out of this session (or the whole group) until a facilitator lifts it, so reopening
 * the link or reconnecting does not bring them back. Their connection gets one last event and
 * closes before anyone else hears they left, so it receives nothing more from the room.
 */
export function remove(ctx: RoomHandlerContext<'mod:remove'>): Promise<Reply<'mod:remove'>> {
  const { room, identity, payload, deps } = ctx;
  const { store } = deps;
  return room.serial(async () => {
    const actor = actorIn(room, identity);
    if (!can(actor, 'room:mute-all'))
      throw new HavenError('FORBIDDEN', 'Only moderators can do this.');
    const target = personIn(room, payload.participantId);
    if (target.role !== 'participant' || !can(actor, 'participant:remove', { role: target.role }))
      throw new HavenError('FORBIDDEN', 'Staff are taken off a group by unassigning them.');
    const membership = await store.participants.membershipByMemberId(room.groupId, target.id);
    if (!membership) throw new HavenError('NOT_FOUND', 'That person is not in this group.');

    const now = deps.clock.now();
    const at = new Date(now).toISOString();
    await store.bans.create({
      id: deps.ids.next(),
      groupId: room.groupId,
      sessionId: payload.ban === 'session' ? room.id : null,
      participantId: membership.participantId,
      memberId: target.id,
      displayName: target.displayName,
      createdBy: identity.participantId,
      createdAt: at,
    });
    // Removed from the group: old invites and open links no longer bring them back in.
    if (payload.ban === 'group')
      await store.participants.setStatus(room.groupId, membership.participantId, 'removed', at);
    let inviteRevoked = false;
    if (payload.revokeInvite) {
      const inviteId = await store.participants.inviteOf(room.groupId, membership.participantId);
      if (inviteId) inviteRevoked = await store.invites.revoke(room.groupId, inviteId, at);
    }
    await recordAction(room, deps, identity, 'remove', target, {
      scope: payload.ban,
      inviteRevoked,
    });

    await takeOut(room, deps, target.id, payload.ban, now);
    // A group ban takes them out of the group's other live sessions too, at once: not left
    // "reconnecting" there with their media still open.
    if (payload.ban === 'group') {
      for (const other of await deps.rooms.loadedOf(room.groupId)) {
        if (other === room) continue;
        void other
          .serial(() => takeOut(other, deps, target.id, 'group', deps.clock.now()))
          .catch((err: unknown) => deps.log.error({ err, sessionId: other.id }, 'take out failed'));
      }
      deps.io.in(userChannel(membership.participantId)).disconnectSockets(true);
    }
    return {};
  });
}

/**
 * Out of this room now: their connection hears why and closes before anyone else hears they
 * left, so it receives nothing more; they are refused at the door from here on. Runs inside
 * the room's serial section.
 */
async function takeOut(
  room: LiveRoom,
  deps: RealtimeDeps,
  memberId: string,
  scope: 'session' | 'group',
  now: number,
): Promise<void> {
  room.removed.add(memberId);
  room.lobby.delete(memberId);
  const socketId = room.speakerOf(memberId);
  if (socketId) {
    deps.io.to(socketId).emit('session:removed', { scope });
    deps.io.in(socketId).socketsLeave(roomChannel(room.id));
    deps.io.in(socketId).disconnectSockets(true);
  }
  const change = leavePresence(room.presence, memberId, now, 'removed');
  room.presence = change.presence;
  room.forget(memberId);
  broadcastPresence(deps.io, room.id, change.events);
  recordAttendance(room, deps, change.events);
  await handsAfterLeaving(room, deps, memberId);
}
