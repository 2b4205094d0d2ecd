import {
  PROTOCOL_VERSION,
  type GroupView,
  type MySchedule,
  type MyScheduledSession,
  type Schedule,
  type SeriesView,
} from '@haven/protocol';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newSecret } from '../auth/tokens';
import {
  codeOf,
  connect,
  expectOk,
  startTestHaven,
  type HavenUnderTest,
  type TestClient,
} from '../test-support/haven-under-test';
import type { HttpClient } from '../test-support/http-client';
import { admittedMember } from '../test-support/member';
import { signedInStaff } from '../test-support/staff';

/** Two weeks before Toronto's and four before Berlin's spring change in 2027. */
const T0 = Date.parse('2027-03-01T12:00:00Z');

describe('scheduling', () => {
  let t: HavenUnderTest;
  let now = T0;
  let farah: HttpClient;
  const open: TestClient[] = [];

  beforeEach(async () => {
    now = T0;
    t = await startTestHaven({}, { clock: { now: () => now } });
    farah = (await signedInStaff(t.haven.url, t.haven.store, { role: 'facilitator' })).client;
  });
  afterEach(async () => {
    for (const c of open.splice(0)) c.close();
    await t.dispose();
  });

  async function group(body: Record<string, unknown>): Promise<GroupView> {
    const res = await farah.call('groups:create', {
      body: { name: 'Circle', language: 'en', agreement: 'Be kind.', ...body },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as GroupView;
  }

  async function plan(groupId: string, body: Record<string, unknown>) {
    return farah.call('schedule:create-series', { params: { groupId }, body });
  }

  async function list(groupId: string) {
    const res = await farah.call('schedule:list', { params: { groupId } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return (res.body as Schedule).sessions;
  }

  /** An admitted member of a group, with the HTTP client of their device. */
  const member = (groupId: string, name: string) =>
    admittedMember(t, groupId, name, new Date(now).toISOString());

  const utc = (iso: string) => iso.slice(0, 16);

  it('keeps a weekly 18:00 on the group clock across daylight saving, in Berlin and Toronto', async () => {
    const berlin = await group({ timeZone: 'Europe/Berlin' });
    const toronto = await group({ timeZone: 'America/Toronto' });
    for (const g of [berlin, toronto]) {
      const res = await plan(g.id, {
        title: 'Tuesday circle',
        firstStart: '2027-03-02T18:00',
        recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect((res.body as SeriesView).next).toHaveLength(5);
    }
    const listed = (await farah.call('schedule:list', { params: { groupId: berlin.id } }))
      .body as Schedule;
    expect(listed.series).toEqual([
      expect.objectContaining({
        title: 'Tuesday circle',
        recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6',
        firstStart: '2027-03-02T18:00',
        timeZone: 'Europe/Berlin',
        stopped: false,
      }),
    ]);
    const b = await list(berlin.id);
    expect(b.map((s) => s.localStart)).toEqual([
      '2027-03-02T18:00',
      '2027-03-09T18:00',
      '2027-03-16T18:00',
      '2027-03-23T18:00',
      '2027-03-30T18:00',
      '2027-04-06T18:00',
    ]);
    // Berlin changes on 28 March: 17:00 UTC before, 16:00 after.
    expect(b.map((s) => utc(s.startsAt))).toEqual([
      '2027-03-02T17:00',
      '2027-03-09T17:00',
      '2027-03-16T17:00',
      '2027-03-23T17:00',
      '2027-03-30T16:00',
      '2027-04-06T16:00',
    ]);
    // Toronto changes on 14 March: 23:00 UTC before, 22:00 after.
    expect((await list(toronto.id)).map((s) => utc(s.startsAt))).toEqual([
      '2027-03-02T23:00',
      '2027-03-09T23:00',
      '2027-03-16T22:00',
      '2027-03-23T22:00',
      '2027-03-30T22:00',
      '2027-04-06T22:00',
    ]);
    expect(b.every((s) => s.timeZone === 'Europe/Berlin' && s.endsAt > s.startsAt)).toBe(true);
  });

  it('moves or cancels one session without breaking the series, and refuses bad plans', async () => {
    const g = await group({ timeZone: 'Europe/Berlin' });
    expect(
      (
        await plan(g.id, {
          title: 'Weekly',
          firstStart: '2027-03-02T18:00',
          recurrence: 'FREQ=WEEKLY',
        })
      ).status,
    ).toBe(200);
    const [first, second, third] = await list(g.id);
    const moved = await farah.call('schedule:update-session', {
      params: { groupId: g.id, sessionId: second!.id },
      body: { start: '2027-03-10T19:30' },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const cancel = await farah.call('schedule:update-session', {
      params: { groupId: g.id, sessionId: third!.id },
      body: { cancelled: true },
    });
    expect(cancel.status).toBe(200);

    // Reading the schedule again creates nothing twice: the moved one is not put back.
    const after = await list(g.id);
    expect(
      after
        .filter((s) => s.seriesId === first!.seriesId)
        .map((s) => s.localStart)
        .slice(0, 4),
    ).toEqual(['2027-03-02T18:00', '2027-03-10T19:30', '2027-03-16T18:00', '2027-03-23T18:00']);
    expect(after.find((s) => s.id === second!.id)).toMatchObject({ moved: true, cancelled: false });
    expect(after.find((s) => s.id === third!.id)).toMatchObject({ cancelled: true });
    expect(after.find((s) => s.id === first!.id)).toMatchObject({ moved: false, cancelled: false });

    // Bad plans get a reason and create nothing.
    const before = (await list(g.id)).length;
    for (const body of [
      { title: 'x', firstStart: '2027-03-02T18:00', recurrence: 'FREQ=HOURLY' },
      { title: 'x', firstStart: '2027-02-30T18:00' },
      { title: 'x', firstStart: '2027-03-02T18:00', format: 'hybrid' },
      { title: 'x', firstStart: '2027-03-02T18:00', moderatorIds: ['nobody'] },
      { title: '', firstStart: '2027-03-02T18:00' },
    ]) {
      const res = await plan(g.id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await list(g.id)).length).toBe(before);
    const badZone = await farah.call('groups:update', {
      params: { groupId: g.id },
      body: { timeZone: 'Mars/Olympus' },
    });
    expect(badZone.status).toBe(400);
  });

  it('puts people on a waiting list when full; a freed seat goes to the first waiting', async () => {
    const g = await group({ timeZone: 'UTC' });
    await plan(g.id, {
      title: 'Small circle',
      firstStart: '2027-03-03T18:00',
      capacity: 2,
      format: 'hybrid',
      venue: { name: 'Community centre', address: '1 Main St' },
    });
    const [session] = await list(g.id);
    const [a, b, c] = await Promise.all(['A', 'B', 'C'].map((n) => member(g.id, n)));
    const rsvp = async (who: { http: HttpClient }, answer: 'going' | 'not_going') => {
      const res = await who.http.call('me:rsvp', {
        params: { sessionId: session!.id },
        body: { answer },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body as MyScheduledSession;
    };
    expect((await rsvp(a!, 'going')).myRsvp).toBe('going');
    now += 1000;
    expect((await rsvp(b!, 'going')).myRsvp).toBe('going');
    now += 1000;
    expect((await rsvp(c!, 'going')).myRsvp).toBe('waitlisted');
    expect((await rsvp(a!, 'not_going')).seats).toEqual({ going: 2, waitlisted: 0 });
    const mine = (await c!.http.call('me:schedule')).body as MySchedule;
    expect(mine.sessions.map((s) => [s.title, s.myRsvp, s.joinable])).toEqual([
      ['Small circle', 'going', false],
    ]);
    expect(mine.sessions[0]!.venue).toMatchObject({ name: 'Community centre' });
    // Bad answers change nothing.
    const bad = await c!.http.call('me:rsvp', {
      params: { sessionId: session!.id },
      body: { answer: 'maybe' },
    });
    expect(bad.status).toBe(400);
  });

  it('gives calendar files and a private feed with titles and times only', async () => {
    const g = await group({ timeZone: 'Europe/Berlin' });
    await plan(g.id, {
      title: 'Grief circle; evening, together',
      firstStart: '2027-03-02T18:00',
      recurrence: 'FREQ=WEEKLY;COUNT=3',
      format: 'in_person',
      venue: { name: 'Hall', address: 'Secret street 5' },
    });
    const [first] = await list(g.id);
    const amal = await member(g.id, 'Amal');

    const one = await amal.http.call('me:session-calendar', { params: { sessionId: first!.id } });
    const file = one.body as { filename: string; ics: string };
    expect(file.filename).toBe('Grief circle; evening, together.ics');
    const events = (ics: string) =>
      new ICAL.Component(ICAL.parse(ics) as unknown[])
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v));
    const [event] = events(file.ics);
    expect(event!.summary).toBe('Grief circle; evening, together');
    expect(event!.startDate.toJSDate().toISOString()).toBe('2027-03-02T17:00:00.000Z');
    expect(event!.endDate.toJSDate().toISOString()).toBe('2027-03-02T18:30:00.000Z');

    const series = await amal.http.call('me:series-calendar', { params: { sessionId: first!.id } });
    const all = events((series.body as { ics: string }).ics);
    expect(all.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      '2027-03-02T17:00:00.000Z',
      '2027-03-09T17:00:00.000Z',
      '2027-03-16T17:00:00.000Z',
    ]);
    for (const ics of [file.ics, (series.body as { ics: string }).ics]) {
      expect(ics).not.toContain('Amal');
      expect(ics).not.toContain('Secret street');
      expect(ics).not.toContain('Hall');
    }

    const feed = (await amal.http.call('me:calendar-feed', { params: { groupId: g.id } })).body as {
      url: string;
    };
    const fetched = await fetch(feed.url);
    expect(fetched.headers.get('content-type')).toContain('text/calendar');
    expect(events(await fetched.text())).toHaveLength(3);
    // A new link stops the old one; made-up links find nothing.
    await amal.http.call('me:calendar-feed', { params: { groupId: g.id } });
    expect((await fetch(feed.url)).status).toBe(404);
    expect((await fetch(`${t.haven.url}/api/calendar/${newSecret()}.ics`)).status).toBe(404);
  });

  it('opens a scheduled room shortly before its start, moderators earlier, and not when cancelled', async () => {
    const groupId = (await t.haven.store.sessions.find(t.sessionId))!.groupId;
    const mo = await signedInStaff(t.haven.url, t.haven.store, {
      role: 'moderator',
      assignTo: groupId,
    });
    const fac = (
      await signedInStaff(t.haven.url, t.haven.store, { role: 'facilitator', assignTo: groupId })
    ).client;
    const res = await fac.call('schedule:create-series', {
      params: { groupId },
      body: { title: 'Evening', firstStart: '2027-03-01T14:00', lobby: false },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [session] = (res.body as SeriesView).next;
    const amal = await member(groupId, 'Amal');
    const socket = await connect(t.haven.url, {
      protocolVersion: PROTOCOL_VERSION,
      deviceToken: amal.deviceToken,
    });
    open.push(socket);
    const join = () =>
      socket.request('session:join', { protocolVersion: PROTOCOL_VERSION, sessionId: session!.id });

    // 12:00; the room opens for participants at 13:45, for moderators at 13:00.
    expect(codeOf(await join())).toBe('ROOM_CLOSED');
    now = Date.parse('2027-03-01T13:10:00Z');
    const staffSocket = await connect(
      t.haven.url,
      { protocolVersion: PROTOCOL_VERSION },
      mo.client.cookie ?? undefined,
    );
    open.push(staffSocket);
    expectOk(
      await staffSocket.request('session:join', {
        protocolVersion: PROTOCOL_VERSION,
        sessionId: session!.id,
      }),
    );
    expect(codeOf(await join())).toBe('ROOM_CLOSED');
    // The room is loaded now; a change to the plan still reaches whoever arrives next.
    await fac.call('schedule:update-session', {
      params: { groupId, sessionId: session!.id },
      body: { durationMin: 120 },
    });
    now = Date.parse('2027-03-01T13:45:00Z');
    expect(expectOk(await join()).session.schedule).toEqual({
      startsAt: '2027-03-01T14:00:00.000Z',
      endsAt: '2027-03-01T16:00:00.000Z',
      opensAt: '2027-03-01T13:45:00.000Z',
      cancelled: false,
    });
    expect(((await amal.http.call('me:schedule')).body as MySchedule).sessions[0]?.joinable).toBe(
      true,
    );

    // Cancelled: nobody new comes in.
    await fac.call('schedule:update-session', {
      params: { groupId, sessionId: session!.id },
      body: { cancelled: true },
    });
    const bohdan = await member(groupId, 'Bohdan');
    const other = await connect(t.haven.url, {
      protocolVersion: PROTOCOL_VERSION,
      deviceToken: bohdan.deviceToken,
    });
    open.push(other);
    expect(
      codeOf(
        await other.request('session:join', {
          protocolVersion: PROTOCOL_VERSION,
          sessionId: session!.id,
        }),
      ),
    ).toBe('ROOM_CLOSED');
  });
});
