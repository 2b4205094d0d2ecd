import { describe, expect, it } from 'vitest';
import type { HttpRouteName, MyMembership, Result } from '@haven/protocol';
import type { CallRoute } from '../../services/api';
import { createDeviceTokenStore } from '../../services/device';
import { acceptInvite } from './invite-flow';
import { tokenFromFragment } from './invite-token';

const INVITE = 'inviteTokenABCDEFGHIJKLMNOPQRSTUVWXYZ0123456';
const DEVICE = 'device-0123456789abcdef';
const FORM = { displayName: 'أمل', agreementVersion: 1 };
const MEMBERSHIP: MyMembership = {
  groupId: 'g1',
  groupName: 'Newcomers',
  displayName: 'أمل',
  status: 'admitted',
  acceptedVersion: 1,
  agreement: { version: 1, text: 'Be kind.' },
  sessions: [{ id: 's1', title: 'Tuesday circle' }],
};

function setup(replies: Partial<Record<HttpRouteName, Result<unknown>>>) {
  const asked: { name: HttpRouteName; input: unknown }[] = [];
  const call = ((name: HttpRouteName, input?: unknown) => {
    asked.push({ name, input });
    const reply = replies[name];
    return Promise.resolve(reply ?? { ok: false, error: { code: 'INTERNAL', message: '' } });
  }) as CallRoute;
  const devices = createDeviceTokenStore(() => null);
  return { deps: { call, devices }, asked, devices };
}

describe('acceptInvite', () => {
  it('joins, keeps the new device token and lists the sessions', async () => {
    const { deps, asked, devices } = setup({
      'invites:accept': {
        ok: true,
        data: { participantId: 'p1', groupId: 'g1', status: 'admitted', deviceToken: DEVICE },
      },
      'me:membership': { ok: true, data: MEMBERSHIP },
    });
    expect(await acceptInvite(INVITE, FORM, deps)).toEqual({
      ok: true,
      data: { kind: 'admitted', groupId: 'g1', membership: MEMBERSHIP },
    });
    expect(asked[0]?.input).toEqual({ body: { token: INVITE, ...FORM, agreed: true } });
    expect(asked[1]?.input).toEqual({ params: { groupId: 'g1' } });
    expect(devices.load()).toBe(DEVICE);
  });

  it('stops at a request when the group approves its members', async () => {
    const { deps, asked } = setup({
      'invites:accept': {
        ok: true,
        data: { participantId: 'p1', groupId: 'g1', status: 'requested', deviceToken: DEVICE },
      },
    });
    expect(await acceptInvite(INVITE, FORM, deps)).toEqual({
      ok: true,
      data: { kind: 'requested', groupId: 'g1' },
    });
    expect(asked).toHaveLength(1);
  });

  it('passes on why an invite no longer works', async () => {
    const error = { code: 'INVITE_REVOKED' as const, message: 'withdrawn' };
    const { deps, devices } = setup({ 'invites:accept': { ok: false, error } });
    expect(await acceptInvite(INVITE, FORM, deps)).toEqual({ ok: false, error });
    expect(devices.load()).toBeNull();
  });

  it('is in the group even when its sessions could not be loaded', async () => {
    const { deps } = setup({
      'invites:accept': {
        ok: true,
        data: { participantId: 'p1', groupId: 'g1', status: 'admitted' },
      },
    });
    expect(await acceptInvite(INVITE, FORM, deps)).toEqual({
      ok: true,
      data: { kind: 'admitted', groupId: 'g1', membership: null },
    });
  });
});

describe('tokenFromFragment', () => {
  it('reads a token and refuses anything else', () => {
    expect(tokenFromFragment(`#${INVITE}`)).toBe(INVITE);
    expect(tokenFromFragment('#short')).toBeNull();
    expect(tokenFromFragment('#<script>alert(1)</script>')).toBeNull();
    expect(tokenFromFragment('#%E0%A4%A')).toBeNull();
    expect(tokenFromFragment('')).toBeNull();
  });
});
