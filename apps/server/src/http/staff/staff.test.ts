import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARGON2_PARAMS } from '../../auth/passwords';
import { createFacilitator } from '../../staff/first-facilitator';
import { randomIds, systemClock } from '../../system';
import { HttpClient, tokenOf } from '../../test-support/http-client';
import { PROTOCOL_VERSION } from '@haven/protocol';
import { connect, startTestHaven, type HavenUnderTest } from '../../test-support/haven-under-test';

const PASSWORD = 'a long and memorable passphrase';

describe('staff accounts', () => {
  let t: HavenUnderTest;
  const deps = () => ({ store: t.haven.store, clock: systemClock, ids: randomIds });

  /** Creates an account through the real paths: CLI-style creation, then the reset link. */
  async function facilitator(email: string): Promise<HttpClient> {
    const made = await createFacilitator(
      { email, name: email.split('@')[0]! },
      t.haven.url,
      deps(),
    );
    const client = new HttpClient(t.haven.url);
    const set = await client.call('staff:set-password', {
      body: { token: tokenOf(made.link), password: PASSWORD },
    });
    expect(set.status).toBe(200);
    const signIn = await client.call('auth:sign-in', { body: { email, password: PASSWORD } });
    expect(signIn.status).toBe(200);
    return client;
  }

  beforeEach(async () => {
    t = await startTestHaven();
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('signs in with an httpOnly, SameSite=Lax session cookie and knows who is signed in', async () => {
    const admin = await facilitator('farah@example.org');
    const me = await admin.call('auth:me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      staff: { email: 'farah@example.org', role: 'facilitator', isAdmin: true },
    });

    const fresh = new HttpClient(t.haven.url);
    const signIn = await fresh.call('auth:sign-in', {
      body: { email: 'FARAH@example.org ', password: PASSWORD },
    });
    const cookie = signIn.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^haven_staff=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    // Loopback only: anywhere else the cookie is Secure.
    expect(cookie).not.toContain('Secure');
    expect(JSON.stringify(signIn.body)).not.toContain('password');
  });

  it('answers a wrong password and an unknown email with the same words', async () => {
    await facilitator('farah@example.org');
    const c = new HttpClient(t.haven.url);
    const wrong = await c.call('auth:sign-in', {
      body: { email: 'farah@example.org', password: 'not the password at all' },
    });
    const unknown = await c.call('auth:sign-in', {
      body: { email: 'nobody@example.org', password: 'not the password at all' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect((await c.call('auth:me')).status).toBe(401);
  });

  it('throttles sign-in attempts per account, even with the right password after', async () => {
    await facilitator('farah@example.org');
    const c = new HttpClient(t.haven.url);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push(
        (
          await c.call('auth:sign-in', {
            body: { email: 'farah@example.org', password: `guess ${i}` },
          })
        ).status,
      );
    // facilitator() used one attempt already: four more wrong ones, then the limit.
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses[4]).toBe(429);
    const right = await c.call('auth:sign-in', {
      body: { email: 'farah@example.org', password: PASSWORD },
    });
    expect(right.status).toBe(429);
  });

  it('throttles one client trying many accounts', async () => {
    const c = new HttpClient(t.haven.url);
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++)
      statuses.push(
        (await c.call('auth:sign-in', { body: { email: `p${i}@example.org`, password: 'guess' } }))
          .status,
      );
    expect(statuses.filter((s) => s === 401)).toHaveLength(20);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });

  it('keys the per-client limit on the address the local proxy forwards', async () => {
    const attempt = (client: string) =>
      fetch(`${t.haven.url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
        body: JSON.stringify({ email: `x${Math.random()}@example.org`, password: 'guess' }),
      }).then((r) => r.status);
    for (let i = 0; i < 20; i++) expect(await attempt('203.0.113.7')).toBe(401);
    expect(await attempt('203.0.113.7')).toBe(429);
    // Another client behind the same proxy is not locked out.
    expect(await attempt('198.51.100.9')).toBe(401);
  });

  it('says nothing about which emails have accounts without a valid staff invite', async () => {
    await facilitator('farah@example.org');
    const probe = await new HttpClient(t.haven.url).call('staff:accept-invite', {
      body: { token: 'x'.repeat(43), name: 'X', email: 'farah@example.org', password: PASSWORD },
    });
    expect(probe.status).toBe(404);
  });

  it('refuses changes without the CSRF token or from another site', async () => {
    const admin = await facilitator('farah@example.org');
    const noToken = await admin.call('staff:invite', { body: { role: 'moderator' }, csrf: false });
    expect(noToken.status).toBe(403);
    const crossSite = await admin.call('staff:invite', {
      body: { role: 'moderator' },
      origin: 'https://evil.example',
    });
    expect(crossSite.status).toBe(403);
    const signInCrossSite = await new HttpClient(t.haven.url).call('auth:sign-in', {
      body: { email: 'farah@example.org', password: PASSWORD },
      origin: 'https://evil.example',
    });
    expect(signInCrossSite.status).toBe(403);
    const ok = await admin.call('staff:invite', { body: { role: 'moderator' } });
    expect(ok.status).toBe(200);
    const signOut = await admin.call('auth:sign-out', { csrf: false });
    expect(signOut.status).toBe(403);
    expect((await admin.call('auth:sign-out')).status).toBe(200);
    expect((await admin.call('auth:me')).status).toBe(401);
  });

  it('signing out closes the room connections that signed-in browser had open', async () => {
    const admin = await facilitator('farah@example.org');
    const socket = await connect(
      t.haven.url,
      { protocolVersion: PROTOCOL_VERSION },
      admin.cookie ?? '',
    );
    const closed = new Promise<void>((resolve) =>
      socket.socket.once('disconnect', () => resolve()),
    );
    expect((await admin.call('auth:sign-out')).status).toBe(200);
    await closed;
    // The cookie no longer opens a connection.
    await expect(
      connect(t.haven.url, { protocolVersion: PROTOCOL_VERSION }, admin.cookie ?? ''),
    ).rejects.toThrow();
  });

  it('invites staff with one-time links that carry the role', async () => {
    const admin = await facilitator('farah@example.org');
    const invite = await admin.call('staff:invite', { body: { role: 'moderator' } });
    const { link } = invite.body as { link: string };
    expect(link).toMatch(/\/staff\/join#[A-Za-z0-9_-]{43}$/);

    const newcomer = new HttpClient(t.haven.url);
    const accepted = await newcomer.call('staff:accept-invite', {
      body: { token: tokenOf(link), name: 'Mo', email: 'mo@example.org', password: PASSWORD },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ staff: { role: 'moderator', isAdmin: false } });
    expect((await newcomer.call('auth:me')).status).toBe(200);

    const again = await new HttpClient(t.haven.url).call('staff:accept-invite', {
      body: { token: tokenOf(link), name: 'X', email: 'x@example.org', password: PASSWORD },
    });
    expect(again.status).toBe(404);

    // A moderator may not invite anyone.
    const byModerator = await newcomer.call('staff:invite', { body: { role: 'facilitator' } });
    expect(byModerator.status).toBe(403);
  });

  it('lets an administrator reset a password, which signs the person out everywhere', async () => {
    const admin = await facilitator('farah@example.org');
    const other = await facilitator('omar@example.org');
    const omarId = ((await other.call('auth:me')).body as { staff: { id: string } }).staff.id;

    expect((await other.call('staff:reset-password', { params: { staffId: omarId } })).status).toBe(
      403,
    );
    const reset = await admin.call('staff:reset-password', { params: { staffId: omarId } });
    expect(reset.status).toBe(200);
    const newPassword = 'another long passphrase';
    const set = await new HttpClient(t.haven.url).call('staff:set-password', {
      body: { token: tokenOf((reset.body as { link: string }).link), password: newPassword },
    });
    expect(set.status).toBe(200);
    expect((await other.call('auth:me')).status).toBe(401);
    const back = await new HttpClient(t.haven.url).call('auth:sign-in', {
      body: { email: 'omar@example.org', password: newPassword },
    });
    expect(back.status).toBe(200);
    const tooShort = await new HttpClient(t.haven.url).call('staff:set-password', {
      body: { token: tokenOf((reset.body as { link: string }).link), password: 'short' },
    });
    expect(tooShort.status).toBe(400);
  });

  it('hashes with argon2id at the chosen cost', async () => {
    await facilitator('farah@example.org');
    const stored = await t.haven.store.staff.findByEmail('farah@example.org');
    const { memoryCost, timeCost, parallelism } = ARGON2_PARAMS;
    expect(stored?.passwordHash).toMatch(
      new RegExp(`^\\$argon2id\\$v=19\\$m=${memoryCost},t=${timeCost},p=${parallelism}\\$`),
    );
    expect(memoryCost).toBeGreaterThanOrEqual(19_456);
  });
});
