import { decideEntry, normalizeDisplayName } from '@haven/core';
import type { MembershipGranted } from '@haven/protocol';
import { hashSecret, newSecret } from '../../auth/tokens';
import { HavenError } from '../../errors';
import type { GroupRecord } from '../../store/groups-repo';
import type { HttpDeps } from '../deps';
import type { HttpPrincipal } from '../principal';

export interface EntryRequest {
  displayName: string;
  agreementVersion: number;
}

/**
 * Brings a person into a group, by invite or by an open group's link: the same device is the
 * same participant; a device without an identity gets a new one (its token is returned once).
 * `spendInvite` runs only when the person is not already a member, so coming back is free; it
 * names the invite spent, which the membership keeps (a ban may revoke it).
 */
export async function enterGroup(
  group: GroupRecord,
  via: 'invite' | 'open-link',
  request: EntryRequest,
  principal: HttpPrincipal,
  deps: HttpDeps,
  spendInvite: () => Promise<string | null> = () => Promise.resolve(null),
): Promise<MembershipGranted> {
  const { participants } = deps.store;
  const name = normalizeDisplayName(request.displayName);
  if (!name.ok) throw new HavenError('INVALID_ARGUMENT', name.reason);
  if (request.agreementVersion !== group.agreement.version)
    throw new HavenError('AGREEMENT_CHANGED', 'The group agreement has changed; read it again.');

  const known = principal.kind === 'participant' ? principal.participantId : null;
  const current = known ? await participants.membership(group.id, known) : null;
  const decision = decideEntry(
    {
      visibility: group.visibility,
      approvalRequired: group.approvalRequired,
      archived: group.archivedAt !== null,
    },
    via,
    current?.status ?? null,
  );
  if (!decision.ok) {
    switch (decision.reason) {
      case 'archived':
        throw new HavenError('NOT_FOUND', 'This group is closed.');
      case 'invite-only':
        throw new HavenError('FORBIDDEN', 'This group is by invitation only.');
      case 'removed':
        throw new HavenError('FORBIDDEN', 'You cannot join this group.');
    }
  }
  const inviteId = !current || current.status === 'left' ? await spendInvite() : null;

  const now = deps.now();
  let participantId = known;
  let deviceToken: string | undefined;
  if (!participantId) {
    participantId = deps.ids.next();
    deviceToken = newSecret();
    await participants.create(participantId, hashSecret(deviceToken), now);
  }
  await participants.putMembership(
    {
      groupId: group.id,
      participantId,
      displayName: name.value,
      status: decision.status,
      inviteId,
    },
    now,
  );
  await participants.recordAcceptance(group.id, participantId, group.agreement.version, now);
  const membership = await participants.membership(group.id, participantId);
  if (!membership) throw new Error('membership just written is missing');
  return {
    // The id this person has in this group, as the group sees it.
    participantId: membership.memberId,
    groupId: group.id,
    status: decision.status,
    ...(deviceToken && { deviceToken }),
  };
}
