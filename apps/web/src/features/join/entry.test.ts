import { describe, expect, it } from 'vitest';
import type { ErrorCode, HttpRouteName, MyMembership, Result, SessionInfo } from '@haven/protocol';
import type { CallRoute } from '../../services/api';
import { createDeviceTokenStore } from '../../services/device';
import { enterWithForm, resolveEntry, type EntryDeps } from './entry';

const SESSION: SessionInfo = {
  id: 's1',
  title: 'Tuesday circle',
  groupId: 'g1',
  groupName: 'Newcomers',
  openToAll: true,
  language: 'ar',
  agreement: { version: 3, text: 'Be kind.' },
  media: 'audio_video',
  lobby: false,
  lobbyMessage: '',
  maskContacts: false,
  schedule: null,
};
const MEMBERSHIP: MyMembership = {
  groupId: 'g1',
  groupName: 'Newcomers',
  displayName: 'Amal',
  status: 'admitted',
  acceptedVersion: 3,
  agreement: { version: 3, text: 'Be kind.' },
  sessions: [{ id: 's1', title: 'Tuesday circle' }],
};
const SIGNED_IN = {
  staff: { id: 'st1', email: 'f@example.org', name: 'Farah', role: 'facilitator', isAdmin: false },
  csrfToken: 'csrf',
};
const TOKEN = 'device-0123456789abcdef';
const NEW_TOKEN = 'device-new-0123456789abcdef';

const fail = (code: ErrorCode): Result<never> => ({ ok: false, error: { code, message: code } });
const ok = <T>(data: T): Result<T> => ({ ok: true, data });

/** A server answering each route from a table; it records what was asked. */
function setup(replies: Partial<Record<HttpRouteName, Result<unknown>>>, token: string | null) {
  const asked: { name: HttpRouteName; input: unknown }[] = [];
  const call = ((name: HttpRouteName, input?: unknown) => {
    asked.push({ name, input });
    return Promise.resolve(replies[name] ?? fail('INTERNAL'));
  }) as CallRoute;
  const devices = createDeviceTokenStore(() => null);
  if (token !== null) devices.save(token);
  const deps: EntryDeps = { call, devices };
  return { deps, asked, devices };
}

const UNAUTH = { 'auth:me': fail('UNAUTHENTICATED') };

describe('resolveEntry', () => {
  it('lets signed-in staff straight in', async () => {
    const { deps } = setup({ 'auth:me': ok(SIGNED_IN) }, null);
    expect(await resolveEntry(SESSION, deps)).toEqual(ok({ kind: 'staff' }));
  });

  it('knows a member who accepted the current agreement', async () => {
    const { deps, asked } = setup({ ...UNAUTH, 'me:membership': ok(MEMBERSHIP) }, TOKEN);
    expect(await resolveEntry(SESSION, deps)).toEqual(
      ok({ kind: 'member', membership: MEMBERSHIP }),
    );
    expect(asked.find((a) => a.name === 'me:membership')?.input).toMatchObject({
      params: { groupId: 'g1' },
    });
  });

  it('asks a member to accept a newer agreement', async () => {
    const older = { ...MEMBERSHIP, acceptedVersion: 2 };
    const { deps } = setup({ ...UNAUTH, 'me:membership': ok(older) }, TOKEN);
    expect(await resolveEntry(SESSION, deps)).toEqual(
      ok({ kind: 'agreement-changed', membership: older }),
    );
  });

  it('tells someone still waiting for approval', async () => {
    const waiting = { ...MEMBERSHIP, status: 'requested' as const };
    const { deps } = setup({ ...UNAUTH, 'me:membership': ok(waiting) }, TOKEN);
    expect(await resolveEntry(SESSION, deps)).toEqual(ok({ kind: 'awaiting-approval' }));
  });

  it('offers an open group to a stranger, without asking about a membership it cannot have', async () => {
    const { deps, asked } = setup(UNAUTH, null);
    expect(await resolveEntry(SESSION, deps)).toEqual(ok({ kind: 'open' }));
    expect(asked.map((a) => a.name)).toEqual(['auth:me']);
  });

  it('sends a stranger to a closed group back to their invite link', async () => {
    const { deps } = setup({ ...UNAUTH, 'me:membership': fail('NOT_FOUND') }, TOKEN);
    expect(await resolveEntry({ ...SESSION, openToAll: false }, deps)).toEqual(
      ok({ kind: 'invite-only' }),
    );
  });

  it('treats a device token the server does not know as a stranger', async () => {
    const { deps } = setup({ ...UNAUTH, 'me:membership': fail('UNAUTHENTICATED') }, TOKEN);
    expect(await resolveEntry(SESSION, deps)).toEqual(ok({ kind: 'open' }));
  });

  it('reports a failure it cannot decide on', async () => {
    const { deps } = setup({ ...UNAUTH, 'me:membership': fail('UNAVAILABLE') }, TOKEN);
    expect(await resolveEntry(SESSION, deps)).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    });
    const offline = setup({ 'auth:me': fail('TIMEOUT') }, null);
    expect(await resolveEntry(SESSION, offline.deps)).toMatchObject({
      ok: false,
      error: { code: 'TIMEOUT' },
    });
  });
});

describe('enterWithForm', () => {
  const FORM = { displayName: 'Amal', agreementVersion: 3 };

  it('joins an open group and keeps the new device token', async () => {
    const granted = {
      participantId: 'p1',
      groupId: 'g1',
      status: 'admitted',
      deviceToken: NEW_TOKEN,
    };
    const { deps, asked, devices } = setup({ 'public:join-group': ok(granted) }, null);
    expect(await enterWithForm(SESSION, { kind: 'open' }, FORM, deps)).toEqual(ok('admitted'));
    expect(asked[0]?.input).toEqual({
      params: { groupId: 'g1' },
      body: { displayName: 'Amal', agreementVersion: 3, agreed: true },
    });
    expect(devices.load()).toBe(NEW_TOKEN);
  });

  it('keeps the device token it has when the server issues none', async () => {
    const granted = { participantId: 'p1', groupId: 'g1', status: 'requested' };
    const { deps, devices } = setup({ 'public:join-group': ok(granted) }, TOKEN);
    expect(await enterWithForm(SESSION, { kind: 'open' }, FORM, deps)).toEqual(ok('requested'));
    expect(devices.load()).toBe(TOKEN);
  });

  it('lets a member in as they are, without a request', async () => {
    const { deps, asked } = setup({}, TOKEN);
    const entry = { kind: 'member', membership: MEMBERSHIP } as const;
    expect(await enterWithForm(SESSION, entry, FORM, deps)).toEqual(ok('admitted'));
    expect(asked).toEqual([]);
  });

  it('records a new name for this group', async () => {
    const renamed = { ...MEMBERSHIP, displayName: 'Amal K' };
    const { deps, asked } = setup({ 'me:update-membership': ok(renamed) }, TOKEN);
    const entry = { kind: 'member', membership: MEMBERSHIP } as const;
    const form = { ...FORM, displayName: 'Amal K' };
    expect(await enterWithForm(SESSION, entry, form, deps)).toEqual(ok('admitted'));
    expect(asked[0]).toEqual({
      name: 'me:update-membership',
      input: { params: { groupId: 'g1' }, body: { ...form, agreed: true } },
    });
  });

  it('records the acceptance of a changed agreement, and passes a refusal on', async () => {
    const older = { ...MEMBERSHIP, acceptedVersion: 2 };
    const entry = { kind: 'agreement-changed', membership: older } as const;
    const accepted = setup({ 'me:update-membership': ok(MEMBERSHIP) }, TOKEN);
    expect(await enterWithForm(SESSION, entry, FORM, accepted.deps)).toEqual(ok('admitted'));
    const refused = setup({ 'me:update-membership': fail('AGREEMENT_CHANGED') }, TOKEN);
    expect(await enterWithForm(SESSION, entry, FORM, refused.deps)).toEqual(
      fail('AGREEMENT_CHANGED'),
    );
  });
});
