import { describe, expect, it } from 'vitest';
import {
  expectPosted,
  clientMsgId,
  expectOk,
  joinAs,
  freshHavenPerTest,
} from '../../test-support/haven-under-test';
import { createDemoSession } from '../../demo/demo-session';
import { randomIds, systemClock } from '../../system';

describe('live chat', () => {
  const h = freshHavenPerTest();
  const client = () => h.client();

  it('delivers messages between two people, in order, with a server-assigned sender', async () => {
    const amal = await client();
    const bohdan = await client();
    const a = expectOk(await joinAs(amal, h.t.sessionId, 'Amal'));
    const b = expectOk(await joinAs(bohdan, h.t.sessionId, '  Bohdan  '));
    expect(b.self.displayName).toBe('Bohdan');
    expect(b.participants.map((p) => p.displayName).sort()).toEqual(['Amal', 'Bohdan']);
    await amal.waitFor('participant:joined');
    expect(amal.received('participant:joined')[0]?.id).toBe(b.self.id);

    const sent = expectPosted(
      await amal.request('chat:send', { clientMsgId: clientMsgId(), text: 'مرحبا' }),
    );
    expect(sent.message).toMatchObject({ senderId: a.self.id, senderName: 'Amal', text: 'مرحبا' });
    const answer = expectPosted(
      await bohdan.request('chat:send', { clientMsgId: clientMsgId(), text: 'Привіт' }),
    );

    const [atB] = await bohdan.waitFor('chat:message');
    const [atA] = await amal.waitFor('chat:message');
    expect(atB).toEqual(sent.message);
    expect(atA).toEqual(answer.message);
    expect(atA!.seq).toBeGreaterThan(atB!.seq);
    // A sender's own connection has the message in its acknowledgement, not a second time: Amal
    // would have had her own copy before Bohdan's (one connection keeps its order).
    expect(amal.received('chat:message').map((m) => m.text)).toEqual(['Привіт']);
    expect(bohdan.received('chat:message').map((m) => m.text)).toEqual(['مرحبا']);
  });

  it('shows recent history to someone who joins later', async () => {
    const amal = await client();
    expectOk(await joinAs(amal, h.t.sessionId, 'Amal'));
    for (const text of ['one', 'two', 'three'])
      expectPosted(await amal.request('chat:send', { clientMsgId: clientMsgId(), text }));

    const late = await client();
    const joined = expectOk(await joinAs(late, h.t.sessionId, 'Late'));
    expect(joined.history.map((m) => m.text)).toEqual(['one', 'two', 'three']);
    expect(joined.historyComplete).toBe(true);
  });

  it('strips control characters and refuses empty or too long messages, changing nothing', async () => {
    const amal = await client();
    expectOk(await joinAs(amal, h.t.sessionId, 'Amal'));
    const clean = expectPosted(
      await amal.request('chat:send', {
        clientMsgId: clientMsgId(),
        text: ' hi\u0007 there\u202E ',
      }),
    );
    expect(clean.message.text).toBe('hi there');

    for (const text of ['   ', '\u0000\u0001', 'x'.repeat(2001)]) {
      const result = await amal.request('chat:send', { clientMsgId: clientMsgId(), text });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    }
    const page = expectOk(await amal.request('chat:history', {}));
    expect(page.messages.map((m) => m.text)).toEqual(['hi there']);
  });

  it('returns the stored message, not a copy, when a send is retried with the same id', async () => {
    const amal = await client();
    expectOk(await joinAs(amal, h.t.sessionId, 'Amal'));
    const id = clientMsgId();
    const first = expectPosted(await amal.request('chat:send', { clientMsgId: id, text: 'once' }));
    const again = expectPosted(await amal.request('chat:send', { clientMsgId: id, text: 'once' }));
    expect(again.message).toEqual(first.message);
    const page = expectOk(await amal.request('chat:history', {}));
    expect(page.messages).toHaveLength(1);
  });

  it('refuses to post for a connection that has not joined, and never into another room', async () => {
    const outsider = await client();
    const result = await outsider.request('chat:send', {
      clientMsgId: clientMsgId(),
      text: 'hello?',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    const member = await client();
    expectOk(await joinAs(member, h.t.sessionId, 'Member'));
    // A room id in the payload is not part of the contract: it is refused, not obeyed.
    const smuggled = await member.request('chat:send', {
      clientMsgId: clientMsgId(),
      text: 'x',
      sessionId: 'other',
    } as never);
    expect(smuggled).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(member.received('chat:message')).toHaveLength(0);
  });

  it('keeps rooms apart: a message reaches only the room of its sender', async () => {
    const other = await createDemoSession(h.t.haven.store, systemClock, randomIds);
    const here = await client();
    const there = await client();
    expectOk(await joinAs(here, h.t.sessionId, 'Here'));
    expectOk(await joinAs(there, other, 'There'));
    const hereToo = await client();
    expectOk(await joinAs(hereToo, h.t.sessionId, 'Here too'));
    expectPosted(
      await here.request('chat:send', { clientMsgId: clientMsgId(), text: 'only here' }),
    );
    expectPosted(
      await there.request('chat:send', { clientMsgId: clientMsgId(), text: 'only there' }),
    );
    expectPosted(
      await hereToo.request('chat:send', { clientMsgId: clientMsgId(), text: 'here again' }),
    );
    await here.waitFor('chat:message');
    await hereToo.waitFor('chat:message');
    expect(here.received('chat:message').map((m) => m.text)).toEqual(['here again']);
    expect(hereToo.received('chat:message').map((m) => m.text)).toEqual(['only here']);
    expect(there.received('chat:message')).toHaveLength(0);
    expect(here.received('participant:joined').map((p) => p.displayName)).toEqual(['Here too']);
    expect(there.received('participant:joined')).toHaveLength(0);
    const page = expectOk(await there.request('chat:history', {}));
    expect(page.messages.map((m) => m.text)).toEqual(['only there']);
  });

  it('pages back through older messages', async () => {
    const amal = await client();
    expectOk(await joinAs(amal, h.t.sessionId, 'Amal'));
    for (let i = 1; i <= 5; i++)
      expectPosted(await amal.request('chat:send', { clientMsgId: clientMsgId(), text: `m${i}` }));
    const newest = expectOk(await amal.request('chat:history', { limit: 2 }));
    expect(newest.messages.map((m) => m.text)).toEqual(['m4', 'm5']);
    expect(newest.complete).toBe(false);
    const older = expectOk(
      await amal.request('chat:history', { beforeSeq: newest.messages[0]!.seq, limit: 3 }),
    );
    expect(older.messages.map((m) => m.text)).toEqual(['m1', 'm2', 'm3']);
    expect(older.complete).toBe(true);
    const after = expectOk(
      await amal.request('chat:history', { afterSeq: older.messages[1]!.seq }),
    );
    expect(after.messages.map((m) => m.text)).toEqual(['m3', 'm4', 'm5']);
    expect(after.complete).toBe(true);
  });
});
