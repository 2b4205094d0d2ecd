import { LOBBY_MESSAGE_MAX, type GroupView, type SessionInfo } from '@haven/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHaven, type HavenUnderTest } from '../../test-support/haven-under-test';
import { HttpClient } from '../../test-support/http-client';
import { signedInStaff } from '../../test-support/staff';

describe('groups', () => {
  let t: HavenUnderTest;
  let farah: HttpClient;
  let moId = '';

  const account = (email: string, role: 'facilitator' | 'moderator') =>
    signedInStaff(t.haven.url, t.haven.store, { email, role });

  const create = async (body: Record<string, unknown> = {}) => {
    const res = await farah.call('groups:create', {
      body: { name: 'Newcomers', language: 'ar', agreement: 'Be kind.', ...body },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as GroupView;
  };

  beforeAll(async () => {
    t = await startTestHaven();
    farah = (await account('farah@example.org', 'facilitator')).client;
    moId = (await account('mo@example.org', 'moderator')).id;
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('creates a closed group of 12 by default, run by its creator', async () => {
    const g = await create();
    expect(g).toMatchObject({
      name: 'Newcomers',
      language: 'ar',
      visibility: 'closed',
      capacity: 12,
      approvalRequired: false,
      agreement: { version: 1, text: 'Be kind.' },
      archived: false,
      myRole: 'facilitator',
    });
    const list = (await farah.call('groups:list')).body as { groups: GroupView[] };
    expect(list.groups.map((x) => x.id)).toContain(g.id);
  });

  it('refuses bad settings and changes nothing', async () => {
    const g = await create();
    for (const body of [
      { capacity: 1 },
      { capacity: 500 },
      { language: 'Arabic!' },
      { name: '' },
      { visibility: 'secret' },
      {},
      { agreement: 'sneaky' },
      { lobbyMessage: 'x'.repeat(LOBBY_MESSAGE_MAX + 1) },
    ]) {
      const res = await farah.call('groups:update', { params: { groupId: g.id }, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const after = (await farah.call('groups:get', { params: { groupId: g.id } })).body;
    expect(after).toEqual(g);
    const bad = await farah.call('groups:create', { body: { name: 'X', language: 'en' } });
    expect(bad.status).toBe(400);
  });

  it('versions the agreement, but not for the same text again', async () => {
    const g = await create();
    const v2 = await farah.call('groups:set-agreement', {
      params: { groupId: g.id },
      body: { text: 'Be kind. What is said here stays here.' },
    });
    expect((v2.body as GroupView).agreement.version).toBe(2);
    const same = await farah.call('groups:set-agreement', {
      params: { groupId: g.id },
      body: { text: 'Be kind. What is said here stays here.' },
    });
    expect((same.body as GroupView).agreement.version).toBe(2);
  });

  it('assigns moderators, keeps facilitating for facilitator accounts, and keeps one facilitator', async () => {
    const g = await create();
    const asFacilitator = await farah.call('groups:assign-staff', {
      params: { groupId: g.id, staffId: moId },
      body: { role: 'facilitator' },
    });
    expect(asFacilitator.status).toBe(403);
    const assigned = await farah.call('groups:assign-staff', {
      params: { groupId: g.id, staffId: moId },
      body: { role: 'moderator' },
    });
    const { staff } = assigned.body as { staff: { staffId: string; role: string }[] };
    expect(staff.find((s) => s.staffId === moId)?.role).toBe('moderator');
    const me = ((await farah.call('auth:me')).body as { staff: { id: string } }).staff.id;
    const lastOne = await farah.call('groups:unassign-staff', {
      params: { groupId: g.id, staffId: me },
    });
    expect(lastOne.status).toBe(409);
    const demoted = await farah.call('groups:assign-staff', {
      params: { groupId: g.id, staffId: me },
      body: { role: 'moderator' },
    });
    expect(demoted.status).toBe(409);
    const nobody = await farah.call('groups:assign-staff', {
      params: { groupId: g.id, staffId: 'no-such-staff' },
      body: { role: 'moderator' },
    });
    expect(nobody.status).toBe(404);
  });

  it('lists open groups publicly until archived, and stops new sessions after', async () => {
    const g = await create({ visibility: 'open', description: 'Everyone welcome' });
    const anon = new HttpClient(t.haven.url);
    const listed = (await anon.call('public:groups')).body as { groups: { id: string }[] };
    expect(listed.groups).toContainEqual({
      id: g.id,
      name: 'Newcomers',
      description: 'Everyone welcome',
      language: 'ar',
    });
    const session = await farah.call('sessions:create', {
      params: { groupId: g.id },
      body: { title: 'Week 1' },
    });
    expect(session.status).toBe(200);
    const sessions = (await farah.call('sessions:list', { params: { groupId: g.id } })).body;
    // An open group's sessions let people straight in unless the facilitator asks otherwise.
    expect(sessions).toMatchObject({ sessions: [{ title: 'Week 1', lobby: false }] });

    await farah.call('groups:archive', { params: { groupId: g.id } });
    const after = (await anon.call('public:groups')).body as { groups: { id: string }[] };
    expect(after.groups.map((x) => x.id)).not.toContain(g.id);
    const late = await farah.call('sessions:create', {
      params: { groupId: g.id },
      body: { title: 'Week 2' },
    });
    expect(late.status).toBe(409);
  });

  it("closed groups' sessions need a moderator to let people in, unless asked otherwise", async () => {
    const g = await create({ visibility: 'closed' });
    const create_ = (body: { title: string; lobby?: boolean }) =>
      farah.call('sessions:create', { params: { groupId: g.id }, body });
    expect((await create_({ title: 'Behind a door' })).body).toMatchObject({ lobby: true });
    expect((await create_({ title: 'Walk in', lobby: false })).body).toMatchObject({
      lobby: false,
    });
  });

  it("shows the group's lobby message to anyone opening a session link, as edited", async () => {
    const g = await create({ lobbyMessage: '  We open the door at 18:00.  ' });
    expect(g.lobbyMessage).toBe('We open the door at 18:00.');
    const session = (
      await farah.call('sessions:create', { params: { groupId: g.id }, body: { title: 'Week 1' } })
    ).body as { id: string };
    const info = async () =>
      (await (await fetch(`${t.haven.url}/api/sessions/${session.id}`)).json()) as SessionInfo;
    expect((await info()).lobbyMessage).toBe('We open the door at 18:00.');

    await farah.call('groups:update', { params: { groupId: g.id }, body: { lobbyMessage: '' } });
    expect((await info()).lobbyMessage).toBe('');
    expect((await create()).lobbyMessage).toBe('');
  });

  it('shows members by pseudonym only', async () => {
    const g = await create();
    await t.haven.store.participants.create('p-1', 'hash-p-1', new Date().toISOString());
    await t.haven.store.participants.putMembership(
      { groupId: g.id, participantId: 'p-1', displayName: 'Amal', status: 'admitted' },
      new Date().toISOString(),
    );
    const members = await farah.call('groups:members', { params: { groupId: g.id } });
    expect(members.body).toEqual({
      members: [
        {
          participantId: (await t.haven.store.participants.membership(g.id, 'p-1'))!.memberId,
          displayName: 'Amal',
          status: 'admitted',
        },
      ],
    });
  });
});
