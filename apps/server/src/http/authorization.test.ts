import { httpRoutes, type HttpRouteName } from '@haven/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/passwords';
import { hashSecret, newSecret } from '../auth/tokens';
import { codeWindow } from '@haven/core';
import { codeFor } from '../checkin/code';
import { randomIds } from '../system';
import { HttpClient } from '../test-support/http-client';
import { signedInStaff } from '../test-support/staff';
import { startTestHaven, type HavenUnderTest } from '../test-support/haven-under-test';

/**
 * Every HTTP route × every kind of caller, from one table. The table is typed by the route
 * catalog, so a new route without a row does not compile, and the test below also fails.
 */
const WHO = [
  'anonymous',
  'participantOfAnotherGroup',
  'participant',
  'moderator',
  'facilitator',
  'facilitatorOfAnotherGroup',
  'admin',
] as const;
type Who = (typeof WHO)[number];
type Outcome = 'ok' | 401 | 403 | 404;

interface World {
  groupId: string;
  /** An open group anyone may ask to join. */
  openGroupId: string;
  inviteId: string;
  /** The group's participant (a member, as the `participant` caller is). */
  participantId: string;
  /** Someone waiting for the group's approval. */
  waitingId: string;
  /** A session of the group, and a ban on the waiting person in it. */
  sessionId: string;
  banId: string;
  /** A weekly series of the group and its session tomorrow. */
  seriesId: string;
  scheduledId: string;
  /** The key of the scheduled session's venue codes. */
  checkinSecret: string;
  staffIds: Record<'moderator' | 'facilitator', string>;
}

interface Row {
  /** What the call sends; `world` has a fresh group so calls cannot disturb each other. */
  request: (world: World) => { params?: Record<string, string>; body?: Record<string, unknown> };
  expect: Record<Who, Outcome>;
}

const staffOnly = (o: Partial<Record<Who, Outcome>>): Record<Who, Outcome> => ({
  anonymous: 401,
  participantOfAnotherGroup: 401,
  participant: 401,
  moderator: 403,
  facilitator: 'ok',
  facilitatorOfAnotherGroup: 403,
  admin: 'ok',
  ...o,
});
/** Routes for anyone who runs or moderates the group. */
const groupStaff = staffOnly({ moderator: 'ok' });
/** Routes for whoever manages the group. */
const groupManagers = staffOnly({});
const everyone: Record<Who, Outcome> = {
  anonymous: 'ok',
  participantOfAnotherGroup: 'ok',
  participant: 'ok',
  moderator: 'ok',
  facilitator: 'ok',
  facilitatorOfAnotherGroup: 'ok',
  admin: 'ok',
};
const anyStaff = staffOnly({ moderator: 'ok', facilitatorOfAnotherGroup: 'ok' });
const facilitatorAccounts = staffOnly({ facilitatorOfAnotherGroup: 'ok' });

const inGroup = (w: World) => ({ params: { groupId: w.groupId } });

/** Routes about the caller's own identity: any participant, nobody else. */
const ownData: Record<Who, Outcome> = {
  anonymous: 401,
  participantOfAnotherGroup: 'ok',
  participant: 'ok',
  moderator: 401,
  facilitator: 401,
  facilitatorOfAnotherGroup: 401,
  admin: 401,
};

/** A participant's own routes: only their device token counts; elsewhere they are no member. */
const ownMembership: Record<Who, Outcome> = {
  anonymous: 401,
  participantOfAnotherGroup: 404,
  participant: 'ok',
  moderator: 401,
  facilitator: 401,
  facilitatorOfAnotherGroup: 401,
  admin: 401,
};

const table: Record<HttpRouteName, Row> = {
  // Signing in with a wrong password is refused for everyone; the shape of the call is public.
  'auth:sign-in': {
    request: () => ({ body: { email: `nobody-${newSecret()}@example.org`, password: 'wrong' } }),
    expect: { ...everyone, ...Object.fromEntries(WHO.map((w) => [w, 401])) },
  },
  'auth:sign-out': { request: () => ({}), expect: anyStaff },
  'auth:me': { request: () => ({}), expect: anyStaff },
  'staff:invite': { request: () => ({ body: { role: 'moderator' } }), expect: facilitatorAccounts },
  'staff:list': { request: () => ({}), expect: facilitatorAccounts },
  'staff:accept-invite': {
    // A made-up token: public route, refused as not found (404) for everyone alike.
    request: () => ({
      body: { token: newSecret(), name: 'X', email: 'x@example.org', password: 'x'.repeat(12) },
    }),
    expect: everyone,
  },
  'staff:reset-password': {
    request: (w) => ({ params: { staffId: w.staffIds.moderator } }),
    expect: staffOnly({ facilitator: 403, facilitatorOfAnotherGroup: 403 }),
  },
  'staff:set-password': {
    request: () => ({ body: { token: newSecret(), password: 'x'.repeat(12) } }),
    expect: everyone,
  },
  'groups:list': { request: () => ({}), expect: anyStaff },
  'groups:create': {
    request: () => ({ body: { name: 'New', language: 'en', agreement: 'Be kind.' } }),
    expect: facilitatorAccounts,
  },
  'groups:get': { request: inGroup, expect: groupStaff },
  'groups:update': {
    request: (w) => ({ ...inGroup(w), body: { name: 'Renamed' } }),
    expect: groupManagers,
  },
  'groups:archive': { request: inGroup, expect: groupManagers },
  'groups:set-agreement': {
    request: (w) => ({ ...inGroup(w), body: { text: `New rules ${Math.random()}` } }),
    expect: groupManagers,
  },
  'groups:staff': { request: inGroup, expect: groupStaff },
  'groups:assign-staff': {
    request: (w) => ({
      params: { groupId: w.groupId, staffId: w.staffIds.moderator },
      body: { role: 'moderator' },
    }),
    expect: groupManagers,
  },
  'groups:unassign-staff': {
    request: (w) => ({ params: { groupId: w.groupId, staffId: w.staffIds.moderator } }),
    expect: groupManagers,
  },
  'groups:members': { request: inGroup, expect: groupStaff },
  'sessions:list': { request: inGroup, expect: groupStaff },
  'sessions:audit': {
    request: (w) => ({ params: { groupId: w.groupId, sessionId: w.sessionId } }),
    expect: groupManagers,
  },
  'groups:bans': { request: inGroup, expect: groupManagers },
  'groups:lift-ban': {
    request: (w) => ({ params: { groupId: w.groupId, banId: w.banId } }),
    expect: groupManagers,
  },
  'sessions:create': {
    request: (w) => ({ ...inGroup(w), body: { title: 'Tuesday' } }),
    expect: groupManagers,
  },
  'public:groups': { request: () => ({}), expect: everyone },
  'invites:list': { request: inGroup, expect: groupManagers },
  'invites:create': { request: (w) => ({ ...inGroup(w), body: {} }), expect: groupManagers },
  'invites:revoke': {
    request: (w) => ({ params: { groupId: w.groupId, inviteId: w.inviteId } }),
    expect: groupManagers,
  },
  'invites:inspect': { request: () => ({ body: { token: newSecret() } }), expect: everyone },
  'invites:accept': {
    request: () => ({
      body: { token: newSecret(), displayName: 'A', agreementVersion: 1, agreed: true },
    }),
    expect: everyone,
  },
  'me:membership': { request: inGroup, expect: ownMembership },
  'me:update-membership': {
    request: (w) => ({
      ...inGroup(w),
      body: { displayName: 'P', agreementVersion: 1, agreed: true },
    }),
    expect: ownMembership,
  },
  'groups:admit-member': {
    request: (w) => ({ params: { groupId: w.groupId, participantId: w.waitingId } }),
    expect: groupManagers,
  },
  'groups:decline-member': {
    request: (w) => ({ params: { groupId: w.groupId, participantId: w.participantId } }),
    expect: groupManagers,
  },
  'me:leave-group': { request: inGroup, expect: ownMembership },
  'me:data': { request: () => ({}), expect: ownData },
  'me:delete': { request: () => ({}), expect: ownData },
  'public:join-group': {
    request: (w) => ({
      params: { groupId: w.openGroupId },
      body: { displayName: 'A', agreementVersion: 1, agreed: true },
    }),
    expect: everyone,
  },
  'schedule:list': { request: inGroup, expect: groupStaff },
  'schedule:create-series': {
    request: (w) => ({
      ...inGroup(w),
      body: { title: 'Weekly', firstStart: '2030-01-01T18:00', recurrence: 'FREQ=WEEKLY' },
    }),
    expect: groupManagers,
  },
  'schedule:stop-series': {
    request: (w) => ({ params: { groupId: w.groupId, seriesId: w.seriesId } }),
    expect: groupManagers,
  },
  'schedule:update-session': {
    request: (w) => ({
      params: { groupId: w.groupId, sessionId: w.scheduledId },
      body: { durationMin: 75 },
    }),
    expect: groupManagers,
  },
  // Any participant has a schedule, empty when they belong to no group.
  'me:schedule': { request: () => ({}), expect: ownData },
  'me:rsvp': {
    request: (w) => ({ params: { sessionId: w.scheduledId }, body: { answer: 'going' } }),
    expect: ownMembership,
  },
  'me:session-calendar': {
    request: (w) => ({ params: { sessionId: w.scheduledId } }),
    expect: ownMembership,
  },
  'me:series-calendar': {
    request: (w) => ({ params: { sessionId: w.scheduledId } }),
    expect: ownMembership,
  },
  'me:calendar-feed': { request: inGroup, expect: ownMembership },
  'checkin:code': {
    request: (w) => ({ params: { groupId: w.groupId, sessionId: w.scheduledId } }),
    expect: groupStaff,
  },
  'checkin:roster': {
    request: (w) => ({ params: { groupId: w.groupId, sessionId: w.scheduledId } }),
    expect: groupStaff,
  },
  'checkin:manual': {
    request: (w) => ({
      params: { groupId: w.groupId, sessionId: w.scheduledId, memberId: w.participantId },
      body: { present: true },
    }),
    expect: groupStaff,
  },
  'checkin:headcount': {
    request: (w) => ({
      params: { groupId: w.groupId, sessionId: w.scheduledId },
      body: { count: 3 },
    }),
    expect: groupStaff,
  },
  'me:check-in': {
    request: (w) => ({
      params: { sessionId: w.scheduledId },
      body: {
        code: codeFor(w.checkinSecret, codeWindow(Date.now())),
        enteredAt: new Date().toISOString(),
        sentAt: new Date().toISOString(),
      },
    }),
    expect: ownMembership,
  },
  'me:mood': {
    request: (w) => ({ params: { sessionId: w.scheduledId }, body: { phase: 'in', value: 4 } }),
    expect: ownMembership,
  },
  'dashboard:group': { request: inGroup, expect: groupManagers },
  'dashboard:csv': { request: inGroup, expect: groupManagers },
  'safety:group-resources': { request: inGroup, expect: groupStaff },
  'safety:set-group-resources': {
    request: (w) => ({
      params: { groupId: w.groupId, locale: 'ar' },
      body: { resources: [{ name: 'Helpline' }] },
    }),
    expect: groupManagers,
  },
  'safety:platform-resources': { request: () => ({}), expect: anyStaff },
  'safety:set-platform-resources': {
    request: () => ({ params: { locale: 'ar' }, body: { resources: [{ name: 'Helpline' }] } }),
    expect: staffOnly({ facilitator: 403, facilitatorOfAnotherGroup: 403 }),
  },
  'me:crisis-resources': {
    request: (w) => ({ params: { groupId: w.groupId, locale: 'ar' } }),
    expect: ownMembership,
  },
  'safety:group-watched-words': { request: inGroup, expect: groupStaff },
  'safety:set-group-watched-words': {
    request: (w) => ({
      params: { groupId: w.groupId, locale: 'ar' },
      body: { words: [{ phrase: 'انتحار', action: 'flag' }] },
    }),
    expect: groupManagers,
  },
  'safety:platform-watched-words': { request: () => ({}), expect: anyStaff },
  'safety:set-platform-watched-words': {
    request: () => ({
      params: { locale: 'en' },
      body: { words: [{ phrase: 'x', action: 'hold' }] },
    }),
    expect: staffOnly({ facilitator: 403, facilitatorOfAnotherGroup: 403 }),
  },
  'sessions:reports': {
    request: (w) => ({ params: { groupId: w.groupId, sessionId: w.sessionId } }),
    expect: groupManagers,
  },
};

/** Routes whose "allowed" answer is a refusal of the made-up input, not a 200. */
const ALLOWED_STATUS: Partial<Record<HttpRouteName, number>> = {
  'auth:sign-in': 401,
  'staff:accept-invite': 404,
  'staff:set-password': 404,
  'invites:inspect': 404,
  'invites:accept': 404,
};

describe('authorization of every HTTP route', () => {
  let t: HavenUnderTest;
  const clients = {} as Record<Who, HttpClient>;
  const staffIds = {} as World['staffIds'];
  let otherGroupId = '';

  const staffClient = (email: string, role: 'facilitator' | 'moderator', isAdmin = false) =>
    signedInStaff(t.haven.url, t.haven.store, { email, name: email, role, isAdmin });

  async function participantClient(groupId: string): Promise<HttpClient> {
    const token = newSecret();
    const id = randomIds.next();
    await t.haven.store.participants.create(id, hashSecret(token), new Date().toISOString());
    await t.haven.store.participants.putMembership(
      { groupId, participantId: id, displayName: 'P', status: 'admitted' },
      new Date().toISOString(),
    );
    const client = new HttpClient(t.haven.url);
    client.deviceToken = token;
    return client;
  }

  /** A fresh group run by our facilitator and moderator, with one participant. */
  async function freshWorld(): Promise<World> {
    const groupId = randomIds.next();
    await t.haven.store.groups.create({
      id: groupId,
      name: 'G',
      description: '',
      language: 'en',
      visibility: 'closed',
      capacity: 12,
      approvalRequired: false,
      media: 'audio_video',
      cameraOnAtJoin: false,
      agreementText: 'Rules',
      createdAt: new Date().toISOString(),
    });
    await t.haven.store.groups.assignStaff(groupId, staffIds.facilitator, 'facilitator');
    await t.haven.store.groups.assignStaff(groupId, staffIds.moderator, 'moderator');
    // Fresh participants each time: some routes delete the caller's identity.
    const participant = await participantClient(groupId);
    clients.participant.deviceToken = participant.deviceToken;
    clients.participantOfAnotherGroup.deviceToken = (
      await participantClient(otherGroupId)
    ).deviceToken;
    const deviceId = (await t.haven.store.participants.findByDeviceToken(
      hashSecret(participant.deviceToken!),
    ))!.id;
    const participantId = (await t.haven.store.participants.membership(groupId, deviceId))!
      .memberId;
    const inviteId = randomIds.next();
    await t.haven.store.invites.create({
      id: inviteId,
      groupId,
      tokenHash: hashSecret(newSecret()),
      createdBy: staffIds.facilitator,
      createdAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      maxUses: null,
    });
    const waitingId = randomIds.next();
    await t.haven.store.participants.create(
      waitingId,
      hashSecret(newSecret()),
      new Date().toISOString(),
    );
    await t.haven.store.participants.putMembership(
      { groupId, participantId: waitingId, displayName: 'W', status: 'requested' },
      new Date().toISOString(),
    );
    const waitingMemberId = (await t.haven.store.participants.membership(groupId, waitingId))!
      .memberId;
    const sessionId = randomIds.next();
    await t.haven.store.sessions.create({
      id: sessionId,
      groupId,
      title: 'S',
      createdAt: new Date().toISOString(),
    });
    const banId = randomIds.next();
    await t.haven.store.bans.create({
      id: banId,
      groupId,
      sessionId,
      participantId: waitingId,
      memberId: waitingMemberId,
      displayName: 'W',
      createdBy: staffIds.moderator,
      createdAt: new Date().toISOString(),
    });
    const seriesId = randomIds.next();
    const scheduledId = randomIds.next();
    // It starts now: RSVPs, the room and the venue check-in are all open.
    const tomorrow = new Date();
    const plan = {
      groupId,
      title: 'Weekly',
      durationMin: 60,
      format: 'hybrid' as const,
      venue: { name: 'Hall', address: '', accessNotes: '' },
      capacity: null,
      lobby: false,
      opensBeforeMin: 15,
      moderatorIds: [],
      createdAt: new Date().toISOString(),
    };
    await t.haven.store.schedule.createSeries({
      ...plan,
      id: seriesId,
      recurrence: 'FREQ=WEEKLY',
      firstStart: tomorrow.toISOString().slice(0, 16),
      timeZone: 'UTC',
      stoppedAt: null,
    });
    await t.haven.store.schedule.addOccurrences([
      {
        ...plan,
        id: scheduledId,
        seriesId,
        occurrenceKey: tomorrow.toISOString().slice(0, 16),
        startsAt: tomorrow.toISOString(),
        cancelledAt: null,
        moved: false,
      },
    ]);
    const checkinSecret = (await t.haven.store.attendance.checkinSecret(scheduledId, newSecret()))!;
    return {
      checkinSecret,
      seriesId,
      scheduledId,
      groupId,
      openGroupId: otherGroupId,
      inviteId,
      participantId,
      waitingId: waitingMemberId,
      sessionId,
      banId,
      staffIds,
    };
  }

  beforeAll(async () => {
    t = await startTestHaven();
    otherGroupId = randomIds.next();
    await t.haven.store.groups.create({
      id: otherGroupId,
      name: 'Other',
      description: '',
      language: 'en',
      visibility: 'open',
      capacity: 12,
      approvalRequired: false,
      media: 'audio_video',
      cameraOnAtJoin: false,
      agreementText: 'Other rules',
      createdAt: new Date().toISOString(),
    });
    const facilitator = await staffClient('f@example.org', 'facilitator');
    const moderator = await staffClient('m@example.org', 'moderator');
    const outsider = await staffClient('o@example.org', 'facilitator');
    const admin = await staffClient('a@example.org', 'facilitator', true);
    await t.haven.store.groups.assignStaff(otherGroupId, outsider.id, 'facilitator');
    staffIds.facilitator = facilitator.id;
    staffIds.moderator = moderator.id;
    Object.assign(clients, {
      anonymous: new HttpClient(t.haven.url),
      participantOfAnotherGroup: await participantClient(otherGroupId),
      participant: await participantClient(otherGroupId),
      moderator: moderator.client,
      facilitator: facilitator.client,
      facilitatorOfAnotherGroup: outsider.client,
      admin: admin.client,
    });
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('has a row for every route in the catalog, and no other', () => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(httpRoutes).sort());
  });

  const cases = (Object.keys(table) as HttpRouteName[]).flatMap((route) =>
    WHO.map((who) => [route, who] as const),
  );
  it.each(cases)('%s as %s', async (route, who) => {
    const row = table[route];
    const world = await freshWorld();
    // Sign-out would end the shared session: use a fresh sign-in for it.
    const client =
      route === 'auth:sign-out' && clients[who].cookie ? await cloneSession(who) : clients[who];
    const res = await client.call(route, row.request(world));
    const expected = row.expect[who];
    const status = expected === 'ok' ? (ALLOWED_STATUS[route] ?? 200) : expected;
    expect(res.status, JSON.stringify(res.body)).toBe(status);
  });

  async function cloneSession(who: Who): Promise<HttpClient> {
    const email = { moderator: 'm', facilitator: 'f', facilitatorOfAnotherGroup: 'o', admin: 'a' }[
      who as 'moderator'
    ];
    const password = newSecret();
    const staff = await t.haven.store.staff.findByEmail(`${email}@example.org`);
    await t.haven.store.staff.setPasswordHash(staff!.id, await hashPassword(password));
    const client = new HttpClient(t.haven.url);
    await client.call('auth:sign-in', { body: { email: `${email}@example.org`, password } });
    return client;
  }
});
