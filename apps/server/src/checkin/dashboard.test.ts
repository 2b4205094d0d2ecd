import type { GroupDashboard, Schedule } from '@haven/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHaven, type HavenUnderTest } from '../test-support/haven-under-test';
import type { HttpClient } from '../test-support/http-client';
import { admittedMember } from '../test-support/member';
import { signedInStaff } from '../test-support/staff';

describe("the facilitator's dashboard", () => {
  let t: HavenUnderTest;
  let now = Date.parse('2027-03-01T12:00:00Z');
  let farah: HttpClient;
  let groupId = '';

  beforeEach(async () => {
    now = Date.parse('2027-03-01T12:00:00Z');
    t = await startTestHaven({}, { clock: { now: () => now } });
    farah = (await signedInStaff(t.haven.url, t.haven.store, { role: 'facilitator' })).client;
    const g = await farah.call('groups:create', {
      body: { name: 'Circle', language: 'en', agreement: 'Be kind.', timeZone: 'Europe/Kyiv' },
    });
    groupId = (g.body as { id: string }).id;
  });
  afterEach(async () => {
    await t.dispose();
  });

  const members = (names: string[]) =>
    Promise.all(
      names.map(async (name) => ({
        name,
        ...(await admittedMember(t, groupId, name, new Date(now).toISOString())),
      })),
    );

  it('shows attendance per session and in all, hides small counts, and exports the same as CSV', async () => {
    await farah.call('schedule:create-series', {
      params: { groupId },
      body: {
        title: 'Thursday, together',
        firstStart: '2027-03-04T18:00',
        recurrence: 'FREQ=WEEKLY;COUNT=4',
        format: 'hybrid',
        venue: { name: 'Library' },
      },
    });
    const planned = ((await farah.call('schedule:list', { params: { groupId } })).body as Schedule)
      .sessions;
    const [s1, s2, s3, s4] = planned.map((s) => s.id) as [string, string, string, string];
    const people = await members(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    const at = new Date(now).toISOString();
    const { attendance, schedule } = t.haven.store;

    // Week 1: six online, two without phones. Everyone says going beforehand.
    for (const p of people.slice(0, 6)) await attendance.arrived(s1, p.memberId, at);
    await attendance.setHeadcount(s1, 2, at);
    for (const p of people)
      await schedule.setRsvp(s1, { memberId: p.memberId, answer: 'going', goingSince: at }, at);
    // Week 2: A and B at the venue (A also online), G and H new, online.
    await attendance.checkIn(s2, people[0]!.memberId, 'code', at, at);
    await attendance.checkIn(s2, people[1]!.memberId, 'manual', at, at);
    for (const p of [people[0]!, people[6]!, people[7]!])
      await attendance.arrived(s2, p.memberId, at);
    // Week 3: one person. Week 4 is cancelled.
    await attendance.arrived(s3, people[2]!.memberId, at);
    await farah.call('schedule:update-session', {
      params: { groupId, sessionId: s4 },
      body: { cancelled: true },
    });

    // Mood in week 1: five answers in, two out; a second answer is refused and not counted.
    now = Date.parse('2027-03-04T16:30:00Z');
    for (const [i, value] of [3, 4, 4, 5, 5].entries()) {
      const res = await people[i]!.http.call('me:mood', {
        params: { sessionId: s1 },
        body: { phase: 'in', value },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    for (const p of people.slice(0, 2))
      await p.http.call('me:mood', { params: { sessionId: s1 }, body: { phase: 'out', value: 2 } });
    const again = await people[0]!.http.call('me:mood', {
      params: { sessionId: s1 },
      body: { phase: 'in', value: 1 },
    });
    expect(again.status).toBe(409);
    // Long after the session, nobody is asked any more.
    now = Date.parse('2027-03-05T12:00:00Z');
    const late = await people[5]!.http.call('me:mood', {
      params: { sessionId: s1 },
      body: { phase: 'in', value: 1 },
    });
    expect(late.status).toBe(409);
    now = Date.parse('2027-03-04T16:30:00Z');
    expect(
      (
        await people[0]!.http.call('me:mood', {
          params: { sessionId: s1 },
          body: { phase: 'in', value: 9 },
        })
      ).status,
    ).toBe(400);

    // A month later (the first sign-in has expired since): an administrator reads it.
    now = Date.parse('2027-04-01T00:00:00Z');
    farah = (
      await signedInStaff(t.haven.url, t.haven.store, { role: 'facilitator', isAdmin: true })
    ).client;
    const res = await farah.call('dashboard:group', { params: { groupId } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const dashboard = res.body as GroupDashboard;
    expect(dashboard.sessions.map((s) => s.sessionId)).toEqual([s1, s2, s3]);
    const [w1, w2, w3] = dashboard.sessions;
    // Week 1: the total would give away the small headcount (8 − 6 online), so it is withheld.
    expect(w1).toMatchObject({
      total: 'withheld',
      online: 6,
      inPerson: 0,
      headcount: '<5',
      returning: 0,
      new: 6,
      rsvpGoing: 8,
      moodIn: 4.2,
      moodOut: null,
    });
    // A counted once, in person; B in person; G, H online: four, so "<5".
    expect(w2).toMatchObject({ total: '<5', inPerson: '<5', online: '<5', returning: '<5' });
    expect(w3).toMatchObject({ total: '<5', online: '<5', new: 0, returning: '<5' });
    // Sums over the sessions only where every session's count is shown exactly.
    expect(dashboard.totals).toMatchObject({
      total: 'withheld',
      online: 'withheld',
      inPerson: '<5',
      headcount: '<5',
      new: 'withheld',
      rsvpGoing: 8,
    });
    expect(JSON.stringify(dashboard)).not.toMatch(/"[A-H]"/);

    const csv = (
      (await farah.call('dashboard:csv', { params: { groupId } })).body as { csv: string }
    ).csv.split('\r\n');
    expect(csv[0]).toBe(
      'date,title,total,online,inPerson,headcount,returning,new,rsvpGoing,moodIn,moodOut',
    );
    expect(csv[1]).toBe(
      `${dashboard.sessions[0]!.startsAt},"Thursday, together",withheld,6,0,<5,0,6,8,4.2,`,
    );
    // The out-mood of week 1 is hidden (2 answers), so no mean over all sessions either.
    expect(csv[4]).toBe('all,,withheld,withheld,<5,<5,<5,withheld,8,,');
    expect(csv).toHaveLength(6);
  });
});
