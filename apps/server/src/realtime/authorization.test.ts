import {
  clientEvents,
  PROTOCOL_VERSION,
  type ClientEventName,
  type ErrorCode,
} from '@haven/protocol';
import { io as connectClient, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret, newSecret } from '../auth/tokens';
import { randomIds } from '../system';
import { startTestHaven, type HavenUnderTest } from '../test-support/haven-under-test';
import { signedInStaff } from '../test-support/staff';
import { clientMsgId } from '../test-support/haven-under-test';

/**
 * Every socket event × every kind of caller, from one table typed by the event catalog: a new
 * event without a row does not compile, and the first test fails too.
 */
const WHO = [
  'anonymous',
  'participantOfAnotherGroup',
  'participant',
  'moderator',
  'facilitator',
  'facilitatorOfAnotherGroup',
] as const;
type Who = (typeof WHO)[number];
type Outcome = 'ok' | ErrorCode;

/** Who is allowed into the session's room at all. */
const MAY_ENTER: Record<Who, boolean> = {
  anonymous: false,
  participantOfAnotherGroup: false,
  participant: true,
  moderator: true,
  facilitator: true,
  facilitatorOfAnotherGroup: false,
};

interface Row {
  payload: (sessionId: string) => unknown;
  /** Sent after joining when the caller may enter; otherwise sent as the first event. */
  afterJoin: boolean;
  /** The event changes the session for good (ending it): each case gets a session of its own. */
  ownSession?: boolean;
  expect: Record<Who, Outcome>;
}

const inRoomOnly: Record<Who, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  participantOfAnotherGroup: 'UNAUTHENTICATED',
  participant: 'ok',
  moderator: 'ok',
  facilitator: 'ok',
  facilitatorOfAnotherGroup: 'UNAUTHENTICATED',
};

/** Media events that name a transport, track or receiver: in the room, none is theirs yet. */
const inRoomNothingThere: Record<Who, Outcome> = {
  ...inRoomOnly,
  participant: 'NOT_FOUND',
  moderator: 'NOT_FOUND',
  facilitator: 'NOT_FOUND',
};
const someId = () => 'someone-elses-id';
/** Moderator events aimed at a person: participants are refused, staff find nobody by that id. */
const moderatorsOnAnyone: Record<Who, Outcome> = {
  ...inRoomOnly,
  participant: 'FORBIDDEN',
  moderator: 'NOT_FOUND',
  facilitator: 'NOT_FOUND',
};
const moderatorsOnly: Record<Who, Outcome> = { ...inRoomOnly, participant: 'FORBIDDEN' };

const table: Record<ClientEventName, Row> = {
  'session:join': {
    payload: (sessionId) => ({ protocolVersion: PROTOCOL_VERSION, sessionId }),
    afterJoin: false,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      participantOfAnotherGroup: 'FORBIDDEN',
      participant: 'ok',
      moderator: 'ok',
      facilitator: 'ok',
      facilitatorOfAnotherGroup: 'FORBIDDEN',
    },
  },
  'session:leave': { payload: () => ({}), afterJoin: true, expect: inRoomOnly },
  'chat:send': {
    payload: () => ({ clientMsgId: clientMsgId(), text: 'hello' }),
    afterJoin: true,
    expect: inRoomOnly,
  },
  'chat:history': { payload: () => ({}), afterJoin: true, expect: inRoomOnly },
  'media:capabilities': { payload: () => ({}), afterJoin: true, expect: inRoomOnly },
  // Before media:start: once a staff member (the same person in every case) has started media,
  // their later connections find it again.
  'media:producers': { payload: () => ({}), afterJoin: true, expect: inRoomNothingThere },
  'media:start': { payload: () => ({ rtpCapabilities: {} }), afterJoin: true, expect: inRoomOnly },
  'media:connect': {
    payload: () => ({
      transportId: someId(),
      dtlsParameters: { fingerprints: [{ algorithm: 'sha-256', value: 'AB' }] },
    }),
    afterJoin: true,
    expect: inRoomNothingThere,
  },
  'media:restart-ice': {
    payload: () => ({ transportId: someId() }),
    afterJoin: true,
    expect: inRoomNothingThere,
  },
  'media:produce': {
    payload: () => ({
      transportId: someId(),
      kind: 'audio',
      source: 'microphone',
      rtpParameters: { codecs: [{ mimeType: 'audio/opus', clockRate: 48000 }] },
    }),
    afterJoin: true,
    expect: inRoomNothingThere,
  },
  'media:pause-producer': {
    payload: () => ({ producerId: someId() }),
    afterJoin: true,
    expect: inRoomNothingThere,
  },
  'media:resume-producer': {
    payload: () => ({ producerId: someId() }),
    afterJoin: true,
    expect: inRoomNothingThere,
  },
  'media:close-producer': {
    payload: () => ({ producerId: someId() }),
    afterJoin: true,
    expect: inRoomNothingThere,
  },
  'media:consume': {
    payload: () => ({ producerId: someId() }),
    afterJoin: true,
    expect: inRoomNothingThere,
  },
  'media:resume-consumer': {
    payload: () => ({ consumerId: someId() }),
    afterJoin: true,
    expect: inRoomNothingThere,
  },
  'media:pause-consumer': {
    payload: () => ({ consumerId: someId() }),
    afterJoin: true,
    expect: inRoomNothingThere,
  },
  'media:close-consumer': {
    payload: () => ({ consumerId: someId() }),
    afterJoin: true,
    expect: inRoomNothingThere,
  },
  'media:set-layer': {
    payload: () => ({ consumerId: someId(), spatialLayer: 0 }),
    afterJoin: true,
    expect: inRoomNothingThere,
  },
  'mod:mute': {
    payload: () => ({ participantId: someId(), kind: 'chat' }),
    afterJoin: true,
    expect: moderatorsOnAnyone,
  },
  'mod:unmute': {
    payload: () => ({ participantId: someId(), kind: 'audio' }),
    afterJoin: true,
    expect: moderatorsOnAnyone,
  },
  'mod:ask-unmute': {
    payload: () => ({ participantId: someId(), kind: 'audio' }),
    afterJoin: true,
    expect: moderatorsOnAnyone,
  },
  // Off: already off, so the cases that follow are not muted.
  'mod:mute-all': { payload: () => ({ on: false }), afterJoin: true, expect: moderatorsOnly },
  'hand:raise': { payload: () => ({}), afterJoin: true, expect: inRoomOnly },
  'hand:lower': { payload: () => ({}), afterJoin: true, expect: inRoomOnly },
  'hand:lower-all': { payload: () => ({}), afterJoin: true, expect: moderatorsOnly },
  'hand:move-to-front': {
    payload: () => ({ participantId: someId() }),
    afterJoin: true,
    expect: moderatorsOnAnyone,
  },
  'hand:grant-turn': {
    payload: () => ({ participantId: someId() }),
    afterJoin: true,
    expect: moderatorsOnAnyone,
  },
  'hand:end-turn': { payload: () => ({}), afterJoin: true, expect: inRoomNothingThere },
  'mod:remove': {
    payload: () => ({ participantId: someId() }),
    afterJoin: true,
    expect: moderatorsOnAnyone,
  },
  'mod:warn': {
    payload: () => ({ participantId: someId(), text: 'Please be kind.' }),
    afterJoin: true,
    expect: moderatorsOnAnyone,
  },
  'mod:timeout': {
    payload: () => ({ participantId: someId(), minutes: 5 }),
    afterJoin: true,
    expect: moderatorsOnAnyone,
  },
  'mod:delete-message': {
    payload: () => ({ seq: 999_999 }),
    afterJoin: true,
    expect: moderatorsOnAnyone,
  },
  'room:lock': { payload: () => ({ locked: false }), afterJoin: true, expect: moderatorsOnly },
  'room:pause': { payload: () => ({ paused: false }), afterJoin: true, expect: moderatorsOnly },
  'room:slow-mode': { payload: () => ({ seconds: 0 }), afterJoin: true, expect: moderatorsOnly },
  'room:end': { payload: () => ({}), afterJoin: true, ownSession: true, expect: moderatorsOnly },
  'lobby:knock': {
    // An open session: whoever may enter is let in at once.
    payload: (sessionId) => ({ protocolVersion: PROTOCOL_VERSION, sessionId }),
    afterJoin: false,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      participantOfAnotherGroup: 'FORBIDDEN',
      participant: 'ok',
      moderator: 'ok',
      facilitator: 'ok',
      facilitatorOfAnotherGroup: 'FORBIDDEN',
    },
  },
  'lobby:list': { payload: () => ({}), afterJoin: true, expect: moderatorsOnly },
  'lobby:admit': {
    payload: () => ({ participantId: someId() }),
    afterJoin: true,
    expect: moderatorsOnAnyone,
  },
  'lobby:deny': {
    payload: () => ({ participantId: someId() }),
    afterJoin: true,
    expect: moderatorsOnAnyone,
  },
  'lobby:admit-all': { payload: () => ({}), afterJoin: true, expect: moderatorsOnly },
  'lobby:allow-knock': {
    payload: () => ({ participantId: someId() }),
    afterJoin: true,
    expect: moderatorsOnAnyone,
  },
  'lobby:message': {
    payload: () => ({ text: 'We start in five minutes.' }),
    afterJoin: true,
    expect: moderatorsOnly,
  },
  'modchat:send': {
    payload: () => ({ clientMsgId: clientMsgId(), text: 'I will take the lobby.' }),
    afterJoin: true,
    expect: moderatorsOnly,
  },
  'modchat:history': { payload: () => ({}), afterJoin: true, expect: moderatorsOnly },
  'support:request': {
    payload: () => ({ locale: 'ar' }),
    afterJoin: true,
    expect: { ...inRoomOnly, moderator: 'FORBIDDEN', facilitator: 'FORBIDDEN' },
  },
  'support:alerts': { payload: () => ({}), afterJoin: true, expect: moderatorsOnly },
  'support:acknowledge': {
    payload: () => ({ alertId: someId() }),
    afterJoin: true,
    expect: moderatorsOnAnyone,
  },
  'chat:held': { payload: () => ({}), afterJoin: true, expect: inRoomOnly },
  'chat:share-held': {
    payload: () => ({ heldId: someId() }),
    afterJoin: true,
    expect: moderatorsOnAnyone,
  },
  'chat:delete-held': {
    payload: () => ({ heldId: someId() }),
    afterJoin: true,
    expect: moderatorsOnAnyone,
  },
  'talk:open': {
    payload: () => ({ participantId: someId() }),
    afterJoin: true,
    expect: moderatorsOnAnyone,
  },
  'talk:join': {
    payload: () => ({ talkId: someId() }),
    afterJoin: true,
    expect: moderatorsOnAnyone,
  },
  'talk:close': {
    payload: () => ({ talkId: someId() }),
    afterJoin: true,
    expect: moderatorsOnAnyone,
  },
  'talk:list': { payload: () => ({}), afterJoin: true, expect: inRoomOnly },
  'talk:history': {
    payload: () => ({ talkId: someId() }),
    afterJoin: true,
    expect: inRoomNothingThere,
  },
  'talk:send': {
    payload: () => ({ talkId: someId(), clientMsgId: clientMsgId(), text: 'How are you?' }),
    afterJoin: true,
    expect: inRoomNothingThere,
  },
  'talk:share-resources': {
    payload: () => ({ talkId: someId(), clientMsgId: clientMsgId() }),
    afterJoin: true,
    expect: moderatorsOnAnyone,
  },
  'report:create': {
    payload: () => ({ target: { kind: 'person', participantId: someId() } }),
    afterJoin: true,
    expect: inRoomNothingThere,
  },
  'report:list': { payload: () => ({}), afterJoin: true, expect: moderatorsOnly },
  'report:resolve': {
    payload: () => ({ reportId: someId(), outcome: 'no-action' }),
    afterJoin: true,
    expect: moderatorsOnAnyone,
  },
};

describe('authorization of every socket event', () => {
  let t: HavenUnderTest;
  let mainSessionId = '';
  let groupId = '';
  let otherGroupId = '';
  /** How each kind of caller opens a connection. */
  const auth = {} as Record<Who, () => Promise<{ auth: object; cookie?: string }>>;
  const sockets: Socket[] = [];

  async function group(name: string): Promise<string> {
    const id = randomIds.next();
    await t.haven.store.groups.create({
      id,
      name,
      description: '',
      language: 'en',
      visibility: 'closed',
      // Every participant case joins the main session: room for all of them.
      capacity: 500,
      approvalRequired: false,
      media: 'audio_video',
      cameraOnAtJoin: false,
      agreementText: 'Rules',
      createdAt: new Date().toISOString(),
    });
    return id;
  }

  async function device(inGroup: string): Promise<string> {
    const token = newSecret();
    const id = randomIds.next();
    const now = new Date().toISOString();
    await t.haven.store.participants.create(id, hashSecret(token), now);
    await t.haven.store.participants.putMembership(
      { groupId: inGroup, participantId: id, displayName: 'P', status: 'admitted' },
      now,
    );
    await t.haven.store.participants.recordAcceptance(inGroup, id, 1, now);
    return token;
  }

  async function newSession(): Promise<string> {
    const id = randomIds.next();
    await t.haven.store.sessions.create({
      id,
      groupId,
      title: 'S',
      createdAt: new Date().toISOString(),
    });
    return id;
  }

  const staffCookie = async (role: 'facilitator' | 'moderator', assignTo: string) =>
    (await signedInStaff(t.haven.url, t.haven.store, { role, assignTo })).client.cookie ?? '';

  beforeAll(async () => {
    t = await startTestHaven();
    groupId = await group('Ours');
    otherGroupId = await group('Theirs');
    mainSessionId = await newSession();
    const v = PROTOCOL_VERSION;
    auth.anonymous = () => Promise.resolve({ auth: { protocolVersion: v } });
    auth.participantOfAnotherGroup = async () => ({
      auth: { protocolVersion: v, deviceToken: await device(otherGroupId) },
    });
    auth.participant = async () => ({
      auth: { protocolVersion: v, deviceToken: await device(groupId) },
    });
    // Staff sign in once each (sign-in is rate limited per client); every case opens its own
    // connection with that cookie.
    const [moderator, facilitator, outsider] = [
      await staffCookie('moderator', groupId),
      await staffCookie('facilitator', groupId),
      await staffCookie('facilitator', otherGroupId),
    ];
    auth.moderator = () => Promise.resolve({ auth: { protocolVersion: v }, cookie: moderator });
    auth.facilitator = () => Promise.resolve({ auth: { protocolVersion: v }, cookie: facilitator });
    auth.facilitatorOfAnotherGroup = () =>
      Promise.resolve({ auth: { protocolVersion: v }, cookie: outsider });
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t.dispose();
  });

  it('has a row for every event in the catalog, and no other', () => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(clientEvents).sort());
  });

  const cases = (Object.keys(table) as ClientEventName[]).flatMap((event) =>
    WHO.map((who) => [event, who] as const),
  );
  it.each(cases)('%s as %s', async (event, who) => {
    const sessionId = table[event].ownSession ? await newSession() : mainSessionId;
    const { auth: handshake, cookie } = await auth[who]();
    const socket = connectClient(t.haven.url, {
      auth: handshake,
      ...(cookie && { extraHeaders: { cookie } }),
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    const connected = await new Promise<ErrorCode | 'ok'>((resolve) => {
      socket.once('connect', () => resolve('ok'));
      socket.once('connect_error', (e: Error & { data?: { code?: ErrorCode } }) =>
        resolve(e.data?.code ?? 'INTERNAL'),
      );
    });
    const expected = table[event].expect[who];
    if (connected !== 'ok') {
      expect(connected).toBe(expected);
      return;
    }
    if (table[event].afterJoin && MAY_ENTER[who]) {
      const joined = (await socket
        .timeout(5000)
        .emitWithAck('session:join', { protocolVersion: PROTOCOL_VERSION, sessionId })) as {
        ok: boolean;
      };
      expect(joined.ok).toBe(true);
    }
    const result = (await socket
      .timeout(5000)
      .emitWithAck(event, table[event].payload(sessionId))) as {
      ok: boolean;
      error?: { code: ErrorCode };
    };
    expect(result.ok ? 'ok' : result.error?.code).toBe(expected);
    socket.disconnect();
  });
});
