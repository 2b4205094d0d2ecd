import { PROTOCOL_VERSION, type MyData } from '@haven/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  clientMsgId,
  connect,
  expectOk,
  joinAs,
  joinPayload,
  participant,
  startTestHaven,
  type HavenUnderTest,
  type TestClient,
} from '../../test-support/haven-under-test';
import { HttpClient, tokenOf } from '../../test-support/http-client';
import { signedInStaff } from '../../test-support/staff';

describe("a participant's own data", () => {
  let t: HavenUnderTest;
  let groupId = '';
  const open: TestClient[] = [];

  beforeEach(async () => {
    t = await startTestHaven();
    groupId = (await t.haven.store.sessions.find(t.sessionId))!.groupId;
  });
  afterEach(async () => {
    for (const c of open.splice(0)) c.close();
    await t.dispose();
  });

  const httpFor = (c: TestClient) => {
    const http = new HttpClient(t.haven.url);
    http.deviceToken = c.deviceToken;
    return http;
  };

  it('shows names, acceptances and messages, then deletes them all', async () => {
    const amal = await participant(t.haven.url, t.sessionId, 'Amal');
    const bohdan = await participant(t.haven.url, t.sessionId, 'Bohdan');
    open.push(amal, bohdan);
    expectOk(await joinAs(amal, t.sessionId, 'Amal'));
    expectOk(await joinAs(bohdan, t.sessionId, 'Bohdan'));
    expectOk(await amal.request('chat:send', { clientMsgId: clientMsgId(), text: 'my story' }));
    expectOk(await bohdan.request('chat:send', { clientMsgId: clientMsgId(), text: 'thank you' }));

    const http = httpFor(amal);
    const data = (await http.call('me:data')).body as MyData;
    expect(data.memberships).toEqual([
      { groupId, groupName: 'Demo circle', displayName: 'Amal', status: 'admitted' },
    ]);
    expect(data.acceptances).toMatchObject([{ groupId, version: 1 }]);
    expect(data.messages.map((m) => m.text)).toEqual(['my story']);

    expect((await http.call('me:delete')).status).toBe(200);
    expect((await http.call('me:data')).status).toBe(401);
    const history = expectOk(await bohdan.request('chat:history', {}));
    expect(history.messages.map((m) => [m.text, m.senderName, m.removed ?? false])).toEqual([
      ['', '', true],
      ['thank you', 'Bohdan', false],
    ]);
    // Nothing about Amal is left in the group, and her device no longer opens connections.
    const members = await t.haven.store.participants.membersOf(groupId);
    expect(members.map((m) => m.displayName)).toEqual(['Bohdan']);
    const raw = JSON.stringify(await t.haven.store.chat.before(t.sessionId, undefined, 50));
    expect(raw).not.toContain('my story');
    expect(raw).not.toContain('Amal');
  });

  it('exports and deletes what the safety tools kept of the person, too', async () => {
    await t.haven.store.watch.set(groupId, 'en', [{ phrase: 'idiot', action: 'hold' }]);
    const amal = await participant(t.haven.url, t.sessionId, 'Amal');
    const bohdan = await participant(t.haven.url, t.sessionId, 'Bohdan');
    open.push(amal, bohdan);
    const a = expectOk(await joinAs(amal, t.sessionId, 'Amal'));
    const b = expectOk(await joinAs(bohdan, t.sessionId, 'Bohdan'));
    const { client: staffHttp } = await signedInStaff(t.haven.url, t.haven.store, {
      role: 'moderator',
      assignTo: groupId,
    });
    const mo = await connect(
      t.haven.url,
      { protocolVersion: PROTOCOL_VERSION },
      staffHttp.cookie ?? undefined,
    );
    open.push(mo);
    expectOk(await mo.request('session:join', joinPayload(t.sessionId)));

    expectOk(await amal.request('chat:send', { clientMsgId: clientMsgId(), text: 'you idiot' }));
    expectOk(await amal.request('support:request', { locale: 'en' }));
    const talk = expectOk(await mo.request('talk:open', { participantId: a.self.id }));
    expectOk(
      await amal.request('talk:send', {
        talkId: talk.id,
        clientMsgId: clientMsgId(),
        text: 'I am scared',
      }),
    );
    const hello = expectOk(
      await bohdan.request('chat:send', { clientMsgId: clientMsgId(), text: 'hello' }),
    );
    const seq = 'message' in hello ? hello.message.seq : -1;
    expectOk(
      await amal.request('report:create', {
        target: { kind: 'message', seq },
        reason: 'He scares me',
      }),
    );
    expectOk(
      await bohdan.request('report:create', {
        target: { kind: 'person', participantId: a.self.id },
      }),
    );

    const http = httpFor(amal);
    const data = (await http.call('me:data')).body as MyData;
    expect(data.heldMessages.map((m) => m.text)).toEqual(['you idiot']);
    expect(data.checkinMessages.map((m) => m.text)).toEqual(['I am scared']);
    expect(data.reports.map((r) => r.reason)).toEqual(['He scares me']);

    expect((await http.call('me:delete')).status).toBe(200);
    const { store } = t.haven;
    expect(await store.held.of(t.sessionId)).toEqual([]);
    expect(await store.talks.of(t.sessionId)).toEqual([]);
    expect(await store.safety.alerts(t.sessionId)).toEqual([]);
    const reports = await store.reports.of(t.sessionId);
    expect(reports).toHaveLength(2);
    const raw = JSON.stringify([reports, await store.audit.forSession(t.sessionId)]);
    for (const trace of ['Amal', 'He scares me', 'I am scared', 'idiot'])
      expect(raw).not.toContain(trace);
    expect(reports.find((r) => r.subject.id === b.self.id)?.subject.name).toBe('Bohdan');
  });

  it('lets a participant leave a group; the door then needs a new invite', async () => {
    const amal = await participant(t.haven.url, t.sessionId, 'Amal');
    open.push(amal);
    const http = httpFor(amal);
    const closed = new Promise<void>((r) => amal.socket.once('disconnect', () => r()));
    expect((await http.call('me:leave-group', { params: { groupId } })).status).toBe(200);
    // Leaving closes the live connection; coming back in is refused.
    await closed;
    expect((await http.call('me:membership', { params: { groupId } })).status).toBe(404);
    amal.socket.connect();
    await new Promise<void>((r) => amal.socket.once('connect', () => r()));
    expect(await amal.request('session:join', joinPayload(t.sessionId))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('lets a facilitator admit or decline people waiting for approval', async () => {
    const { client: farah } = await signedInStaff(t.haven.url, t.haven.store, {
      role: 'facilitator',
      email: 'f@example.org',
      assignTo: groupId,
    });
    await farah.call('groups:update', { params: { groupId }, body: { approvalRequired: true } });
    const { link } = (await farah.call('invites:create', { params: { groupId }, body: {} }))
      .body as {
      link: string;
    };

    const arrive = async (name: string) => {
      const http = new HttpClient(t.haven.url);
      const res = await http.call('invites:accept', {
        body: { token: tokenOf(link), displayName: name, agreementVersion: 1, agreed: true },
      });
      expect(res.body).toMatchObject({ status: 'requested' });
      return res.body as { participantId: string };
    };
    const a = await arrive('Waiting A');
    const b = await arrive('Waiting B');
    const admit = await farah.call('groups:admit-member', {
      params: { groupId, participantId: a.participantId },
    });
    expect(admit.status).toBe(200);
    await farah.call('groups:decline-member', {
      params: { groupId, participantId: b.participantId },
    });
    const members = (await farah.call('groups:members', { params: { groupId } })).body;
    expect(members).toEqual({
      members: [{ participantId: a.participantId, displayName: 'Waiting A', status: 'admitted' }],
    });
  });

  it('removes a member for good: their open connection closes and no link brings them back', async () => {
    const { client: farah } = await signedInStaff(t.haven.url, t.haven.store, {
      role: 'facilitator',
      email: 'f2@example.org',
      assignTo: groupId,
    });

    const troll = await participant(t.haven.url, t.sessionId, 'Troll');
    open.push(troll);
    const joined = expectOk(await joinAs(troll, t.sessionId, 'Troll'));
    const closed = new Promise<void>((r) => troll.socket.once('disconnect', () => r()));
    const removed = await farah.call('groups:decline-member', {
      params: { groupId, participantId: joined.self.id },
    });
    expect(removed.status).toBe(200);
    await closed;

    // Back through the open group's link, or by reconnecting: refused.
    const again = await httpFor(troll).call('public:join-group', {
      params: { groupId },
      body: { displayName: 'Troll2', agreementVersion: 1, agreed: true },
    });
    expect(again.status).toBe(403);
    troll.socket.connect();
    await new Promise<void>((r) => troll.socket.once('connect', () => r()));
    expect(await troll.request('session:join', joinPayload(t.sessionId))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
