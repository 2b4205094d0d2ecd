import type { GroupView, MembershipGranted } from '@haven/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../auth/passwords';
import { hashSecret, newSecret } from '../../auth/tokens';
import { randomIds } from '../../system';
import { startTestHaven, type HavenUnderTest } from '../../test-support/haven-under-test';
import { HttpClient, tokenOf } from '../../test-support/http-client';

const DAY = 24 * 60 * 60 * 1000;

describe('invites', () => {
  let t: HavenUnderTest;
  let farah: HttpClient;
  let now = Date.parse('2026-11-26T10:00:00Z');
  const clock = { now: () => now };

  const newGroup = async (body: Record<string, unknown> = {}) =>
    (
      await farah.call('groups:create', {
        body: { name: 'Circle', language: 'ar', agreement: 'Be kind.', ...body },
      })
    ).body as GroupView;

  const invite = async (groupId: string, body: Record<string, unknown> = {}) => {
    const res = await farah.call('invites:create', { params: { groupId }, body });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as { link: string; invite: { id: string } };
  };

  const accept = (client: HttpClient, link: string, extra: Record<string, unknown> = {}) =>
    client.call('invites:accept', {
      body: {
        token: tokenOf(link),
        displayName: 'Amal',
        agreementVersion: 1,
        agreed: true,
        ...extra,
      },
    });

  /** A browser that keeps the device token it is given, as the web app does. */
  const device = () => new HttpClient(t.haven.url);
  const keepToken = (client: HttpClient, body: unknown) => {
    const token = (body as MembershipGranted).deviceToken;
    if (token) client.deviceToken = token;
  };

  let password = '';
  /** Staff sessions last a day's work: a test that moves the clock signs in again. */
  const signIn = async () => {
    farah = new HttpClient(t.haven.url);
    await farah.call('auth:sign-in', { body: { email: 'farah@example.org', password } });
  };

  beforeAll(async () => {
    t = await startTestHaven({}, { clock });
    password = newSecret();
    await t.haven.store.staff.create({
      id: randomIds.next(),
      email: 'farah@example.org',
      name: 'Farah',
      passwordHash: await hashPassword(password),
      role: 'facilitator',
      isAdmin: false,
      createdAt: new Date(now).toISOString(),
    });
    await signIn();
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('shows the group and agreement behind a link, then admits with a new device identity', async () => {
    const g = await newGroup();
    const { link } = await invite(g.id);
    expect(link).toMatch(/\/join#[A-Za-z0-9_-]{43}$/);
    const phone = device();
    const seen = await phone.call('invites:inspect', { body: { token: tokenOf(link) } });
    expect(seen.body).toEqual({
      group: {
        id: g.id,
        name: 'Circle',
        description: '',
        language: 'ar',
        agreement: { version: 1, text: 'Be kind.' },
      },
    });
    const joined = await accept(phone, link);
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({ groupId: g.id, status: 'admitted' });
    expect((joined.body as MembershipGranted).deviceToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const members = await farah.call('groups:members', { params: { groupId: g.id } });
    expect(members.body).toMatchObject({ members: [{ displayName: 'Amal', status: 'admitted' }] });
  });

  it('keeps the same participant for the same device, with a name per group', async () => {
    const a = await newGroup();
    const b = await newGroup();
    const phone = device();
    const first = await accept(phone, (await invite(a.id)).link);
    keepToken(phone, first.body);
    const second = await accept(phone, (await invite(b.id)).link, { displayName: 'أمل' });
    // One device, one identity on the server — but a different id in each group, so the names
    // a person uses in two groups cannot be linked by anyone who sees both.
    expect((second.body as MembershipGranted).participantId).not.toBe(
      (first.body as MembershipGranted).participantId,
    );
    expect((second.body as MembershipGranted).deviceToken).toBeUndefined();
    const inB = (await farah.call('groups:members', { params: { groupId: b.id } })).body;
    expect(inB).toMatchObject({ members: [{ displayName: 'أمل' }] });
    const inA = (await farah.call('groups:members', { params: { groupId: a.id } })).body;
    expect(inA).toMatchObject({ members: [{ displayName: 'Amal' }] });
  });

  it('counts uses up to the maximum; a member coming back costs nothing', async () => {
    const g = await newGroup();
    const { link } = await invite(g.id, { maxUses: 2 });
    const one = device();
    keepToken(one, (await accept(one, link)).body);
    expect((await accept(one, link)).status).toBe(200);
    expect((await accept(device(), link)).status).toBe(200);
    const third = await accept(device(), link);
    expect(third.status).toBe(410);
    expect(third.body).toMatchObject({ error: { code: 'INVITE_EXPIRED' } });
    const list = (await farah.call('invites:list', { params: { groupId: g.id } })).body;
    expect(list).toMatchObject({ invites: [{ uses: 2, maxUses: 2, status: 'used-up' }] });
  });

  it('says so when a link has expired or was withdrawn', async () => {
    const g = await newGroup();
    const soon = await invite(g.id, { expiresInDays: 1 });
    const withdrawn = await invite(g.id);
    const revoked = await farah.call('invites:revoke', {
      params: { groupId: g.id, inviteId: withdrawn.invite.id },
    });
    expect(revoked.body).toMatchObject({ status: 'revoked' });
    const r = await device().call('invites:inspect', { body: { token: tokenOf(withdrawn.link) } });
    expect(r.body).toMatchObject({ error: { code: 'INVITE_REVOKED' } });
    expect((await accept(device(), withdrawn.link)).body).toMatchObject({
      error: { code: 'INVITE_REVOKED' },
    });

    now += 2 * DAY;
    const e = await device().call('invites:inspect', { body: { token: tokenOf(soon.link) } });
    expect(e.status).toBe(410);
    expect(e.body).toMatchObject({ error: { code: 'INVITE_EXPIRED' } });
    const unknown = await device().call('invites:inspect', { body: { token: newSecret() } });
    expect(unknown.status).toBe(404);
    await signIn();
  });

  it('asks for the current agreement, and records only its version and time', async () => {
    const g = await newGroup();
    const { link } = await invite(g.id);
    await farah.call('groups:set-agreement', { params: { groupId: g.id }, body: { text: 'v2' } });
    const old = await accept(device(), link);
    expect(old.body).toMatchObject({ error: { code: 'AGREEMENT_CHANGED' } });
    const phone = device();
    const ok = await accept(phone, link, { agreementVersion: 2 });
    expect(ok.status).toBe(200);
    const id = (await t.haven.store.participants.findByDeviceToken(
      hashSecret((ok.body as MembershipGranted).deviceToken!),
    ))!.id;
    expect(await t.haven.store.participants.acceptedVersion(g.id, id)).toBe(2);
  });

  it('turns arrivals into requests when the group wants approval, and keeps closed groups closed', async () => {
    const g = await newGroup({ approvalRequired: true });
    const res = await accept(device(), (await invite(g.id)).link);
    expect(res.body).toMatchObject({ status: 'requested' });
    const members = (await farah.call('groups:members', { params: { groupId: g.id } })).body;
    expect(members).toMatchObject({ members: [{ status: 'requested' }] });

    const closed = await newGroup();
    const knock = await device().call('public:join-group', {
      params: { groupId: closed.id },
      body: { displayName: 'X', agreementVersion: 1, agreed: true },
    });
    expect(knock.status).toBe(403);
    const open = await newGroup({ visibility: 'open' });
    const walkIn = await device().call('public:join-group', {
      params: { groupId: open.id },
      body: { displayName: 'X', agreementVersion: 1, agreed: true },
    });
    expect(walkIn.body).toMatchObject({ status: 'admitted' });
  });

  it('refuses bad names without spending a use', async () => {
    const g = await newGroup();
    const { link } = await invite(g.id, { maxUses: 1 });
    const bad = await accept(device(), link, { displayName: '   ' });
    expect(bad.status).toBe(400);
    expect((await accept(device(), link)).status).toBe(200);
  });
});
