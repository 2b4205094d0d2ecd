import { describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '@haven/protocol';
import { createApiClient, fillPath, type ApiClientDeps } from './http-client';

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

const TOKEN = 'device-0123456789abcdef';
const MEMBERSHIP = {
  groupId: 'g1',
  groupName: 'Newcomers',
  displayName: 'Amal',
  status: 'admitted',
  acceptedVersion: 2,
  agreement: { version: 2, text: 'Be kind.' },
  sessions: [{ id: 's1', title: 'Tuesday circle' }],
};
const SIGNED_IN = {
  staff: { id: 'st1', email: 'f@example.org', name: 'Farah', role: 'facilitator', isAdmin: false },
  csrfToken: 'csrf-token',
};

/** A server the test scripts: each call gets the next reply, and what was sent is kept. */
function fakeServer(...replies: (Response | Error)[]) {
  const sent: Sent[] = [];
  const fetch: NonNullable<ApiClientDeps['fetch']> = (input, init) => {
    sent.push({
      url: input as string,
      method: init?.method ?? 'GET',
      headers: { ...(init?.headers as Record<string, string>) },
      body: init?.body as string | undefined,
    });
    const next = replies.shift();
    if (!next) throw new Error('no reply scripted');
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  };
  return { sent, fetch };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('callRoute', () => {
  it('fills the path, sends the device token, and parses the reply', async () => {
    const server = fakeServer(json(200, MEMBERSHIP));
    const api = createApiClient({ fetch: server.fetch, deviceToken: () => TOKEN });
    const result = await api.call('me:membership', { params: { groupId: 'g1' } });
    expect(result).toEqual({ ok: true, data: MEMBERSHIP });
    expect(server.sent[0]).toMatchObject({
      url: '/api/me/groups/g1',
      method: 'GET',
      headers: { authorization: `Bearer ${TOKEN}` },
      body: undefined,
    });
  });

  it('sends a JSON body on changes, without a token the device does not have', async () => {
    const granted = { participantId: 'p1', groupId: 'g1', status: 'admitted', deviceToken: TOKEN };
    const server = fakeServer(json(200, granted));
    const api = createApiClient({ fetch: server.fetch, deviceToken: () => null });
    const body = { displayName: 'Amal', agreementVersion: 2, agreed: true as const };
    const result = await api.call('public:join-group', { params: { groupId: 'g1' }, body });
    expect(result).toEqual({ ok: true, data: granted });
    const [request] = server.sent;
    expect(request?.method).toBe('POST');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.authorization).toBeUndefined();
    expect(JSON.parse(request?.body ?? '')).toEqual(body);
  });

  it('refuses parameters that are not identifiers before anything is sent', async () => {
    const server = fakeServer();
    const api = createApiClient({ fetch: server.fetch, deviceToken: () => TOKEN });
    const result = await api.call('me:membership', { params: { groupId: '../staff' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(server.sent).toEqual([]);
  });

  it('returns the error the server sent', async () => {
    const error = { code: 'INVITE_EXPIRED', message: 'This invite link has expired.' };
    const server = fakeServer(json(410, { error }));
    const api = createApiClient({ fetch: server.fetch, deviceToken: () => null });
    const result = await api.call('invites:inspect', { body: { token: 'x'.repeat(43) } });
    expect(result).toEqual({ ok: false, error });
  });

  it('names an error without an envelope by its status', async () => {
    const server = fakeServer(new Response('<h1>Bad gateway</h1>', { status: 502 }));
    const api = createApiClient({ fetch: server.fetch, deviceToken: () => null });
    expect(await api.call('public:groups')).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    });
  });

  it('reports a network failure as UNAVAILABLE and a malformed reply as INTERNAL', async () => {
    const server = fakeServer(new TypeError('Failed to fetch'), json(200, { groups: 'nope' }));
    const api = createApiClient({ fetch: server.fetch, deviceToken: () => null });
    expect(await api.call('public:groups')).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    });
    expect(await api.call('public:groups')).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('keeps the CSRF token from auth:me for staff changes, and no device token for staff', async () => {
    const server = fakeServer(json(200, SIGNED_IN), json(200, {}));
    const api = createApiClient({ fetch: server.fetch, deviceToken: () => TOKEN });
    expect((await api.call('auth:me')).ok).toBe(true);
    expect((await api.call('auth:sign-out')).ok).toBe(true);
    expect(server.sent[0]?.headers[CSRF_HEADER]).toBeUndefined();
    expect(server.sent[1]?.headers[CSRF_HEADER]).toBe('csrf-token');
    expect(server.sent[1]?.headers.authorization).toBeUndefined();
  });

  it('gives up on a request that hangs, with TIMEOUT', async () => {
    const api = createApiClient({
      deviceToken: () => null,
      fetch: (_input, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    });
    expect(await api.call('public:groups', { timeoutMs: 5 })).toMatchObject({
      ok: false,
      error: { code: 'TIMEOUT' },
    });
  });
});

describe('the catalog types', () => {
  it('asks for exactly the params and body of each route', () => {
    const api = createApiClient({ fetch: fakeServer().fetch, deviceToken: () => null });
    // Never run: the compiler is the test.
    const calls = () => [
      // @ts-expect-error the group id is required
      api.call('me:membership'),
      // @ts-expect-error the body must be the route's
      api.call('public:join-group', { params: { groupId: 'g1' }, body: { displayName: 'A' } }),
      api.call('public:groups'),
    ];
    expect(calls).toBeTypeOf('function');
  });
});

describe('fillPath', () => {
  it('encodes each parameter', () => {
    expect(
      fillPath('/api/groups/:groupId/staff/:staffId', { groupId: 'a b', staffId: 's/1' }),
    ).toBe('/api/groups/a%20b/staff/s%2F1');
  });
});
