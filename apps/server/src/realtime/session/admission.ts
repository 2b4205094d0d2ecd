import { banKeepingOut, mayEnterSession } from '@haven/core';
import type { Role, SocketPrincipal } from '@haven/protocol';
import { HavenError } from '../../errors';
import type { RealtimeDeps } from '../deps';
import type { LiveRoom } from '../live-room';

export interface RoomIdentity {
  participantId: string;
  displayName: string;
  role: Role;
}

/**
 * Who the connection is in this room, or why it may not enter: a participant needs an admitted
 * membership of the group and its current agreement; staff need to be assigned to the group.
 */
export async function admission(
  room: LiveRoom,
  principal: SocketPrincipal,
  deps: RealtimeDeps,
): Promise<RoomIdentity> {
  const { store } = deps;
  switch (principal.kind) {
    case 'participant': {
      const { participantId } = principal;
      const membership = await store.participants.membership(room.groupId, participantId);
      const accepted = await store.participants.acceptedVersion(room.groupId, participantId);
      const verdict = mayEnterSession(
        membership?.status ?? null,
        accepted,
        room.info.agreement.version,
      );
      if (!verdict.ok) {
        switch (verdict.reason) {
          case 'agreement-changed':
            throw new HavenError('AGREEMENT_CHANGED', 'Read and accept the group agreement first.');
          case 'awaiting-approval':
            throw new HavenError('FORBIDDEN', 'A facilitator has not approved you yet.');
          case 'not-member':
            throw new HavenError('FORBIDDEN', 'You are not a member of this group.');
        }
      }
      // In the room a participant is their member id: a different id in every group.
      if (!membership) throw new HavenError('FORBIDDEN', 'You are not a member of this group.');
      // A removal holds: neither a reconnect nor the link brings them back until it is lifted.
      if (banKeepingOut(await store.bans.ofParticipant(room.groupId, participantId), room.id))
        throw new HavenError('FORBIDDEN', 'A moderator has removed you from this session.');
      return {
        participantId: membership.memberId,
        displayName: membership.displayName,
        role: 'participant',
      };
    }
    case 'staff': {
      const staff = await store.staff.findById(principal.staffId);
      if (!staff || staff.disabled) throw new HavenError('UNAUTHENTICATED', 'Sign in again.');
      const role = await store.groups.staffRole(room.groupId, staff.id);
      if (!role) throw new HavenError('FORBIDDEN', 'You are not on the staff of this group.');
      return { participantId: staff.id, displayName: staff.name, role };
    }
  }
}
