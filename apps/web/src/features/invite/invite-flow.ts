import type { MyMembership, Result } from '@haven/protocol';
import type { EntryDeps, EntryForm } from '../join/entry';

/**
 * Where accepting an invite leaves the person: waiting for a facilitator, or in the group with
 * its sessions (`membership` is null when they could not be loaded; asking again is safe).
 */
export type InviteOutcome =
  | { kind: 'requested'; groupId: string }
  | { kind: 'admitted'; groupId: string; membership: MyMembership | null };

/** Accepts the invite with a name and the agreement, keeps the device token, lists sessions. */
export async function acceptInvite(
  token: string,
  form: EntryForm,
  deps: EntryDeps,
): Promise<Result<InviteOutcome>> {
  const granted = await deps.call('invites:accept', {
    body: { token, ...form, agreed: true },
  });
  if (!granted.ok) return granted;
  const { groupId, status, deviceToken } = granted.data;
  if (deviceToken !== undefined) deps.devices.save(deviceToken);
  if (status === 'requested') return { ok: true, data: { kind: 'requested', groupId } };
  return {
    ok: true,
    data: { kind: 'admitted', groupId, membership: await membershipOf(groupId, deps) },
  };
}

export async function membershipOf(groupId: string, deps: EntryDeps): Promise<MyMembership | null> {
  const membership = await deps.call('me:membership', { params: { groupId } });
  return membership.ok ? membership.data : null;
}
