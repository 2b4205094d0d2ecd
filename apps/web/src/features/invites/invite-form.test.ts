import { describe, expect, it } from 'vitest';
import { CreateInviteRequest, type InviteView } from '@haven/protocol';
import { checkInviteDraft, newInviteDraft } from './invite-form';
import { canRevoke, numberInvites, replaceInvite } from './invite-list';

describe('checkInviteDraft', () => {
  it('defaults to two weeks and no limit on uses', () => {
    const check = checkInviteDraft(newInviteDraft());
    expect(check).toEqual({ ok: true, value: { expiresInDays: 14, maxUses: null } });
    expect(check.ok && CreateInviteRequest.safeParse(check.value).success).toBe(true);
  });

  it('takes a maximum number of uses', () => {
    expect(checkInviteDraft({ expiresInDays: '3', maxUses: ' 20 ' })).toEqual({
      ok: true,
      value: { expiresInDays: 3, maxUses: 20 },
    });
  });

  it('refuses numbers the server would refuse', () => {
    expect(checkInviteDraft({ expiresInDays: '91', maxUses: '0' })).toEqual({
      ok: false,
      errors: {
        expiresInDays: { kind: 'wholeNumber', min: 1, max: 90 },
        maxUses: { kind: 'wholeNumber', min: 1, max: 1000 },
      },
    });
  });
});

const invite = (id: string, createdAt: string, status: InviteView['status']): InviteView => ({
  id,
  createdAt,
  expiresAt: '2030-01-01T00:00:00.000Z',
  maxUses: null,
  uses: 0,
  status,
});

describe('invite list', () => {
  const first = invite('b', '2026-03-01T10:00:00.000Z', 'revoked');
  const second = invite('a', '2026-03-02T10:00:00.000Z', 'active');
  const third = invite('c', '2026-03-02T10:00:00.000Z', 'expired');

  it('lists the newest first, numbered in the order they were made', () => {
    expect(numberInvites([second, third, first])).toEqual([
      { invite: third, number: 3 },
      { invite: second, number: 2 },
      { invite: first, number: 1 },
    ]);
  });

  it('withdraws only active links', () => {
    expect([first, second, third].map(canRevoke)).toEqual([false, true, false]);
  });

  it('replaces a changed invite in place', () => {
    const revoked = { ...second, status: 'revoked' as const };
    expect(replaceInvite([first, second], revoked)).toEqual([first, revoked]);
  });
});
