import { PROTOCOL_VERSION } from '@haven/protocol';
import { io as connectClient } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashSecret } from '../../auth/tokens';
import { randomIds } from '../../system';
import {
  expectOk,
  joinAs,
  joinPayload,
  participant,
  startTestHaven,
  type HavenUnderTest,
  type TestClient,
} from '../../test-support/haven-under-test';
import { signedInStaff } from '../../test-support/staff';

describe('who may enter a session', () => {
  let t: HavenUnderTest;
  let groupId = '';
  const open: { close(): void }[] = [];
  const track = <C extends { close(): void }>(c: C): C => (open.push(c), c);

  beforeEach(async () => {
    t = await startTestHaven();
    groupId = (await t.haven.store.sessions.find(t.sessionId))!.groupId;
  });
  afterEach(async () => {
    for (const c of open.splice(0)) c.close();
    await t.dispose();
  });

  /** A closed group with one session, and a participant who belongs to it. */
  async function closedGroupSession(extra: { capacity?: number; approvalRequired?: boolean } = {}) {
    const gid = randomIds.next();
    await t.haven.store.groups.create({
      id: gid,
      name: 'Closed',
      description: '',
      language: 'en',
      visibility: 'closed',
      capacity: extra.capacity ?? 12,
      approvalRequired: extra.approvalRequired ?? false,
      media: 'audio_video',
      cameraOnAtJoin: false,
      agreementText: 'Rules',
      createdAt: new Date().toISOString(),
    });
    const sid = randomIds.next();
    await t.haven.store.sessions.create({
      id: sid,
      groupId: gid,
      title: 'S',
      createdAt: new Date().toISOString(),
    });
    return { gid, sid };
  }

  async function staffSocket(role: 'facilitator' | 'moderator', assignTo?: string) {
    const staff = await signedInStaff(t.haven.url, t.haven.store, {
      role,
      name: `Staff ${role}`,
      ...(assignTo && { assignTo }),
    });
    const { id } = staff;
    const http = staff.client;
    const socket = track(
      connectClient(t.haven.url, {
        auth: { protocolVersion: PROTOCOL_VERSION },
        extraHeaders: { cookie: http.cookie ?? '' },
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      }),
    );
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return {
      id,
      join: (sessionId: string): Promise<unknown> =>
        socket.timeout(5000).emitWithAck('session:join', joinPayload(sessionId)),
    };
  }

  it('keeps participants of other groups out', async () => {
    const { sid } = await closedGroupSession();
    const outsider = track(await participant(t.haven.url, t.sessionId, 'Outsider'));
    expect(await outsider.request('session:join', joinPayload(sid))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('asks for the current agreement again after it changes', async () => {
    const amal = track(await participant(t.haven.url, t.sessionId, 'Amal'));
    await t.haven.store.groups.newAgreement(groupId, 'New rules', new Date().toISOString());
    expect(await amal.request('session:join', joinPayload(t.sessionId))).toMatchObject({
      ok: false,
      error: { code: 'AGREEMENT_CHANGED' },
    });
    // Accepting the new version (what the join page does) lets them in.
    expectOk(await joinAs(amal, t.sessionId, 'Amal'));
    expect(await t.haven.store.participants.acceptedVersion(groupId, (await idOf(amal))!)).toBe(2);
  });

  it('keeps people waiting for approval out until admitted', async () => {
    const { gid, sid } = await closedGroupSession({ approvalRequired: true });
    const waiting = track(await participant(t.haven.url, t.sessionId, 'Waiting'));
    const pid = (await idOf(waiting))!;
    await t.haven.store.participants.putMembership(
      { groupId: gid, participantId: pid, displayName: 'Waiting', status: 'requested' },
      new Date().toISOString(),
    );
    await t.haven.store.participants.recordAcceptance(gid, pid, 1, new Date().toISOString());
    expect(await waiting.request('session:join', joinPayload(sid))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('lets the group staff in with their role and account name, and no other staff', async () => {
    const moderator = await staffSocket('moderator', groupId);
    const joined = (await moderator.join(t.sessionId)) as { ok: boolean; data: { self: unknown } };
    expect(joined).toMatchObject({
      ok: true,
      data: { self: { id: moderator.id, role: 'moderator', displayName: 'Staff moderator' } },
    });
    const stranger = await staffSocket('facilitator');
    expect(await stranger.join(t.sessionId)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('seats no more participants than the group allows, but always its staff', async () => {
    const { gid, sid } = await closedGroupSession({ capacity: 2 });
    const people: TestClient[] = [];
    for (const name of ['A', 'B', 'C']) {
      const c = track(await participant(t.haven.url, t.sessionId, name));
      const pid = (await idOf(c))!;
      await t.haven.store.participants.putMembership(
        { groupId: gid, participantId: pid, displayName: name, status: 'admitted' },
        new Date().toISOString(),
      );
      await t.haven.store.participants.recordAcceptance(gid, pid, 1, new Date().toISOString());
      people.push(c);
    }
    expectOk(await people[0]!.request('session:join', joinPayload(sid)));
    expectOk(await people[1]!.request('session:join', joinPayload(sid)));
    expect(await people[2]!.request('session:join', joinPayload(sid))).toMatchObject({
      ok: false,
      error: { code: 'ROOM_FULL' },
    });
    const facilitator = await staffSocket('facilitator', gid);
    expect(await facilitator.join(sid)).toMatchObject({ ok: true });
  });

  /** The participant id behind a test client's device, as the server knows it. */
  async function idOf(c: TestClient): Promise<string | undefined> {
    return (await t.haven.store.participants.findByDeviceToken(hashSecret(c.deviceToken!)))?.id;
  }
});
