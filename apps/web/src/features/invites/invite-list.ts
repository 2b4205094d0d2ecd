import type { InviteView } from '@haven/protocol';

export interface NumberedInvite {
  invite: InviteView;
  /** 1 for the group's first invite: names built from it stay the same as new ones arrive. */
  number: number;
}

const byCreation = (a: InviteView, b: InviteView): number =>
  a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt < b.createdAt ? -1 : 1;

/** Newest first, each with its number in the order the invites were made. */
export function numberInvites(invites: readonly InviteView[]): NumberedInvite[] {
  return [...invites]
    .sort(byCreation)
    .map((invite, index) => ({ invite, number: index + 1 }))
    .reverse();
}

/** Only an active link can still be withdrawn. */
export const canRevoke = (invite: InviteView): boolean => invite.status === 'active';

/** Puts an invite that changed (revoked, say) in place of its old copy. */
export function replaceInvite(invites: readonly InviteView[], changed: InviteView): InviteView[] {
  return invites.map((invite) => (invite.id === changed.id ? changed : invite));
}
