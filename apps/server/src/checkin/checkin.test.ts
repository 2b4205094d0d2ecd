import {
  PROTOCOL_VERSION,
  type CheckinScreen,
  type SeriesView,
  type SessionRoster,
} from '@haven/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attendanceSettled } from '../realtime/session/attendance';
import {
  connect,
  expectOk,
  startTestHaven,
  type HavenUnderTest,
  type TestClient,
} from '../test-support/haven-under-test';
import type { HttpClient } from '../test-support/http-client';
import { admittedMember } from '../test-support/member';
import { signedInStaff } from '../test-support/staff';

const START = Date.parse('2027-03-01T18:00:00Z');
const MIN = 60_000;

describe('check-in at the venue and the merged roster', () => {
  let t: HavenUnderTest;
  let now = START;
  let farah: HttpClient;
  let groupId = '';
  let sessionId = '';
  const open: TestClient[] = [];

  beforeEach(async () => {
    now = START - 5 * MIN;
    t = await startTestHaven({}, { clock: { now: () => now } });
    groupId = (await t.haven.store.sessions.find(t.sessionId))!.groupId;
    farah = (
      await signedInStaff(t.haven.url, t.haven.store, { role: 'facilitator', assignTo: groupId })
    ).client;
    const res = await farah.call('schedule:create-series', {
      params: { groupId },
      body: {
        title: 'Hybrid circle',
        firstStart: '2027-03-01T18:00',
        format: 'hybrid',
        venue: { name: 'Community centre' },
        lobby: false,
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    sessionId = (res.body as SeriesView).next[0]!.id;
  });
  afterEach(async () => {
    for (const c of open.splice(0)) c.close();
    await t.dispose();
  });

  const member = (name: string) => admittedMember(t, groupId, name, new Date(now).toISOString());

  const screen = async () => {
    const res = await farah.call('checkin:code', { params: { groupId, sessionId } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as CheckinScreen;
  };
  /** As a phone sends it: typed at `enteredAt`, sent at `sentAt`, both on the phone's clock. */
  const checkIn = (
    who: { http: HttpClient },
    code: string,
    enteredAt: number,
    sentAt: number = now,
  ) =>
    who.http.call('me:check-in', {
      params: { sessionId },
      body: {
        code,
        enteredAt: new Date(enteredAt).toISOString(),
        sentAt: new Date(sentAt).toISOString(),
      },
    });
  const roster = async () =>
    (await farah.call('checkin:roster', { params: { groupId, sessionId } })).body as SessionRoster;

  it('accepts the code on the screen, refuses it once it has changed, and never a made-up one', async () => {
    const amal = await member('Amal');
    const bohdan = await member('Bohdan');
    const shown = await screen();
    expect(shown.code).toMatch(/^\d{6}$/);
    expect(shown.link).toBe(`${t.haven.url}/check-in/${sessionId}#${shown.code}`);
    expect(Date.parse(shown.changesAt)).toBeGreaterThan(now);

    const ok = await checkIn(amal, shown.code, now);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toEqual({ sessionTitle: 'Hybrid circle', method: 'code' });
    // The same code sent from home two minutes later (a screenshot) no longer works.
    now += 2 * MIN;
    const late = await checkIn(bohdan, shown.code, now);
    expect(late.status).toBe(403);
    const wrong = String((Number((await screen()).code) + 1) % 1_000_000).padStart(6, '0');
    expect((await checkIn(bohdan, wrong, now)).status).toBe(403);
    expect((await checkIn(bohdan, 'abc', now)).status).toBe(400);
    // Guessing is slowed down: a few more wrong codes, then a minute's wait each.
    for (let i = 0; i < 4; i++) expect((await checkIn(bohdan, wrong, now)).status).toBe(403);
    expect((await checkIn(bohdan, wrong, now)).status).toBe(429);
    expect((await roster()).people.map((p) => p.displayName)).toEqual(['Amal']);
  });

  it('counts a check-in typed without a connection when it arrives, judged by when it was typed', async () => {
    const chen = await member('Chen');
    const typedAt = now;
    const { code } = await screen();
    // The venue's connection comes back twenty minutes later.
    now += 20 * MIN;
    const synced = await checkIn(chen, code, typedAt);
    expect(synced.status, JSON.stringify(synced.body)).toBe(200);
    // Hours of waiting are too long to believe.
    expect((await checkIn(chen, code, now - 4 * 60 * MIN)).status).toBe(403);
    // A phone whose clock is three hours behind still checks in: only its own wait counts.
    const dana = await member('Dana');
    const behind = -3 * 60 * MIN;
    now += 10_000;
    const typed = now + behind;
    const { code: fresh } = await screen();
    now += 30_000;
    expect((await checkIn(dana, fresh, typed, now + behind)).status).toBe(200);
    expect((await roster()).people.map((p) => [p.displayName, p.method])).toEqual([
      ['Chen', 'code'],
      ['Dana', 'code'],
    ]);
  });

  it('merges venue, online and headcount without counting anyone twice', async () => {
    const amal = await member('Amal');
    const bohdan = await member('Bohdan');
    await member('Dana');
    await member('Emil');
    // Amal checks in at the venue and also opens the online room; Bohdan is only online.
    expect((await checkIn(amal, (await screen()).code, now)).status).toBe(200);
    for (const who of [amal, bohdan]) {
      const socket = await connect(t.haven.url, {
        protocolVersion: PROTOCOL_VERSION,
        deviceToken: who.deviceToken,
      });
      open.push(socket);
      expectOk(
        await socket.request('session:join', { protocolVersion: PROTOCOL_VERSION, sessionId }),
      );
    }
    // Dana forgot her phone: checked in by hand. Three more people came without phones.
    now += MIN;
    const danaId = (await roster()).notHere.find((m) => m.displayName === 'Dana')!.memberId;
    const manual = await farah.call('checkin:manual', {
      params: { groupId, sessionId, memberId: danaId },
      body: { present: true },
    });
    expect(manual.status).toBe(200);
    await farah.call('checkin:headcount', { params: { groupId, sessionId }, body: { count: 3 } });
    await attendanceSettled(sessionId);

    const merged = await roster();
    expect(merged.people.map((p) => [p.displayName, p.attended, p.alsoOnline, p.method])).toEqual([
      ['Amal', 'in_person', true, 'code'],
      ['Dana', 'in_person', false, 'manual'],
      ['Bohdan', 'online', false, 'online'],
    ]);
    expect(merged).toMatchObject({ inPerson: 2, online: 1, headcount: 3, total: 6 });
    expect(merged.notHere.map((m) => m.displayName)).toEqual(['Emil']);

    // Online visits end when people leave; a bad headcount changes nothing.
    expect(
      (
        await farah.call('checkin:headcount', {
          params: { groupId, sessionId },
          body: { count: -1 },
        })
      ).status,
    ).toBe(400);
    expect((await roster()).headcount).toBe(3);
    for (const socket of open) expectOk(await socket.request('session:leave', {}));
    await attendanceSettled(sessionId);
    const visits = await t.haven.store.attendance.visits(sessionId);
    expect(visits).toHaveLength(2);
    expect(visits.every((v) => v.leftAt !== null)).toBe(true);
  });

  it('has no check-in for a session that meets online only', async () => {
    const res = await farah.call('schedule:create-series', {
      params: { groupId },
      body: { title: 'Online', firstStart: '2027-03-01T19:00' },
    });
    const online = (res.body as SeriesView).next[0]!.id;
    expect(
      (await farah.call('checkin:code', { params: { groupId, sessionId: online } })).status,
    ).toBe(409);
  });
});
