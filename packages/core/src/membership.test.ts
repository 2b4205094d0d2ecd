import { describe, expect, it } from 'vitest';
import { decideEntry, inviteStatus, mayEnterSession, type GroupDoor } from './membership';

describe('inviteStatus', () => {
  const base = { expiresAt: 1_000, maxUses: 3, uses: 0, revokedAt: null };
  it('is active until its time, its uses or its revocation', () => {
    expect(inviteStatus(base, 999)).toBe('active');
    expect(inviteStatus(base, 1_000)).toBe('expired');
    expect(inviteStatus({ ...base, uses: 2 }, 0)).toBe('active');
    expect(inviteStatus({ ...base, uses: 3 }, 0)).toBe('used-up');
    expect(inviteStatus({ ...base, maxUses: null, uses: 10_000 }, 0)).toBe('active');
    expect(inviteStatus({ ...base, revokedAt: 5, uses: 3 }, 2_000)).toBe('revoked');
  });
});

describe('decideEntry', () => {
  const door = (d: Partial<GroupDoor> = {}): GroupDoor => ({
    visibility: 'closed',
    approvalRequired: false,
    archived: false,
    ...d,
  });
  it('admits by invite, or asks for approval when the group wants it', () => {
    expect(decideEntry(door(), 'invite', null)).toEqual({ ok: true, status: 'admitted' });
    expect(decideEntry(door({ approvalRequired: true }), 'invite', null)).toEqual({
      ok: true,
      status: 'requested',
    });
    expect(decideEntry(door({ approvalRequired: true }), 'invite', 'left')).toEqual({
      ok: true,
      status: 'requested',
    });
  });
  it('lets anyone ask to join an open group, never a closed one', () => {
    expect(decideEntry(door({ visibility: 'open' }), 'open-link', null)).toEqual({
      ok: true,
      status: 'admitted',
    });
    expect(decideEntry(door(), 'open-link', null)).toEqual({ ok: false, reason: 'invite-only' });
    expect(
      decideEntry(door({ visibility: 'open', approvalRequired: true }), 'open-link', 'requested'),
    ).toEqual({ ok: true, status: 'requested' });
  });
  it('keeps people the staff removed out, by invite or by link', () => {
    expect(decideEntry(door({ visibility: 'open' }), 'open-link', 'removed')).toEqual({
      ok: false,
      reason: 'removed',
    });
    expect(decideEntry(door(), 'invite', 'removed')).toEqual({ ok: false, reason: 'removed' });
    expect(mayEnterSession('removed', 1, 1)).toEqual({ ok: false, reason: 'not-member' });
  });

  it('keeps an admitted member admitted and closes archived groups', () => {
    expect(decideEntry(door({ approvalRequired: true }), 'invite', 'admitted')).toEqual({
      ok: true,
      status: 'admitted',
    });
    expect(decideEntry(door({ archived: true }), 'invite', 'admitted')).toEqual({
      ok: false,
      reason: 'archived',
    });
  });
});

describe('mayEnterSession', () => {
  it('needs admission and the current agreement', () => {
    expect(mayEnterSession('admitted', 2, 2)).toEqual({ ok: true });
    expect(mayEnterSession('admitted', 1, 2)).toEqual({ ok: false, reason: 'agreement-changed' });
    expect(mayEnterSession('admitted', null, 1)).toEqual({
      ok: false,
      reason: 'agreement-changed',
    });
    expect(mayEnterSession('requested', 2, 2)).toEqual({ ok: false, reason: 'awaiting-approval' });
    expect(mayEnterSession('left', 2, 2)).toEqual({ ok: false, reason: 'not-member' });
    expect(mayEnterSession(null, null, 1)).toEqual({ ok: false, reason: 'not-member' });
  });
});
