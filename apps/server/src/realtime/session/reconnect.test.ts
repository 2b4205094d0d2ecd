import { PROTOCOL_VERSION } from '@haven/protocol';
import { describe, expect, it } from 'vitest';
import {
  expectPosted,
  clientMsgId,
  connect,
  expectOk,
  joinAs,
  joinPayload,
  freshHavenPerTest,
} from '../../test-support/haven-under-test';

/** Waits until `predicate` holds, polling; for state that has no event to wait on. */
async function eventually(predicate: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('dropped connections', () => {
  const h = freshHavenPerTest({ reconnectGraceMs: 400 });
  const client = () => h.client();

  it('catches a cut-off client up on exactly the 20 messages it missed, in order', async () => {
    const amal = await client();
    const bohdan = await client();
    expectOk(await joinAs(amal, h.t.sessionId, 'Amal'));
    const b = expectOk(await joinAs(bohdan, h.t.sessionId, 'Bohdan'));
    expectPosted(await amal.request('chat:send', { clientMsgId: clientMsgId(), text: 'before' }));
    const [seen] = await bohdan.waitFor('chat:message', 1);
    const lastSeq = seen!.seq;

    // Cut Bohdan's transport, as a phone losing signal would.
    const gone = new Promise((r) => bohdan.socket.once('disconnect', r));
    bohdan.socket.io.engine.close();
    await gone;
    await amal.waitFor('participant:updated');
    expect(amal.received('participant:updated').at(-1)?.status).toBe('reconnecting');

    // Four others send five messages each, all at once.
    const others = [amal];
    for (const name of ['Chen', 'Dina', 'Emre']) {
      const c = await client();
      expectOk(await joinAs(c, h.t.sessionId, name));
      others.push(c);
    }
    const sent = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        others[i % 4]!.request('chat:send', {
          clientMsgId: clientMsgId(),
          text: `missed ${i + 1}`,
        }),
      ),
    );
    const sentSeqs = sent.map((r) => expectPosted(r).message.seq);

    const before = bohdan.received('chat:message').length;
    bohdan.socket.connect();
    await new Promise<void>((r) => bohdan.socket.once('connect', () => r()));
    const back = expectOk(await joinAs(bohdan, h.t.sessionId, 'Bohdan', { lastSeq }));
    expect(back.self.id).toBe(b.self.id);
    expect(back.historyComplete).toBe(true);
    const live = bohdan.received('chat:message').slice(before);
    const got = [...back.history, ...live];
    // Order is the server's seq order, and every acknowledged message is there exactly once.
    expect(got.map((m) => m.seq)).toEqual([...sentSeqs].sort((x, y) => x - y));
    expect(got.map((m) => m.text).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `missed ${i + 1}`).sort(),
    );
    expect(new Set(got.map((m) => m.seq)).size).toBe(20);
  });

  it('pages a long catch-up: more than one reply can hold, in order, none twice', async () => {
    // 250 messages stored before anyone is in the room, as if written during a long absence.
    await h.t.haven.store.chat.append(
      Array.from({ length: 250 }, (_, i) => ({
        sessionId: h.t.sessionId,
        id: `m${i + 1}`,
        seq: i + 1,
        senderId: 'someone',
        senderName: 'Someone',
        clientMsgId: `c${i + 1}`,
        text: `old ${i + 1}`,
        sentAt: new Date(Date.UTC(2026, 10, 26)).toISOString(),
      })),
    );
    const c = await client();
    const joined = expectOk(await joinAs(c, h.t.sessionId, 'Back', { lastSeq: 10 }));
    expect(joined.historyComplete).toBe(false);
    const seqs = joined.history.map((m) => m.seq);
    expect(seqs[0]).toBe(11);
    let complete = false;
    while (!complete) {
      const page = expectOk(await c.request('chat:history', { afterSeq: seqs.at(-1)! }));
      seqs.push(...page.messages.map((m) => m.seq));
      complete = page.complete;
    }
    expect(seqs).toEqual(Array.from({ length: 240 }, (_, i) => i + 11));
    // New messages continue the numbering.
    const sent = expectPosted(
      await c.request('chat:send', { clientMsgId: clientMsgId(), text: 'new' }),
    );
    expect(sent.message.seq).toBe(251);
  });

  it('lets a newer tab replace the old one without the person seeming to drop or leave', async () => {
    const amal = await client();
    const oldTab = await client();
    expectOk(await joinAs(amal, h.t.sessionId, 'Amal'));
    const first = expectOk(await joinAs(oldTab, h.t.sessionId, 'B'));
    // Same device (same token), a second connection: a reload or a new network.
    const newTab = await connect(h.t.haven.url, {
      protocolVersion: PROTOCOL_VERSION,
      deviceToken: oldTab.deviceToken,
    });
    const gone = new Promise<void>((r) => oldTab.socket.once('disconnect', () => r()));
    const again = expectOk(await newTab.request('session:join', joinPayload(h.t.sessionId)));
    expect(again.self.id).toBe(first.self.id);
    // The newer connection replaced the old one.
    await gone;
    expectPosted(
      await newTab.request('chat:send', { clientMsgId: clientMsgId(), text: 'still me' }),
    );
    await amal.waitFor('chat:message');
    expect(amal.received('participant:left')).toHaveLength(0);
    expect(amal.received('participant:updated').filter((p) => p.status === 'reconnecting')).toEqual(
      [],
    );
    newTab.close();
  });

  it('keeps the same identity when the person comes back with their resume token', async () => {
    const amal = await client();
    const bohdan = await client();
    expectOk(await joinAs(amal, h.t.sessionId, 'Amal'));
    const first = expectOk(await joinAs(bohdan, h.t.sessionId, 'Bohdan'));

    bohdan.socket.io.engine.close();
    await amal.waitFor('participant:updated', 1);
    expect(amal.received('participant:updated')[0]).toMatchObject({
      id: first.self.id,
      status: 'reconnecting',
    });

    bohdan.socket.connect();
    await new Promise<void>((r) => bohdan.socket.once('connect', () => r()));
    const back = expectOk(await joinAs(bohdan, h.t.sessionId, 'Bohdan', { lastSeq: 0 }));
    expect(back.self.id).toBe(first.self.id);
    await amal.waitFor('participant:updated', 2);
    expect(amal.received('participant:updated')[1]).toMatchObject({
      id: first.self.id,
      status: 'present',
    });
    expect(amal.received('participant:joined')).toHaveLength(1);
    expect(back.participants.filter((p) => p.id === first.self.id)).toHaveLength(1);
  });

  it('shows a dropped person as reconnecting, then as gone after the grace period', async () => {
    const amal = await client();
    const bohdan = await client();
    expectOk(await joinAs(amal, h.t.sessionId, 'Amal'));
    const b = expectOk(await joinAs(bohdan, h.t.sessionId, 'Bohdan'));
    bohdan.socket.io.engine.close();
    await amal.waitFor('participant:updated');
    expect(amal.received('participant:left')).toHaveLength(0);
    const [left] = await amal.waitFor('participant:left');
    expect(left).toEqual({ participantId: b.self.id });

    const late = await client();
    const view = expectOk(await joinAs(late, h.t.sessionId, 'Late'));
    expect(view.participants.map((p) => p.displayName).sort()).toEqual(['Amal', 'Late']);
  });

  it('lets a person leave at once, and a resumed sender retry without a duplicate', async () => {
    const amal = await client();
    const bohdan = await client();
    expectOk(await joinAs(amal, h.t.sessionId, 'Amal'));
    const b = expectOk(await joinAs(bohdan, h.t.sessionId, 'Bohdan'));
    const id = clientMsgId();
    const sent = expectPosted(
      await bohdan.request('chat:send', { clientMsgId: id, text: 'hello' }),
    );

    bohdan.socket.io.engine.close();
    await amal.waitFor('participant:updated');
    bohdan.socket.connect();
    await new Promise<void>((r) => bohdan.socket.once('connect', () => r()));
    expectOk(await joinAs(bohdan, h.t.sessionId, 'Bohdan', { lastSeq: sent.message.seq }));
    const retried = expectPosted(
      await bohdan.request('chat:send', { clientMsgId: id, text: 'hello' }),
    );
    expect(retried.message).toEqual(sent.message);

    expectOk(await bohdan.request('session:leave', {}));
    const [left] = await amal.waitFor('participant:left');
    expect(left).toEqual({ participantId: b.self.id });
    const after = await bohdan.request('chat:send', { clientMsgId: clientMsgId(), text: 'x' });
    expect(after).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await eventually(() => amal.received('chat:message').length === 1);
  });
});

describe('leaving while the connection closes', () => {
  // A long grace: a leave taken for a lost connection would show here as a 30 s wait.
  const h = freshHavenPerTest({ reconnectGraceMs: 30_000 });

  it('takes a leave sent just before the connection closes as leaving (a quick exit)', async () => {
    const amal = await h.client();
    const bohdan = await h.client();
    expectOk(await joinAs(amal, h.t.sessionId, 'Amal'));
    const b = expectOk(await joinAs(bohdan, h.t.sessionId, 'Bohdan'));
    // The app says goodbye and closes at once, without waiting for the answer.
    bohdan.socket.emit('session:leave', {}, () => undefined);
    bohdan.socket.disconnect();
    // Gone now, not after the grace period a lost connection gets.
    const [left] = await amal.waitFor('participant:left');
    expect(left).toEqual({ participantId: b.self.id });
  });
});
