import type { ErrorBody, MyMembership, Result, SessionInfo } from '@haven/protocol';
import type { CallRoute } from '../../services/api';
import type { DeviceTokenStore } from '../../services/device';

/**
 * How this browser can enter a session's group, decided before anything is shown:
 * - `staff`: signed in; joins without a form (name and role come from the account).
 * - `member`: admitted, and has accepted the current agreement; the form is prefilled.
 * - `agreement-changed`: admitted, but the agreement is newer than the one accepted.
 * - `awaiting-approval`: asked to join; a facilitator has not admitted them yet.
 * - `open`: not a member of a group anyone with the link may join.
 * - `invite-only`: not a member of a closed group; only an invite link lets them in.
 */
export type Entry =
  | { kind: 'staff' }
  | { kind: 'member'; membership: MyMembership }
  | { kind: 'agreement-changed'; membership: MyMembership }
  | { kind: 'awaiting-approval' }
  | { kind: 'open' }
  | { kind: 'invite-only' };

/** The entries that go through the join form. */
export type FormEntry = Extract<Entry, { kind: 'member' | 'agreement-changed' | 'open' }>;

export interface EntryDeps {
  call: CallRoute;
  devices: DeviceTokenStore;
}

export interface EntryForm {
  displayName: string;
  agreementVersion: number;
}

const failed = (error: ErrorBody): Result<never> => ({ ok: false, error });

export function entryForMembership(membership: MyMembership): Entry {
  if (membership.status === 'requested') return { kind: 'awaiting-approval' };
  return membership.acceptedVersion === membership.agreement.version
    ? { kind: 'member', membership }
    : { kind: 'agreement-changed', membership };
}

/** Staff first (a facilitator may also have a participant identity on this browser). */
export async function resolveEntry(
  session: SessionInfo,
  deps: EntryDeps,
  signal?: AbortSignal,
): Promise<Result<Entry>> {
  const token = deps.devices.load();
  // Both at once: on a slow network each round trip is seconds.
  const [me, membership] = await Promise.all([
    deps.call('auth:me', { signal }),
    token === null
      ? null
      : deps.call('me:membership', { params: { groupId: session.groupId }, signal }),
  ]);
  if (me.ok) return { ok: true, data: { kind: 'staff' } };
  if (me.error.code !== 'UNAUTHENTICATED') return failed(me.error);

  if (membership?.ok) return { ok: true, data: entryForMembership(membership.data) };
  // Not a member, or a token the server does not know (its data was reset, say): a stranger.
  const stranger =
    membership === null || ['NOT_FOUND', 'UNAUTHENTICATED'].includes(membership.error.code);
  if (!stranger) return failed(membership.error);
  return { ok: true, data: { kind: session.openToAll ? 'open' : 'invite-only' } };
}

/**
 * Does what the join form asks for this entry: records the name and the accepted agreement,
 * joining an open group first if need be. Answers the person's status in the group.
 */
export async function enterWithForm(
  session: SessionInfo,
  entry: FormEntry,
  form: EntryForm,
  deps: EntryDeps,
): Promise<Result<'admitted' | 'requested'>> {
  const body = { ...form, agreed: true as const };
  const params = { groupId: session.groupId };
  if (entry.kind === 'open') {
    const granted = await deps.call('public:join-group', { params, body });
    if (!granted.ok) return granted;
    if (granted.data.deviceToken !== undefined) deps.devices.save(granted.data.deviceToken);
    return { ok: true, data: granted.data.status };
  }
  const { membership } = entry;
  const unchanged =
    entry.kind === 'member' &&
    form.displayName === membership.displayName &&
    form.agreementVersion === membership.acceptedVersion;
  if (unchanged) return { ok: true, data: 'admitted' };
  const updated = await deps.call('me:update-membership', { params, body });
  return updated.ok ? { ok: true, data: updated.data.status } : updated;
}
