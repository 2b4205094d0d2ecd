import { describe, expect, it } from 'vitest';
import {
  clientMsgId,
  codeOf,
  expectOk,
  freshHavenPerTest,
  joinAs,
  joinPayload,
} from '../../test-support/haven-under-test';

describe("the moderators' private channel", () => {
  const s = freshHavenPerTest();

  it('co-moderators talk privately; participants never receive it, even by asking', async () => {
    const sid = s.t.sessionId;
    const amal = await s.client('Amal');
    expectOk(await joinAs(amal, sid, 'Amal'));
    const modA = await s.staff();
    expectOk(await modA.request('session:join', joinPayload(sid)));
    const modB = await s.staff('facilitator');
    expectOk(await modB.request('session:join', joinPayload(sid)));

    const { message } = expectOk(
      await modA.request('modchat:send', {
        clientMsgId: clientMsgId(),
        text: '  Amal seems upset ',
      }),
    );
    expect(message.text).toBe('Amal seems upset');
    expect((await modB.waitFor('modchat:message')).map((m) => m.text)).toEqual([
      'Amal seems upset',
    ]);
    expect((await modA.waitFor('modchat:message')).map((m) => m.id)).toEqual([message.id]);

    // A participant asking for it, or trying to post, is refused, and was never sent any.
    expect(codeOf(await amal.request('modchat:history', {}))).toBe('FORBIDDEN');
    expect(
      codeOf(await amal.request('modchat:send', { clientMsgId: clientMsgId(), text: 'hi' })),
    ).toBe('FORBIDDEN');
    // The room's own chat goes on meanwhile; by the time Amal sees it, a leak would have too.
    expectOk(await modB.request('chat:send', { clientMsgId: clientMsgId(), text: 'Welcome' }));
    await amal.waitFor('chat:message');
    expect(amal.received('modchat:message')).toEqual([]);
  });

  it('keeps the channel across reconnects, in order, and a retried send is stored once', async () => {
    const sid = s.t.sessionId;
    const mod = await s.staff();
    expectOk(await mod.request('session:join', joinPayload(sid)));
    const first = clientMsgId();
    const sent = expectOk(await mod.request('modchat:send', { clientMsgId: first, text: 'one' }));
    const retried = expectOk(
      await mod.request('modchat:send', { clientMsgId: first, text: 'one' }),
    );
    expect(retried.message.id).toBe(sent.message.id);
    expectOk(await mod.request('modchat:send', { clientMsgId: clientMsgId(), text: 'two' }));

    // A moderator who arrives later, or comes back on a new connection, reads it all.
    const late = await s.staff('facilitator');
    expectOk(await late.request('session:join', joinPayload(sid)));
    const { messages } = expectOk(await late.request('modchat:history', {}));
    expect(messages.map((m) => m.text)).toEqual(['one', 'two']);

    // Bad input changes nothing.
    expect(
      codeOf(await mod.request('modchat:send', { clientMsgId: clientMsgId(), text: ' ' })),
    ).toBe('INVALID_ARGUMENT');
    expect(codeOf(await mod.request('modchat:send', { text: 'no id' } as never))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(expectOk(await late.request('modchat:history', {})).messages).toHaveLength(2);
  });

  it('a moderator who leaves the room stops receiving the channel', async () => {
    const sid = s.t.sessionId;
    const modA = await s.staff();
    expectOk(await modA.request('session:join', joinPayload(sid)));
    const modB = await s.staff();
    expectOk(await modB.request('session:join', joinPayload(sid)));
    expectOk(await modB.request('session:leave', {}));
    expect(codeOf(await modB.request('modchat:history', {}))).toBe('UNAUTHENTICATED');

    expectOk(
      await modA.request('modchat:send', { clientMsgId: clientMsgId(), text: 'still here' }),
    );
    await modA.waitFor('modchat:message');
    expect(modB.received('modchat:message')).toEqual([]);
  });
});
