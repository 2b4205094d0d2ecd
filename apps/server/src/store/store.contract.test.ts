import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChatMessage } from '@haven/protocol';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSchema, TEST_DATABASE_URL } from '../test-support/postgres';
import { openDatabase, type DatabaseOptions } from './database';
import { migrateToLatest } from './migrations';
import { openStore, type Store } from './store';

interface Harness {
  name: 'sqlite' | 'postgres';
  /** Options for a database of its own, created on first use. */
  options(): Promise<DatabaseOptions>;
  teardown(): Promise<void>;
}

const sqlite = (): Harness => {
  const dirs: string[] = [];
  return {
    name: 'sqlite',
    options: () => {
      const dir = mkdtempSync(join(tmpdir(), 'haven-store-'));
      dirs.push(dir);
      return Promise.resolve({ dataDir: dir });
    },
    teardown: () => {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
};

const postgres = (): Harness => {
  const schemas: Awaited<ReturnType<typeof createTestSchema>>[] = [];
  return {
    name: 'postgres',
    options: async () => {
      const schema = await createTestSchema();
      schemas.push(schema);
      return { databaseUrl: TEST_DATABASE_URL, dataDir: '', pgSchema: schema.schema };
    },
    teardown: async () => {
      for (const s of schemas) await s.drop();
    },
  };
};

let n = 0;
const message = (
  seq: number,
  extra: Partial<ChatMessage & { sessionId: string }> = {},
): ChatMessage & { sessionId: string } => ({
  sessionId: 's1',
  id: `m${seq}-${n++}`,
  seq,
  senderId: 'p1',
  senderName: 'Amal',
  clientMsgId: `c${seq}-${n++}`,
  text: `text ${seq}`,
  sentAt: new Date(Date.UTC(2026, 10, 26, 10, 0, seq)).toISOString(),
  ...extra,
});

const T0 = '2026-11-26T10:00:00.000Z';
const T1 = '2026-11-27T10:00:00.000Z';
const T2 = '2026-11-28T10:00:00.000Z';

describe.each([sqlite(), postgres()])('store contract: $name', (harness) => {
  let store: Store;
  let options: DatabaseOptions;

  beforeAll(async () => {
    options = await harness.options();
    store = await openStore(options);
    await store.groups.create({
      id: 'g1',
      name: 'Newcomers circle',
      description: '',
      language: 'ar',
      visibility: 'closed',
      capacity: 8,
      approvalRequired: true,
      media: 'audio_only',
      cameraOnAtJoin: true,
      lobbyMessage: 'Tea and biscuits from 17:45.',
      agreementText: 'Be kind.',
      createdAt: T0,
    });
    await store.sessions.create({ id: 's1', groupId: 'g1', title: 'Week 1', createdAt: T0 });
    await store.sessions.create({ id: 's2', groupId: 'g1', title: 'Week 2', createdAt: T1 });
    await store.staff.create({
      id: 'f1',
      email: 'Farah@Example.org',
      name: 'Farah',
      passwordHash: 'hash-f1',
      role: 'facilitator',
      isAdmin: true,
      createdAt: T0,
    });
  });
  afterAll(async () => {
    await store.close();
    await harness.teardown();
  });

  it('runs migrations again without harm and pings', async () => {
    const again = await openStore(options);
    await again.ping();
    expect(await again.sessions.find('s1')).not.toBeNull();
    await again.close();
    expect(store.dialect).toBe(harness.name);
  });

  it('reads a session with its group and current agreement', async () => {
    expect(await store.sessions.find('s1')).toEqual({
      groupId: 'g1',
      capacity: 8,
      endedAt: null,
      timing: { startsAt: null, durationMin: 0, opensBeforeMin: 0, cancelled: false },
      info: {
        id: 's1',
        title: 'Week 1',
        groupId: 'g1',
        groupName: 'Newcomers circle',
        openToAll: false,
        language: 'ar',
        agreement: { version: 1, text: 'Be kind.' },
        media: 'audio_only',
        lobby: false,
        lobbyMessage: 'Tea and biscuits from 17:45.',
        maskContacts: false,
        schedule: null,
      },
    });
    expect(await store.sessions.find('missing')).toBeNull();
    expect(await store.sessions.first()).toBe('s1');
  });

  it('ends a session once', async () => {
    expect(await store.sessions.end('s1', T1)).toBe(true);
    expect(await store.sessions.end('s1', T2)).toBe(false);
    expect((await store.sessions.find('s1'))?.endedAt).toBe(T1);
  });

  describe('groups', () => {
    it('keeps settings and versions the agreement', async () => {
      expect(await store.groups.find('g1')).toMatchObject({
        visibility: 'closed',
        capacity: 8,
        approvalRequired: true,
        media: 'audio_only',
        cameraOnAtJoin: true,
        agreement: { version: 1, text: 'Be kind.' },
        archivedAt: null,
      });
      expect(await store.groups.newAgreement('g1', 'Be kind. Keep it here.', T1)).toBe(2);
      expect((await store.groups.find('g1'))?.agreement).toEqual({
        version: 2,
        text: 'Be kind. Keep it here.',
      });
      expect((await store.sessions.find('s1'))?.info.agreement.version).toBe(2);
    });

    it('edits, lists open groups and archives', async () => {
      await store.groups.create({
        id: 'g2',
        name: 'Grief circle',
        description: 'Open to all',
        language: 'uk',
        visibility: 'open',
        capacity: 12,
        approvalRequired: false,
        media: 'audio_video',
        cameraOnAtJoin: false,
        agreementText: 'Listen.',
        createdAt: T0,
      });
      expect((await store.groups.listOpen()).map((g) => g.id)).toEqual(['g2']);
      await store.groups.update('g2', {
        name: 'Grief and loss',
        approvalRequired: true,
        media: 'text_only',
        cameraOnAtJoin: true,
      });
      expect(await store.groups.find('g2')).toMatchObject({
        name: 'Grief and loss',
        approvalRequired: true,
        media: 'text_only',
        cameraOnAtJoin: true,
        language: 'uk',
      });
      await store.groups.archive('g2', T1);
      expect(await store.groups.listOpen()).toEqual([]);
      expect((await store.groups.find('g2'))?.archivedAt).toBe(T1);
    });

    it('assigns staff with a role per group', async () => {
      await store.groups.assignStaff('g1', 'f1', 'moderator');
      await store.groups.assignStaff('g1', 'f1', 'facilitator');
      expect(await store.groups.staffRole('g1', 'f1')).toBe('facilitator');
      expect(await store.groups.staffRole('g2', 'f1')).toBeNull();
      expect((await store.groups.listForStaff('f1')).map((g) => [g.id, g.role])).toEqual([
        ['g1', 'facilitator'],
      ]);
      expect(await store.groups.staffOf('g1')).toEqual([
        { staffId: 'f1', name: 'Farah', role: 'facilitator' },
      ]);
      await store.groups.unassignStaff('g1', 'f1');
      expect(await store.groups.staffRole('g1', 'f1')).toBeNull();
      await store.groups.assignStaff('g1', 'f1', 'facilitator');
    });
  });

  describe('participants', () => {
    it('finds a participant by device token, with a name and status per group', async () => {
      await store.participants.create('p1', 'device-1', T0);
      expect(await store.participants.findByDeviceToken('device-1')).toEqual({ id: 'p1' });
      expect(await store.participants.findByDeviceToken('other')).toBeNull();

      await store.participants.putMembership(
        { groupId: 'g1', participantId: 'p1', displayName: 'Amal', status: 'requested' },
        T0,
      );
      await store.participants.putMembership(
        { groupId: 'g1', participantId: 'p1', displayName: 'أمل', status: 'admitted' },
        T1,
      );
      const m = await store.participants.membership('g1', 'p1');
      expect(m).toMatchObject({
        groupId: 'g1',
        participantId: 'p1',
        displayName: 'أمل',
        status: 'admitted',
      });
      // The id the group sees is its own, kept across updates, and finds the membership back.
      expect(m?.memberId).toMatch(/^[A-Za-z0-9_-]{16}$/);
      expect(m?.memberId).not.toBe('p1');
      expect(await store.participants.membershipByMemberId('g1', m!.memberId)).toEqual(m);
      expect(await store.participants.membership('g2', 'p1')).toBeNull();
      expect((await store.participants.membersOf('g1')).map((m) => m.displayName)).toEqual(['أمل']);
    });

    it('records agreement acceptances by version, once each', async () => {
      expect(await store.participants.acceptedVersion('g1', 'p1')).toBeNull();
      await store.participants.recordAcceptance('g1', 'p1', 1, T0);
      await store.participants.recordAcceptance('g1', 'p1', 1, T1);
      expect(await store.participants.acceptedVersion('g1', 'p1')).toBe(1);
      await store.participants.recordAcceptance('g1', 'p1', 2, T2);
      expect(await store.participants.acceptedVersion('g1', 'p1')).toBe(2);
    });
  });

  it('exports and deletes everything about one participant, keeping the chat sequence', async () => {
    await store.participants.create('p-del', 'device-del', T0);
    await store.participants.putMembership(
      { groupId: 'g1', participantId: 'p-del', displayName: 'Gone', status: 'admitted' },
      T0,
    );
    await store.participants.recordAcceptance('g1', 'p-del', 2, T1);
    const memberId = (await store.participants.membership('g1', 'p-del'))!.memberId;
    await store.sessions.create({ id: 's3', groupId: 'g1', title: 'Week 3', createdAt: T2 });
    const base = 0;
    await store.chat.append([
      message(base + 1, { sessionId: 's3', senderId: memberId, senderName: 'Gone', text: 'mine' }),
      message(base + 2, { sessionId: 's3', senderId: 'p-keep', text: 'theirs' }),
    ]);
    expect(await store.participants.dataOf('p-del')).toEqual({
      memberships: [
        { groupId: 'g1', groupName: 'Newcomers circle', displayName: 'Gone', status: 'admitted' },
      ],
      acceptances: [{ groupId: 'g1', version: 2, acceptedAt: T1 }],
    });
    expect((await store.chat.allBy('p-del')).map((m) => m.text)).toEqual(['mine']);
    expect(await store.participants.setStatus('g1', 'p-del', 'left', T1)).toBe(true);
    expect(await store.participants.setStatus('g1', 'nobody', 'left', T1)).toBe(false);

    await store.bans.create({
      id: 'ban-del',
      groupId: 'g1',
      sessionId: 's3',
      participantId: 'p-del',
      memberId,
      displayName: 'Gone',
      createdBy: 'mod',
      createdAt: T2,
    });
    await store.audit.append({
      id: 'audit-del',
      sessionId: 's3',
      actorId: 'mod',
      actorName: 'Mod',
      action: 'remove',
      targetId: memberId,
      targetName: 'Gone',
      detail: null,
      at: T2,
    });

    await store.participants.deleteEverything('p-del', T2);
    expect(await store.participants.findByDeviceToken('device-del')).toBeNull();
    // What moderators did stays on record; the name does not.
    expect((await store.audit.forSession('s3')).map((e) => [e.action, e.targetName])).toEqual([
      ['remove', ''],
    ]);
    expect((await store.bans.listInForce('g1')).find((b) => b.id === 'ban-del')?.displayName).toBe(
      '',
    );
    expect(await store.participants.dataOf('p-del')).toEqual({ memberships: [], acceptances: [] });
    expect(await store.chat.allBy('p-del')).toEqual([]);
    const after = await store.chat.after('s3', base, 10);
    expect(after.map((m) => [m.seq, m.text, m.senderName, m.removed ?? false])).toEqual([
      [base + 1, '', '', true],
      [base + 2, 'theirs', 'Amal', false],
    ]);
  });

  describe('staff', () => {
    it('finds accounts by case-insensitive email', async () => {
      expect(await store.staff.findByEmail('farah@example.ORG')).toMatchObject({
        id: 'f1',
        email: 'farah@example.org',
        isAdmin: true,
        disabled: false,
      });
      expect(await store.staff.findByEmail('nobody@example.org')).toBeNull();
      await expect(
        store.staff.create({
          id: 'f2',
          email: 'FARAH@example.org',
          name: 'Copy',
          passwordHash: 'x',
          role: 'moderator',
          isAdmin: false,
          createdAt: T0,
        }),
      ).rejects.toThrow();
    });

    it('keeps sessions until they expire or are removed', async () => {
      await store.staff.createSession({
        tokenHash: 'sess-1',
        staffId: 'f1',
        csrfToken: 'csrf-1',
        createdAt: T0,
        expiresAt: T2,
      });
      expect(await store.staff.findSession('sess-1', T1)).toMatchObject({
        staff: { id: 'f1' },
        csrfToken: 'csrf-1',
      });
      expect(await store.staff.findSession('sess-1', T2)).toBeNull();
      await store.staff.deleteSessionsOf('f1');
      expect(await store.staff.findSession('sess-1', T1)).toBeNull();
    });

    it('uses a staff invite once, before it expires', async () => {
      await store.staff.createInvite({
        tokenHash: 'si-1',
        role: 'moderator',
        createdBy: 'f1',
        createdAt: T0,
        expiresAt: T2,
      });
      expect(await store.staff.useInvite('si-1', T2)).toBeNull();
      const [first, second] = await Promise.all([
        store.staff.useInvite('si-1', T1),
        store.staff.useInvite('si-1', T1),
      ]);
      expect([first, second].filter((r) => r === 'moderator')).toHaveLength(1);
      expect(await store.staff.useInvite('si-1', T1)).toBeNull();
    });
  });

  it('uses a password reset link once, before it expires', async () => {
    await store.staff.createPasswordReset({
      tokenHash: 'pr-1',
      staffId: 'f1',
      createdAt: T0,
      expiresAt: T2,
    });
    expect(await store.staff.usePasswordReset('pr-1', T2)).toBeNull();
    expect(await store.staff.usePasswordReset('pr-1', T1)).toBe('f1');
    expect(await store.staff.usePasswordReset('pr-1', T1)).toBeNull();
    expect(await store.staff.count()).toBe(1);
  });

  describe('bans and the audit log', () => {
    it("keeps a participant's bans per group until lifted", async () => {
      const ban = {
        groupId: 'g1',
        participantId: 'p-ban',
        memberId: 'm-ban',
        displayName: 'B',
        createdBy: 'mod',
        createdAt: T0,
      };
      const ids = async () => (await store.bans.ofParticipant('g1', 'p-ban')).map((b) => b.id);
      await store.bans.create({ ...ban, id: 'b1', sessionId: 's1' });
      await store.bans.create({ ...ban, id: 'b2', sessionId: null, createdAt: T1 });
      await store.bans.create({ ...ban, id: 'b3', participantId: 'p-other', sessionId: null });
      expect(await ids()).toEqual(['b1', 'b2']);
      expect(await store.bans.ofParticipant('g-other', 'p-ban')).toEqual([]);
      expect((await store.bans.ofParticipant('g1', 'p-ban'))[0]).toMatchObject({
        sessionId: 's1',
        liftedAt: null,
      });
      const mine = (await store.bans.listInForce('g1')).filter((b) => b.participantId === 'p-ban');
      expect(mine.map((b) => b.id)).toEqual(['b2', 'b1']);
      expect(await store.bans.lift('g1', 'b2', T2)).toMatchObject({ id: 'b2', sessionId: null });
      expect(await store.bans.lift('g1', 'b2', T2)).toBeNull();
      expect(await ids()).toEqual(['b1']);
    });

    it('keeps moderator actions per session in order, with their parameters', async () => {
      const entry = {
        sessionId: 's1',
        actorId: 'mod',
        actorName: 'Mod',
        targetId: 'm1',
        targetName: 'Amal',
      };
      await store.audit.append({
        ...entry,
        id: 'a2',
        action: 'timeout',
        detail: { minutes: 5 },
        at: T1,
      });
      await store.audit.append({
        ...entry,
        id: 'a1',
        action: 'mute',
        detail: { kind: 'chat' },
        at: T0,
      });
      await store.audit.append({
        ...entry,
        id: 'a3',
        action: 'mute-all',
        targetId: null,
        targetName: null,
        detail: null,
        at: T2,
      });
      const log = await store.audit.forSession('s1');
      expect(log.map((e) => [e.action, e.detail])).toEqual([
        ['mute', { kind: 'chat' }],
        ['timeout', { minutes: 5 }],
        ['mute-all', null],
      ]);
      expect(await store.audit.forSession('s-other')).toEqual([]);
    });
  });

  describe("the moderators' channel", () => {
    const note = (id: string, senderId: string, clientMsgId: string, text: string) => ({
      id,
      senderId,
      senderName: senderId.toUpperCase(),
      clientMsgId,
      text,
      sentAt: T0,
    });

    it('keeps messages per session in the order they were sent, a retried send once', async () => {
      await store.modChat.append('s1', note('n1', 'mod-a', 'c1', 'Amal looks upset'));
      // Same instant, another sender: the order still follows the appends.
      await store.modChat.append('s1', note('n2', 'mod-b', 'c1', 'I will check in with her'));
      await store.modChat.append('s2', note('n3', 'mod-a', 'c1', 'Another session'));
      const retried = await store.modChat.append('s1', note('n9', 'mod-a', 'c1', 'again'));
      expect(retried).toMatchObject({ id: 'n1', text: 'Amal looks upset' });
      await store.modChat.append('s1', note('n4', 'mod-a', 'c2', 'Thanks'));

      expect((await store.modChat.latest('s1', 10)).map((m) => m.id)).toEqual(['n1', 'n2', 'n4']);
      expect((await store.modChat.latest('s1', 2)).map((m) => m.id)).toEqual(['n2', 'n4']);
      expect((await store.modChat.latest('s2', 10)).map((m) => m.text)).toEqual([
        'Another session',
      ]);
    });
  });

  describe('the schedule', () => {
    const series = {
      id: 'ser1',
      groupId: 'g1',
      title: 'Weekly',
      recurrence: 'FREQ=WEEKLY',
      firstStart: '2027-03-02T18:00',
      timeZone: 'Europe/Berlin',
      durationMin: 90,
      format: 'hybrid' as const,
      venue: { name: 'Hall', address: '1 Main St', accessNotes: 'Step-free' },
      capacity: 6,
      lobby: true,
      opensBeforeMin: 15,
      moderatorIds: ['f1'],
      createdAt: T0,
      stoppedAt: null,
    };
    const occurrence = (id: string, key: string, startsAt: string) => ({
      ...series,
      id,
      seriesId: 'ser1',
      occurrenceKey: key,
      startsAt,
      cancelledAt: null,
      moved: false,
    });

    it('keeps series and their occurrences once each, moved and cancelled ones as they are', async () => {
      await store.schedule.createSeries(series);
      expect(await store.schedule.findSeries('g1', 'ser1')).toEqual(series);
      const week1 = occurrence('o1', '2027-03-02T18:00', '2027-03-02T17:00:00.000Z');
      const week2 = occurrence('o2', '2027-03-09T18:00', '2027-03-09T17:00:00.000Z');
      await store.schedule.addOccurrences([week1, week2]);
      await store.schedule.update('o2', { startsAt: '2027-03-10T17:00:00.000Z', moved: true });
      // The same occurrences again, with new ids: nothing is added or reset.
      await store.schedule.addOccurrences([
        occurrence('x1', '2027-03-02T18:00', '2027-03-02T17:00:00.000Z'),
        occurrence('x2', '2027-03-09T18:00', '2027-03-09T17:00:00.000Z'),
      ]);
      const all = await store.schedule.between(
        ['g1'],
        '2027-03-01T00:00:00.000Z',
        '2027-04-01T00:00:00.000Z',
      );
      expect(all.map((s) => [s.id, s.startsAt, s.moved])).toEqual([
        ['o1', '2027-03-02T17:00:00.000Z', false],
        ['o2', '2027-03-10T17:00:00.000Z', true],
      ]);
      expect(all[0]).toMatchObject({ venue: series.venue, moderatorIds: ['f1'], capacity: 6 });
      expect((await store.sessions.find('o1'))?.info.schedule).toEqual({
        startsAt: '2027-03-02T17:00:00.000Z',
        endsAt: '2027-03-02T18:30:00.000Z',
        opensAt: '2027-03-02T16:45:00.000Z',
        cancelled: false,
      });

      // Stopping cancels what has not started yet, once.
      expect(await store.schedule.stopSeries('ser1', '2027-03-05T00:00:00.000Z')).toBe(true);
      expect(await store.schedule.stopSeries('ser1', '2027-03-06T00:00:00.000Z')).toBe(false);
      expect((await store.schedule.find('o1'))?.cancelledAt).toBeNull();
      expect((await store.schedule.find('o2'))?.cancelledAt).toBe('2027-03-05T00:00:00.000Z');
      expect(await store.schedule.runningSeries('g1')).toEqual([]);
    });

    it('keeps one answer per member and session, and a calendar token by its hash', async () => {
      const member = async (id: string, status: 'admitted' | 'left') => {
        await store.participants.create(id, `device-hash-${id}`, T0);
        await store.participants.putMembership(
          { groupId: 'g1', participantId: id, displayName: id, status },
          T0,
        );
        return (await store.participants.membership('g1', id))!.memberId;
      };
      const [m1, m2, gone] = [
        await member('p-r1', 'admitted'),
        await member('p-r2', 'admitted'),
        await member('p-r3', 'left'),
      ];
      await store.schedule.setRsvp('o1', { memberId: m1, answer: 'going', goingSince: T0 }, T0);
      await store.schedule.setRsvp('o1', { memberId: m2, answer: 'going', goingSince: T1 }, T1);
      await store.schedule.setRsvp('o1', { memberId: gone, answer: 'going', goingSince: T0 }, T0);
      await store.schedule.setRsvp(
        'o1',
        { memberId: m1, answer: 'not_going', goingSince: null },
        T2,
      );
      const answers = (await store.schedule.rsvps(['o1', 'o2'])).get('o1') ?? [];
      // Someone who left the group holds no seat.
      expect(answers.sort((a, b) => (a.answer < b.answer ? -1 : 1))).toEqual([
        { memberId: m2, answer: 'going', goingSince: T1 },
        { memberId: m1, answer: 'not_going', goingSince: null },
      ]);
      expect((await store.schedule.rsvps(['o2'])).get('o2')).toEqual([]);

      await store.participants.create('p-feed', 'device-hash-feed', T0);
      await store.participants.putMembership(
        { groupId: 'g1', participantId: 'p-feed', displayName: 'F', status: 'admitted' },
        T0,
      );
      await store.participants.setFeedToken('g1', 'p-feed', 'feed-hash-1');
      expect(await store.participants.byFeedToken('feed-hash-1')).toMatchObject({
        participantId: 'p-feed',
        status: 'admitted',
      });
      await store.participants.setFeedToken('g1', 'p-feed', 'feed-hash-2');
      expect(await store.participants.byFeedToken('feed-hash-1')).toBeNull();
      expect(
        (await store.participants.admittedMemberships('p-feed')).map((m) => m.groupId),
      ).toEqual(['g1']);
    });
  });

  describe('safety', () => {
    it('keeps crisis resources per owner and language, in order, replaced whole', async () => {
      const line = (name: string) => ({
        name,
        phone: '',
        sms: '',
        whatsapp: '',
        hours: '',
        description: '',
      });
      await store.safety.setResources('g1', 'ar', [line('b'), line('a')]);
      await store.safety.setResources('g1', 'uk', [line('c')]);
      await store.safety.setResources('*', 'ar', [line('platform')]);
      await store.safety.setResources('g1', 'uk', []);
      const lists = await store.safety.resourcesOf('g1');
      expect([...lists.keys()]).toEqual(['ar']);
      expect(lists.get('ar')?.map((r) => r.name)).toEqual(['b', 'a']);
      expect((await store.safety.resourcesOf('*')).get('ar')?.[0]?.name).toBe('platform');
    });

    it('keeps calls for support per session; the first moderator to take one keeps it', async () => {
      const call = {
        participantId: 'm1',
        displayName: 'Amal',
        reason: 'asked' as const,
        seq: null,
        acknowledged: null,
      };
      await store.safety.raise('s1', { ...call, id: 'al2', raisedAt: T1 });
      await store.safety.raise('s1', { ...call, id: 'al1', raisedAt: T0 });
      expect((await store.safety.alerts('s1')).map((a) => a.id)).toEqual(['al1', 'al2']);
      const taken = await store.safety.acknowledge('s1', 'al1', { id: 'mo', name: 'Mo' }, T2);
      expect(taken?.acknowledged).toEqual({ by: 'mo', name: 'Mo', at: T2 });
      const late = await store.safety.acknowledge('s1', 'al1', { id: 'f1', name: 'F' }, T2);
      expect(late?.acknowledged?.by).toBe('mo');
      expect(await store.safety.acknowledge('s2', 'al1', { id: 'mo', name: 'Mo' }, T2)).toBeNull();
    });

    it('keeps watched words per owner and language, in order, replacing a whole list', async () => {
      await store.watch.set('g1', 'ar', [
        { phrase: 'انتحار', action: 'flag' },
        { phrase: 'غبي', action: 'hold' },
      ]);
      await store.watch.set('*', 'en', [{ phrase: 'spam', action: 'block' }]);
      await store.watch.set('g1', 'en', [{ phrase: 'idiot', action: 'hold' }]);
      await store.watch.set('g1', 'en', []);
      const lists = await store.watch.listsOf(['g1', '*']);
      expect([...(lists.get('g1') ?? [])]).toEqual([
        [
          'ar',
          [
            { phrase: 'انتحار', action: 'flag' },
            { phrase: 'غبي', action: 'hold' },
          ],
        ],
      ]);
      expect(lists.get('*')?.get('en')).toEqual([{ phrase: 'spam', action: 'block' }]);
    });

    it('holds messages until released, and releases one when the message sharing it is stored', async () => {
      const held = (id: string, clientMsgId: string, sentAt: string) => ({
        id,
        senderId: 'm1',
        senderName: 'Amal',
        clientMsgId,
        text: `text ${id}`,
        sentAt,
        phrases: ['idiot*'],
      });
      // A session of its own: the other suites here count the messages of s1 and s2.
      await store.sessions.create({ id: 's-held', groupId: 'g1', title: 'Held', createdAt: T0 });
      await store.held.hold('s-held', held('h2', 'c2', T1));
      await store.held.hold('s-held', held('h1', 'c1', T0));
      await expect(store.held.hold('s-held', held('h3', 'c1', T2))).rejects.toThrow();
      expect(await store.held.of('s-held')).toEqual([held('h1', 'c1', T0), held('h2', 'c2', T1)]);
      await store.held.release('s-held', 'h1');
      // Sharing: the message and the release are one transaction.
      await store.chat.append([
        {
          sessionId: 's-held',
          id: 'shared',
          seq: 1,
          senderId: 'm1',
          senderName: 'Amal',
          clientMsgId: 'c2',
          text: 'text h2',
          sentAt: T2,
          heldId: 'h2',
        },
      ]);
      expect(await store.held.of('s-held')).toEqual([]);
    });

    it('keeps private check-ins with their moderators and messages, a retried send once', async () => {
      await store.talks.open(
        's1',
        { id: 't1', participantId: 'm1', displayName: 'Amal', openedAt: T0 },
        { id: 'mo', name: 'Mo' },
      );
      await store.talks.join('t1', { id: 'co', name: 'Co' }, T1);
      await store.talks.join('t1', { id: 'co', name: 'Co' }, T2);
      const message = (id: string, clientMsgId: string, senderId: string) => ({
        id,
        talkId: 't1',
        senderId,
        senderName: senderId,
        clientMsgId,
        kind: 'text' as const,
        text: `from ${senderId}`,
        sentAt: T1,
      });
      await store.talks.append(message('x1', 'c1', 'mo'));
      expect(await store.talks.append(message('x2', 'c1', 'mo'))).toEqual(
        message('x1', 'c1', 'mo'),
      );
      await store.talks.append(message('x3', 'c1', 'm1'));
      expect((await store.talks.messages('t1', 10)).map((m) => m.id)).toEqual(['x1', 'x3']);
      expect((await store.talks.messages('t1', 1)).map((m) => m.id)).toEqual(['x3']);
      await store.talks.close('t1', T2);
      expect(await store.talks.of('s1')).toEqual([
        {
          id: 't1',
          participantId: 'm1',
          displayName: 'Amal',
          openedAt: T0,
          closedAt: T2,
          moderators: [
            { id: 'mo', name: 'Mo' },
            { id: 'co', name: 'Co' },
          ],
        },
      ]);
      expect(await store.talks.of('s1', 'someone-else')).toEqual([]);
    });

    it("deletes what a group's people wrote before a cutoff, and nothing of other groups", async () => {
      for (const id of ['g-old', 'g-other'])
        await store.groups.create({
          id,
          name: id,
          description: '',
          language: 'en',
          visibility: 'closed',
          capacity: 8,
          approvalRequired: false,
          media: 'audio_video',
          cameraOnAtJoin: false,
          retentionDays: 1,
          agreementText: 'Be kind.',
          createdAt: T0,
        });
      expect((await store.groups.find('g-old'))?.retentionDays).toBe(1);
      const write = async (sessionId: string, groupId: string) => {
        await store.sessions.create({ id: sessionId, groupId, title: 'S', createdAt: T0 });
        const chat = (seq: number, at: string) => ({
          sessionId,
          id: `${sessionId}-m${seq}`,
          seq,
          senderId: 'm1',
          senderName: 'Amal',
          clientMsgId: `${sessionId}-c${seq}`,
          text: 'words',
          sentAt: at,
        });
        await store.chat.append([chat(1, T0), chat(2, T2)]);
        await store.modChat.append(sessionId, {
          id: `${sessionId}-n`,
          senderId: 'mo',
          senderName: 'Mo',
          clientMsgId: 'n',
          text: 'note',
          sentAt: T0,
        });
        await store.held.hold(sessionId, {
          id: `${sessionId}-h`,
          senderId: 'm1',
          senderName: 'Amal',
          clientMsgId: 'h',
          text: 'held',
          sentAt: T0,
        });
        const opener = { id: 'mo', name: 'Mo' };
        await store.talks.open(
          sessionId,
          { id: `${sessionId}-t`, participantId: 'm1', displayName: 'Amal', openedAt: T0 },
          opener,
        );
        await store.talks.append({
          id: `${sessionId}-tm`,
          talkId: `${sessionId}-t`,
          senderId: 'mo',
          senderName: 'Mo',
          clientMsgId: 'x',
          kind: 'text',
          text: 'are you safe?',
          sentAt: T0,
        });
        await store.talks.close(`${sessionId}-t`, T0);
        await store.safety.raise(sessionId, {
          id: `${sessionId}-a`,
          participantId: 'm1',
          displayName: 'Amal',
          reason: 'asked',
          seq: null,
          raisedAt: T0,
          acknowledged: null,
        });
        await store.reports.add({
          id: `${sessionId}-r`,
          sessionId,
          reporter: { id: 'm2', name: 'B' },
          subject: { id: 'm1', name: 'Amal' },
          seq: 1,
          messageText: 'words',
          reason: '',
          createdAt: T0,
          resolution: null,
        });
      };
      await write('s-old', 'g-old');
      await write('s-other', 'g-other');

      expect(await store.retention.purge('g-old', T1)).toEqual({
        messages: 1,
        modMessages: 1,
        heldMessages: 1,
        checkinMessages: 1,
        checkins: 1,
        alerts: 1,
        reports: 1,
      });
      expect((await store.chat.after('s-old', 0, 10)).map((m) => m.seq)).toEqual([2]);
      expect(await store.modChat.latest('s-old', 10)).toEqual([]);
      expect(await store.held.of('s-old')).toEqual([]);
      expect(await store.talks.of('s-old')).toEqual([]);
      expect(await store.safety.alerts('s-old')).toEqual([]);
      expect(await store.reports.of('s-old')).toEqual([]);
      // Another group's words are its own business.
      expect(await store.chat.after('s-other', 0, 10)).toHaveLength(2);
      expect(await store.talks.messages('s-other-t', 10)).toHaveLength(1);
      expect(await store.reports.of('s-other')).toHaveLength(1);
      // Again: nothing left to delete.
      expect(Object.values(await store.retention.purge('g-old', T1))).toEqual([
        0, 0, 0, 0, 0, 0, 0,
      ]);
      // Everything gone with time: numbering still goes on from where it was.
      await store.retention.purge('g-old', '2100-01-01T00:00:00.000Z');
      expect(await store.chat.after('s-old', 0, 10)).toEqual([]);
      expect(await store.chat.maxSeq('s-old')).toBe(2);
    });

    it('keeps reports with the action taken', async () => {
      const report = {
        id: 'r1',
        sessionId: 's1',
        reporter: { id: 'm1', name: 'Amal' },
        subject: { id: 'm2', name: 'Bohdan' },
        seq: 4,
        messageText: 'unkind words',
        reason: '',
        createdAt: T0,
        resolution: null,
      };
      await store.reports.add(report);
      expect(await store.reports.of('s1')).toEqual([report]);
      const resolved = await store.reports.resolve(
        's1',
        'r1',
        'warned',
        { id: 'mo', name: 'Mo' },
        T1,
      );
      expect(resolved?.resolution).toEqual({
        outcome: 'warned',
        by: { id: 'mo', name: 'Mo' },
        at: T1,
      });
      expect(
        await store.reports.resolve('s1', 'nope', 'warned', { id: 'mo', name: 'Mo' }, T1),
      ).toBeNull();
    });
  });

  describe('invites', () => {
    it('counts uses up to the maximum, atomically, until expiry or revocation', async () => {
      await store.invites.create({
        id: 'i1',
        groupId: 'g1',
        tokenHash: 'inv-1',
        createdBy: 'f1',
        createdAt: T0,
        expiresAt: T2,
        maxUses: 3,
      });
      const uses = await Promise.all(
        Array.from({ length: 5 }, () => store.invites.use('inv-1', T1)),
      );
      expect(uses.filter((u) => u?.groupId === 'g1' && u.id === 'i1')).toHaveLength(3);
      expect((await store.invites.findByToken('inv-1'))?.uses).toBe(3);

      await store.invites.create({
        id: 'i2',
        groupId: 'g1',
        tokenHash: 'inv-2',
        createdBy: 'f1',
        createdAt: T0,
        expiresAt: T2,
        maxUses: null,
      });
      expect(await store.invites.use('inv-2', T1)).toEqual({ id: 'i2', groupId: 'g1' });
      expect(await store.invites.use('inv-2', T2)).toBeNull();
      expect(await store.invites.revoke('g2', 'i2', T1)).toBe(false);
      expect(await store.invites.revoke('g1', 'i2', T1)).toBe(true);
      expect(await store.invites.use('inv-2', T0)).toBeNull();
      expect((await store.invites.listForGroup('g1')).map((i) => i.id).sort()).toEqual([
        'i1',
        'i2',
      ]);
    });
  });

  describe('chat', () => {
    it('appends batches in one transaction and reads them by seq', async () => {
      expect(await store.chat.maxSeq('s1')).toBe(0);
      await store.chat.append([message(1), message(2), message(3)]);
      await store.chat.append([message(4), message(5, { senderId: 'p2', text: 'مرحبا 👋' })]);
      expect(await store.chat.maxSeq('s1')).toBe(5);
      expect(await store.chat.maxSeq('s2')).toBe(0);

      const after = await store.chat.after('s1', 2, 10);
      expect(after.map((m) => m.seq)).toEqual([3, 4, 5]);
      expect(after[2]).toMatchObject({ senderId: 'p2', text: 'مرحبا 👋', seq: 5 });
      expect(after[2]!.sentAt).toBe(new Date(Date.UTC(2026, 10, 26, 10, 0, 5)).toISOString());
      expect((await store.chat.after('s1', 0, 2)).map((m) => m.seq)).toEqual([1, 2]);
      expect((await store.chat.after('s1', 0, 10, 3)).map((m) => m.seq)).toEqual([1, 2, 3]);
      expect((await store.chat.before('s1', undefined, 2)).map((m) => m.seq)).toEqual([4, 5]);
      expect((await store.chat.before('s1', 4, 2)).map((m) => m.seq)).toEqual([2, 3]);
      expect((await store.chat.before('s1', undefined, 10, 2)).map((m) => m.seq)).toEqual([1, 2]);
      expect((await store.chat.recentBy('s1', 'p1', 2)).map((m) => m.seq)).toEqual([4, 3]);
    });

    it('stores nothing of a batch when one row is refused', async () => {
      const before = await store.chat.maxSeq('s1');
      const dupSeq = message(before); // seq already taken
      await expect(store.chat.append([message(before + 1), dupSeq])).rejects.toThrow();
      expect(await store.chat.maxSeq('s1')).toBe(before);

      await store.chat.append([message(before + 1, { clientMsgId: 'same' })]);
      // The same sender's retried client id can never become a second row.
      await expect(
        store.chat.append([message(before + 2, { clientMsgId: 'same' })]),
      ).rejects.toThrow();
      await store.chat.append([message(before + 2, { clientMsgId: 'same', senderId: 'p9' })]);
      expect(await store.chat.maxSeq('s1')).toBe(before + 2);
    });

    it('keeps concurrent batches intact', async () => {
      const base = await store.chat.maxSeq('s2');
      await Promise.all(
        Array.from({ length: 10 }, (_, b) =>
          store.chat.append(
            Array.from({ length: 20 }, (_, i) =>
              message(base + b * 20 + i + 1, { sessionId: 's2' }),
            ),
          ),
        ),
      );
      const all = await store.chat.after('s2', base, 1000);
      expect(all.map((m) => m.seq)).toEqual(Array.from({ length: 200 }, (_, i) => base + i + 1));
    });
  });

  it('upgrades a version-1 database without losing anyone', async () => {
    const old = await harness.options();
    const { db } = openDatabase(old);
    await migrateToLatest(db as unknown as Kysely<unknown>, {
      target: '001-initial',
      schema: old.pgSchema,
    });
    await sql`insert into groups (id, name, description, language, agreement_text, agreement_version, created_at)
              values ('g', 'Old group', '', 'en', 'Old rules', 3, ${T0})`.execute(db);
    await sql`insert into sessions (id, group_id, title, created_at) values ('s', 'g', 'Old', ${T0})`.execute(
      db,
    );
    await sql`insert into participants (id, session_id, display_name, role, resume_token_hash, created_at)
              values ('p', 's', 'Amal', 'participant', 'tok-hash', ${T0})`.execute(db);
    await db.destroy();

    const upgraded = await openStore(old);
    expect((await upgraded.sessions.find('s'))?.info.agreement).toEqual({
      version: 3,
      text: 'Old rules',
    });
    expect(await upgraded.participants.findByDeviceToken('tok-hash')).toEqual({ id: 'p' });
    expect(await upgraded.participants.membership('g', 'p')).toMatchObject({
      displayName: 'Amal',
      status: 'admitted',
    });
    expect(await upgraded.groups.find('g')).toMatchObject({ visibility: 'closed', capacity: 12 });
    await upgraded.close();
  });
});
