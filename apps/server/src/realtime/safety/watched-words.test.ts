import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROTOCOL_VERSION, type WatchedWord } from '@haven/protocol';
import { describe, expect, it } from 'vitest';
import {
  clientMsgId,
  codeOf,
  connect,
  expectOk,
  expectPosted,
  freshHavenPerTest,
  joinAs,
  joinPayload,
  participant,
  startTestHaven,
  type TestClient,
} from '../../test-support/haven-under-test';
import { groupId } from '../../test-support/media';
import { signedInStaff } from '../../test-support/staff';

describe('watched words in a live room', () => {
  const s = freshHavenPerTest();

  /** A facilitator's list, saved as the app does; a room with Amal, Bohdan and a moderator. */
  async function roomWith(words: WatchedWord[], locale = 'en') {
    const sid = s.t.sessionId;
    const gid = await groupId(s.t);
    const farah = (
      await signedInStaff(s.t.haven.url, s.t.haven.store, { role: 'facilitator', assignTo: gid })
    ).client;
    const saved = await farah.call('safety:set-group-watched-words', {
      params: { groupId: gid, locale },
      body: { words },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const amal = await s.client('Amal');
    expectOk(await joinAs(amal, sid, 'Amal'));
    const bohdan = await s.client('Bohdan');
    expectOk(await joinAs(bohdan, sid, 'Bohdan'));
    const mo = await s.staff();
    expectOk(await mo.request('session:join', joinPayload(sid)));
    return { sid, gid, farah, amal, bohdan, mo };
  }

  /** A message everyone else receives: by then, anything sent before it would have arrived too. */
  async function marker(from: TestClient, others: TestClient[], n: number) {
    expectPosted(await from.request('chat:send', { clientMsgId: clientMsgId(), text: 'marker' }));
    for (const c of others) await c.waitFor('chat:message', n);
  }

  it('block: the message is refused with a gentle word, stored nowhere, seen by nobody', async () => {
    const { sid, amal, bohdan, mo } = await roomWith([{ phrase: 'buy pills', action: 'block' }]);
    const refused = await amal.request('chat:send', {
      clientMsgId: clientMsgId(),
      text: 'Who can BUY   pills for me?',
    });
    expect(codeOf(refused)).toBe('MESSAGE_BLOCKED');
    expect(!refused.ok && refused.error.message).toMatch(/not sent/);
    await marker(mo, [amal, bohdan], 1);
    for (const c of [amal, bohdan]) expect(c.received('chat:message')).toHaveLength(1);
    expect(await s.t.haven.store.chat.after(sid, 0, 10)).toHaveLength(1);
    // Moderators' own messages are not filtered: they may quote what they act on.
    expectPosted(
      await mo.request('chat:send', { clientMsgId: clientMsgId(), text: 'no "buy pills"' }),
    );
  });

  it('hold: nobody but the sender sees it until a moderator shares it, then everyone does', async () => {
    const { amal, bohdan, mo } = await roomWith([{ phrase: 'idiot*', action: 'hold' }]);
    const id = clientMsgId();
    const reply = expectOk(
      await amal.request('chat:send', { clientMsgId: id, text: 'You idiots' }),
    );
    if (!('held' in reply)) throw new Error('expected the message held');
    // The sender learns it waits, not which words held it.
    expect(reply.held).toMatchObject({ clientMsgId: id, text: 'You idiots' });
    expect(reply.held.phrases).toBeUndefined();
    const [held] = await mo.waitFor('chat:message-held');
    expect(held).toMatchObject({ id: reply.held.id, senderName: 'Amal', phrases: ['idiot*'] });

    // A retry is the same held message, not a second.
    const again = expectOk(
      await amal.request('chat:send', { clientMsgId: id, text: 'You idiots' }),
    );
    expect('held' in again && again.held.id).toBe(reply.held.id);
    expect(expectOk(await mo.request('chat:held', {})).held).toHaveLength(1);
    expect(expectOk(await amal.request('chat:held', {})).held.map((h) => h.id)).toEqual([held!.id]);
    expect(expectOk(await bohdan.request('chat:held', {})).held).toEqual([]);
    await marker(mo, [amal, bohdan], 1);
    expect(bohdan.received('chat:message').map((m) => m.text)).toEqual(['marker']);
    expect(bohdan.received('chat:message-held')).toEqual([]);
    expect(amal.received('chat:message-held')).toEqual([]);

    // Participants cannot decide; a moderator shares it: it takes the next seq as Amal's message.
    expect(codeOf(await bohdan.request('chat:share-held', { heldId: held!.id }))).toBe('FORBIDDEN');
    expectOk(await mo.request('chat:share-held', { heldId: held!.id }));
    const atBohdan = await bohdan.waitFor('chat:message', 2);
    expect(atBohdan[1]).toMatchObject({ text: 'You idiots', senderName: 'Amal', clientMsgId: id });
    const [resolved] = await amal.waitFor('chat:held-resolved');
    expect(resolved).toEqual({ id: held!.id, clientMsgId: id, outcome: 'shared' });
    expect(bohdan.received('chat:held-resolved')).toEqual([]);
    expect(expectOk(await mo.request('chat:held', {})).held).toEqual([]);
    // Shared once only, and a retry of the original send now finds the posted message.
    expect(codeOf(await mo.request('chat:share-held', { heldId: held!.id }))).toBe('NOT_FOUND');
    const retried = expectPosted(
      await amal.request('chat:send', { clientMsgId: id, text: 'You idiots' }),
    );
    expect(retried.message.seq).toBe(atBohdan[1]!.seq);
  });

  it('hold: a message is called waiting only once it is on disk; a failed write says so', async () => {
    const { amal, mo } = await roomWith([{ phrase: 'idiot', action: 'hold' }]);
    const held = s.t.haven.store.held;
    const write = held.hold.bind(held);
    let fail: (e: Error) => void = () => undefined;
    // The disk stalls, then fails: both the send and its retry must hear of it.
    held.hold = () => new Promise<void>((_, reject) => (fail = reject));
    const id = clientMsgId();
    const first = amal.request('chat:send', { clientMsgId: id, text: 'idiot' });
    await new Promise((r) => setTimeout(r, 50));
    const retry = amal.request('chat:send', { clientMsgId: id, text: 'idiot' });
    await new Promise((r) => setTimeout(r, 50));
    expect(expectOk(await mo.request('chat:held', {})).held).toEqual([]);
    fail(new Error('disk full'));
    expect(codeOf(await first)).toBe('UNAVAILABLE');
    expect(codeOf(await retry)).toBe('UNAVAILABLE');
    expect(mo.received('chat:message-held')).toEqual([]);

    held.hold = write;
    const again = expectOk(await amal.request('chat:send', { clientMsgId: id, text: 'idiot' }));
    expect('held' in again).toBe(true);
    expect(await mo.waitFor('chat:message-held')).toHaveLength(1);
  });

  it('hold, then delete: the message vanishes, from the store too', async () => {
    const { sid, amal, bohdan, mo } = await roomWith([{ phrase: 'idiot', action: 'hold' }]);
    const reply = expectOk(
      await amal.request('chat:send', { clientMsgId: clientMsgId(), text: 'idiot' }),
    );
    if (!('held' in reply)) throw new Error('expected the message held');
    await mo.waitFor('chat:message-held');
    expectOk(await mo.request('chat:delete-held', { heldId: reply.held.id }));
    expect(await amal.waitFor('chat:held-resolved')).toEqual([
      { id: reply.held.id, clientMsgId: reply.held.clientMsgId, outcome: 'deleted' },
    ]);
    expect(await s.t.haven.store.held.of(sid)).toEqual([]);
    await marker(mo, [amal, bohdan], 1);
    expect(bohdan.received('chat:message').map((m) => m.text)).toEqual(['marker']);
    const history = expectOk(await bohdan.request('chat:history', {}));
    expect(history.messages.map((m) => m.text)).toEqual(['marker']);
    // The audit says a moderator deleted something of Amal's; not what.
    const audit = await s.t.haven.store.audit.forSession(sid);
    expect(audit.map((e) => [e.action, e.targetName, e.detail])).toContainEqual([
      'held-message-deleted',
      'Amal',
      null,
    ]);
    expect(JSON.stringify(audit)).not.toContain('idiot');
  });

  it('flag: the message is posted and only the moderators get a private alert', async () => {
    const { amal, bohdan, mo } = await roomWith([{ phrase: 'أريد أن أموت', action: 'flag' }], 'ar');
    const sent = expectPosted(
      await amal.request('chat:send', { clientMsgId: clientMsgId(), text: 'اريد ان اموت' }),
    );
    const [alert] = await mo.waitFor('support:alert');
    expect(alert).toMatchObject({
      participantId: sent.message.senderId,
      reason: 'watched-words',
      seq: sent.message.seq,
      acknowledged: null,
    });
    await marker(mo, [bohdan], 2);
    await amal.waitFor('chat:message');
    expect(bohdan.received('chat:message').map((m) => m.text)).toEqual(['اريد ان اموت', 'marker']);
    expect(bohdan.received('support:alert')).toEqual([]);
    expect(amal.received('support:alert')).toEqual([]);
  });

  it("applies the platform's list too, and a saved change at once", async () => {
    const { gid, farah, amal, mo } = await roomWith([]);
    const admin = (
      await signedInStaff(s.t.haven.url, s.t.haven.store, { role: 'facilitator', isAdmin: true })
    ).client;
    const platform = await admin.call('safety:set-platform-watched-words', {
      params: { locale: 'uk' },
      body: { words: [{ phrase: 'не хочу жити', action: 'flag' }] },
    });
    expect(platform.status).toBe(200);
    await farah.call('safety:set-group-watched-words', {
      params: { groupId: gid, locale: 'en' },
      body: { words: [{ phrase: 'spam', action: 'block' }] },
    });
    // The change reaches the live room in the background; it is there within moments.
    await expect
      .poll(async () =>
        codeOf(await amal.request('chat:send', { clientMsgId: clientMsgId(), text: 'SPAM' })),
      )
      .toBe('MESSAGE_BLOCKED');
    expectPosted(
      await amal.request('chat:send', { clientMsgId: clientMsgId(), text: 'Я НЕ ХОЧУ ЖИТИ' }),
    );
    expect((await mo.waitFor('support:alert'))[0]?.reason).toBe('watched-words');
  });

  it('refuses a list with a mistake in it and keeps the one it had', async () => {
    const { gid, farah } = await roomWith([{ phrase: 'idiot', action: 'hold' }]);
    for (const words of [
      [{ phrase: 'su*cide', action: 'flag' }],
      [{ phrase: '!!!', action: 'flag' }],
      [{ phrase: 'x', action: 'mute' }],
      [
        { phrase: 'Idiot', action: 'hold' },
        { phrase: 'idiot', action: 'block' },
      ],
    ]) {
      const res = await farah.call('safety:set-group-watched-words', {
        params: { groupId: gid, locale: 'en' },
        body: { words } as never,
      });
      expect(res.status, JSON.stringify(words)).toBe(400);
    }
    const kept = await farah.call('safety:group-watched-words', { params: { groupId: gid } });
    expect(kept.body).toEqual({
      lists: [{ locale: 'en', words: [{ phrase: 'idiot', action: 'hold' }] }],
    });
  });
});

describe('a held message across a restart', () => {
  it('still waits for a moderator after the server restarts, and is shared once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'haven-held-'));
    try {
      const first = await startTestHaven({ dataDir });
      const gid = await groupId(first);
      await first.haven.store.watch.set(gid, 'en', [{ phrase: 'idiot', action: 'hold' }]);
      const amal = await participant(first.haven.url, first.sessionId, 'Amal');
      expectOk(await joinAs(amal, first.sessionId, 'Amal'));
      const id = clientMsgId();
      const reply = expectOk(await amal.request('chat:send', { clientMsgId: id, text: 'idiot' }));
      expect('held' in reply).toBe(true);
      amal.close();
      await first.stop();

      const second = await startTestHaven({ dataDir }, { sessionId: first.sessionId });
      try {
        const { client: http } = await signedInStaff(second.haven.url, second.haven.store, {
          role: 'moderator',
          assignTo: gid,
        });
        const mo = await connect(
          second.haven.url,
          { protocolVersion: PROTOCOL_VERSION },
          http.cookie ?? undefined,
        );
        expectOk(await mo.request('session:join', joinPayload(second.sessionId)));
        const [held] = expectOk(await mo.request('chat:held', {})).held;
        expect(held).toMatchObject({ clientMsgId: id, text: 'idiot', senderName: 'Amal' });
        expectOk(await mo.request('chat:share-held', { heldId: held!.id }));
        const [shared] = await mo.waitFor('chat:message');
        expect(shared).toMatchObject({ clientMsgId: id, text: 'idiot' });
        expect(await second.haven.store.held.of(second.sessionId)).toEqual([]);
        expect(await second.haven.store.chat.after(second.sessionId, 0, 10)).toHaveLength(1);
        mo.close();
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
