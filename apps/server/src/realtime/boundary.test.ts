import { PROTOCOL_VERSION } from '@haven/protocol';
import { io as connectClient, type Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import {
  clientMsgId,
  connect,
  expectOk,
  joinAs,
  joinPayload,
  freshHavenPerTest,
  type TestClient,
} from '../test-support/haven-under-test';
import { createDemoSession } from '../demo/demo-session';
import { randomIds, systemClock } from '../system';

/** Emits anything at all, bypassing the typed client, and waits for the ack. */
const rawRequest = (c: TestClient, event: string, ...args: unknown[]): Promise<unknown> =>
  (c.socket as unknown as Socket).timeout(5000).emitWithAck(event, ...args);

describe('the event boundary', () => {
  const h = freshHavenPerTest();
  const client = () => h.client();

  it('refuses malformed payloads on every event with INVALID_ARGUMENT and changes nothing', async () => {
    const bystander = await client();
    expectOk(await joinAs(bystander, h.t.sessionId, 'Bystander'));
    const tester = await client();

    const badJoins: unknown[] = [
      undefined,
      null,
      42,
      'join me',
      [],
      {},
      { ...joinPayload(h.t.sessionId), protocolVersion: '1' },
      { ...joinPayload(h.t.sessionId), sessionId: 7 },
      { ...joinPayload(h.t.sessionId), sessionId: '../../etc' },
      { ...joinPayload(h.t.sessionId), sessionId: 'x'.repeat(10_000) },
      { ...joinPayload(h.t.sessionId), lastSeq: -1 },
      { ...joinPayload(h.t.sessionId), lastSeq: 1.5 },
      // Identity never comes from a payload: naming oneself is refused, not obeyed.
      { ...joinPayload(h.t.sessionId), displayName: 'Someone else' },
      { ...joinPayload(h.t.sessionId), role: 'moderator' },
      { ...joinPayload(h.t.sessionId), participantId: 'someone-else' },
      { ...joinPayload(h.t.sessionId), deviceToken: 'x'.repeat(43) },
      { sessionId: h.t.sessionId },
    ];
    for (const payload of badJoins)
      expect(
        await rawRequest(tester, 'session:join', payload),
        JSON.stringify(payload)?.slice(0, 80),
      ).toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGUMENT' },
      });
    expect(bystander.received('participant:joined')).toHaveLength(0);

    expectOk(await joinAs(tester, h.t.sessionId, 'Tester'));
    const badSends: unknown[] = [
      undefined,
      {},
      { text: 'no id' },
      { clientMsgId: clientMsgId() },
      { clientMsgId: clientMsgId(), text: 5 },
      { clientMsgId: clientMsgId(), text: ['a'] },
      { clientMsgId: 'has spaces', text: 'x' },
      { clientMsgId: clientMsgId(), text: 'x'.repeat(10_000) },
      { clientMsgId: clientMsgId(), text: 'x', senderId: 'someone-else' },
    ];
    for (const payload of badSends)
      expect(await rawRequest(tester, 'chat:send', payload)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGUMENT' },
      });
    const badHistory: unknown[] = [
      { limit: 0 },
      { limit: 10_000 },
      { afterSeq: 'a' },
      { afterSeq: 1, beforeSeq: 5 },
      { afterSeq: 1.5 },
    ];
    for (const payload of badHistory)
      expect(await rawRequest(tester, 'chat:history', payload)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGUMENT' },
      });
    expect(await rawRequest(tester, 'session:leave', { now: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });

    // Nothing was stored, and everyone is still served.
    const page = expectOk(await bystander.request('chat:history', {}));
    expect(page.messages).toHaveLength(0);
    expectOk(
      await bystander.request('chat:send', { clientMsgId: clientMsgId(), text: 'still here' }),
    );
    await tester.waitFor('chat:message');
  });

  it('drops events without an ack callback and unknown events, and keeps serving', async () => {
    const c = await client();
    const raw = c.socket as unknown as Socket;
    raw.emit('session:join', joinPayload(h.t.sessionId));
    raw.emit('chat:send', { clientMsgId: clientMsgId(), text: 'no ack' });
    raw.emit('chat:send');
    raw.emit('no:such-event', { x: 1 }, () => undefined);
    raw.emit(
      'session:join',
      () => undefined,
      () => undefined,
    );
    const joined = expectOk(await joinAs(c, h.t.sessionId, 'Acked'));
    // The ack-less join did nothing: this connection joined exactly once, as "Acked".
    expect(joined.participants.map((p) => p.displayName)).toEqual(['Acked']);
    expect(joined.history).toHaveLength(0);
  });

  it('closes only the connection that sends an oversized frame', async () => {
    const bystander = await client();
    expectOk(await joinAs(bystander, h.t.sessionId, 'Bystander'));
    const flooder = await client();
    const closed = new Promise((r) => flooder.socket.once('disconnect', r));
    (flooder.socket as unknown as Socket).emit(
      'chat:send',
      { text: 'x'.repeat(1_000_000) },
      () => undefined,
    );
    await closed;
    expectOk(await bystander.request('chat:send', { clientMsgId: clientMsgId(), text: 'fine' }));
  });

  it('refuses connections with no identity or another protocol version, clearly', async () => {
    const crossSite = await new Promise<string>((resolve) => {
      const s = connectClient(h.t.haven.url, {
        auth: { protocolVersion: PROTOCOL_VERSION },
        extraHeaders: { origin: 'https://evil.example' },
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      s.once('connect', () => resolve('connected'));
      s.once('connect_error', () => resolve('refused'));
    });
    expect(crossSite).toBe('refused');
    const anonymous = await connect(h.t.haven.url, { protocolVersion: PROTOCOL_VERSION }).then(
      () => null,
      (e: unknown) => e as Error & { data?: unknown },
    );
    expect(anonymous?.data).toMatchObject({ code: 'UNAUTHENTICATED' });
    const forged = await connect(h.t.haven.url, {
      protocolVersion: PROTOCOL_VERSION,
      deviceToken: 'x'.repeat(43),
    }).then(
      () => null,
      (e: unknown) => e as Error & { data?: unknown },
    );
    expect(forged?.data).toMatchObject({ code: 'UNAUTHENTICATED' });
    const error = await connect(h.t.haven.url, { protocolVersion: PROTOCOL_VERSION + 1 }).then(
      () => null,
      (e: unknown) => e as Error & { data?: unknown },
    );
    expect(error?.data).toMatchObject({ code: 'UNSUPPORTED_PROTOCOL' });
    const noVersion = await connect(h.t.haven.url, {}).then(
      () => null,
      (e: unknown) => e as Error & { data?: unknown },
    );
    expect(noVersion?.data).toMatchObject({ code: 'UNSUPPORTED_PROTOCOL' });

    const c = await client();
    expect(await joinAs(c, h.t.sessionId, 'Old', { protocolVersion: 0 })).toMatchObject({
      ok: false,
      error: { code: 'UNSUPPORTED_PROTOCOL' },
    });
  });

  it('answers NOT_FOUND for an unknown session', async () => {
    const c = await client();
    expect(await c.request('session:join', joinPayload('nope'))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('lets only one of two joins sent at once on one connection through', async () => {
    const other = await createDemoSession(h.t.haven.store, systemClock, randomIds);
    const c = await client();
    const [a, b] = await Promise.all([
      joinAs(c, h.t.sessionId, 'Twice'),
      joinAs(c, other, 'Twice'),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const joinedOther = b.ok;
    const watcher = await client();
    const seen = expectOk(await joinAs(watcher, joinedOther ? h.t.sessionId : other, 'W'));
    // The refused join left no one behind in the other room.
    expect(seen.participants.map((p) => p.displayName)).toEqual(['W']);
  });

  it('treats a second join on one connection as a resume of the same person, in one session only', async () => {
    const c = await client();
    const first = expectOk(await joinAs(c, h.t.sessionId, 'X'));
    const other = await client();
    expectOk(await joinAs(other, h.t.sessionId, 'Y'));
    const again = expectOk(await c.request('session:join', joinPayload(h.t.sessionId)));
    expect(again.self.id).toBe(first.self.id);
    expect(again.participants.map((p) => p.displayName).sort()).toEqual(['X', 'Y']);
    expect(other.received('participant:joined')).toHaveLength(0);
    const elsewhere = await createDemoSession(h.t.haven.store, systemClock, randomIds);
    expect(await c.request('session:join', joinPayload(elsewhere))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('refuses a flood from one person with RATE_LIMITED while others are served', async () => {
    const flooder = await client();
    const calm = await client();
    expectOk(await joinAs(flooder, h.t.sessionId, 'Flooder'));
    expectOk(await joinAs(calm, h.t.sessionId, 'Calm'));

    const flood = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        flooder.request('chat:send', { clientMsgId: clientMsgId(), text: `spam ${i}` }),
      ),
    );
    const limited = flood.filter((r) => !r.ok && r.error.code === 'RATE_LIMITED');
    expect(limited.length).toBeGreaterThan(15);
    expect(flood.filter((r) => r.ok).length).toBeGreaterThan(0);
    expectOk(await calm.request('chat:send', { clientMsgId: clientMsgId(), text: 'I am fine' }));

    // A burst of any events at all from one connection is cut off too.
    const anything = await Promise.all(
      Array.from({ length: 80 }, () => flooder.request('chat:history', { limit: 1 })),
    );
    expect(anything.some((r) => !r.ok && r.error.code === 'RATE_LIMITED')).toBe(true);
    expectOk(await calm.request('chat:history', { limit: 1 }));
  });
});
