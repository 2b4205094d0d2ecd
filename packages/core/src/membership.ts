/** Who may come into a group, and how: the rules for invites and open groups. */

export type InviteStatus = 'active' | 'expired' | 'used-up' | 'revoked';

export interface InviteFacts {
  expiresAt: number;
  maxUses: number | null;
  uses: number;
  revokedAt: number | null;
}

/** Revocation wins over everything; a link past its date or its uses is spent. */
export function inviteStatus(invite: InviteFacts, now: number): InviteStatus {
  if (invite.revokedAt !== null) return 'revoked';
  if (now >= invite.expiresAt) return 'expired';
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return 'used-up';
  return 'active';
}

/** `left`: they went themselves and may come back by invite. `removed`: staff took them out. */
export type MembershipStatus = 'requested' | 'admitted' | 'left' | 'removed';

export interface GroupDoor {
  visibility: 'open' | 'closed';
  approvalRequired: boolean;
  archived: boolean;
}

export type EntryDecision =
  | { ok: true; status: 'admitted' | 'requested' }
  | { ok: false; reason: 'archived' | 'invite-only' | 'removed' };

/**
 * What happens when someone comes to a group by an invite or, for open groups, by its public
 * link. Someone already admitted stays admitted; otherwise approval, when the group asks for
 * it, turns the arrival into a request.
 */
export function decideEntry(
  door: GroupDoor,
  via: 'invite' | 'open-link',
  current: MembershipStatus | null,
): EntryDecision {
  if (door.archived) return { ok: false, reason: 'archived' };
  // A removal holds: neither an old invite nor an open group's link brings them back.
  if (current === 'removed') return { ok: false, reason: 'removed' };
  if (current === 'admitted') return { ok: true, status: 'admitted' };
  if (via === 'open-link' && door.visibility !== 'open')
    return { ok: false, reason: 'invite-only' };
  return { ok: true, status: door.approvalRequired ? 'requested' : 'admitted' };
}

/** A participant may enter a session only once admitted and agreed to the current version. */
export function mayEnterSession(
  membership: MembershipStatus | null,
  acceptedVersion: number | null,
  currentVersion: number,
): { ok: true } | { ok: false; reason: 'not-member' | 'awaiting-approval' | 'agreement-changed' } {
  if (membership === 'requested') return { ok: false, reason: 'awaiting-approval' };
  if (membership !== 'admitted') return { ok: false, reason: 'not-member' };
  if (acceptedVersion === null || acceptedVersion < currentVersion)
    return { ok: false, reason: 'agreement-changed' };
  return { ok: true };
}
