import { PROTOCOL_VERSION } from '@haven/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hashSecret, newSecret } from '../../auth/tokens';
import { randomIds } from '../../system';
import {
  expectPosted,
  clientMsgId,
  codeOf,
  connect,
  expectOk,
  freshHavenPerTest,
  joinAs,
} from '../../test-support/haven-under-test';
import { HttpClient } from '../../test-support/http-client';
import { groupId, produce, roomMedia, withMedia } from '../../test-support/media';
import { signedInStaff } from '../../test-support/staff';

// The participants here act as hostile clients would: they ignore every mute they are told of
// and try to talk, publish and unmute anyway. The server must refuse all of it.

describe('hard mutes hold against a client that ignores them', () => {
  const s = freshHavenPerTest();

  it('a chat mute refuses every chat:send until a moderator lifts it', async () => {
    const mod = await s.staff();
    const amal = await s.client('Amal');
    const { self } = expectOk(await joinAs(amal, s.t.sessionId, 'Amal'));
    expectOk(await joinAs(mod, s.t.sessionId, 'Mod'));

    expectOk(await mod.request('mod:mute', { participantId: self.id, kind: 'chat' }));
    const [muted] = await amal.waitFor('moderation:mutes');
    expect(muted).toEqual({ participantId: self.id, kinds: ['chat'] });
    for (let i = 0; i < 3; i++) {
      const sent = await amal.request('chat:send', { clientMsgId: clientMsgId(), text: 'hi' });
      expect(codeOf(sent)).toBe('FORBIDDEN');
    }
    expect(mod.received('chat:message')).toEqual([]);

    expectOk(await mod.request('mod:unmute', { participantId: self.id, kind: 'chat' }));
    expectPosted(await amal.request('chat:send', { clientMsgId: clientMsgId(), text: 'back' }));
  });

  it('a message accepted before a mute is still acknowledged when its sender retries', async () => {
    const mod = await s.staff();
    const amal = await s.client('Amal');
    const { self } = expectOk(await joinAs(amal, s.t.sessionId, 'Amal'));
    expectOk(await joinAs(mod, s.t.sessionId, 'Mod'));
    const id = clientMsgId();
    const first = expectPosted(
      await amal.request('chat:send', { clientMsgId: id, text: 'before' }),
    );
    expectOk(await mod.request('mod:mute', { participantId: self.id, kind: 'chat' }));
    // The ack was lost on the way, say; the retry must not read as a refusal.
    const retry = expectPosted(
      await amal.request('chat:send', { clientMsgId: id, text: 'before' }),
    );
    expect(retry.message.seq).toBe(first.message.seq);
  });

  it('an audio mute pauses the track on the media server and refuses every way back', async () => {
    const mod = await withMedia(await s.staff(), s.t, 'Mod');
    const amal = await withMedia(await s.client('Amal'), s.t, 'Amal');
    const { producerId } = expectOk(await produce(amal, 'microphone'));
    const media = await roomMedia(s.t);
    expect(media?.isPaused(amal.id, producerId)).toBe(false);

    expectOk(await mod.client.request('mod:mute', { participantId: amal.id, kind: 'audio' }));
    expect(media?.isPaused(amal.id, producerId)).toBe(true);
    const [paused] = await mod.client.waitFor('media:producer-paused');
    expect(paused).toEqual({ producerId, participantId: amal.id, paused: true });

    expect(codeOf(await amal.client.request('media:resume-producer', { producerId }))).toBe(
      'FORBIDDEN',
    );
    expectOk(await amal.client.request('media:close-producer', { producerId }));
    const again = await produce(amal, 'microphone');
    expect(codeOf(again)).toBe('FORBIDDEN');
    expect(!again.ok && again.error.message).toBe('A moderator has muted this for you.');
    // Video was not muted.
    expectOk(await produce(amal, 'camera'));

    // Lifting the mute turns nothing on: the person does that themselves.
    expectOk(await mod.client.request('mod:unmute', { participantId: amal.id, kind: 'audio' }));
    const { producerId: mic } = expectOk(await produce(amal, 'microphone'));
    expect(media?.isPaused(amal.id, mic)).toBe(false);
  });

  it('mute all holds for people who join later, never for moderators', async () => {
    const mod = await withMedia(await s.staff(), s.t, 'Mod');
    expectOk(await mod.client.request('mod:mute-all', { on: true }));
    expect(await mod.client.waitFor('moderation:mute-all')).toEqual([{ on: true }]);

    const late = await s.client('Late');
    const joined = expectOk(await joinAs(late, s.t.sessionId, 'Late'));
    expect(joined.moderation.muteAll).toBe(true);
    expect(joined.moderation.mutes).toContainEqual({
      participantId: joined.self.id,
      kinds: ['audio'],
    });
    const lateMedia = await withMedia(late, s.t, 'Late');
    expect(lateMedia.start.allowedKinds).toEqual(['video']);
    expect(codeOf(await produce(lateMedia, 'microphone'))).toBe('FORBIDDEN');
    expectOk(await produce(mod, 'microphone'));

    expectOk(await mod.client.request('mod:mute-all', { on: false }));
    expectOk(await produce(lateMedia, 'microphone'));
  });

  it('asking to unmute lifts the mute and asks; it never turns anything on', async () => {
    const mod = await withMedia(await s.staff(), s.t, 'Mod');
    const amal = await withMedia(await s.client('Amal'), s.t, 'Amal');
    const { producerId } = expectOk(await produce(amal, 'microphone'));
    expectOk(await mod.client.request('mod:mute', { participantId: amal.id, kind: 'audio' }));
    expectOk(await mod.client.request('mod:ask-unmute', { participantId: amal.id, kind: 'audio' }));
    expect(await amal.client.waitFor('moderation:unmute-requested')).toEqual([{ kind: 'audio' }]);
    expect((await roomMedia(s.t))?.isPaused(amal.id, producerId)).toBe(true);
    expectOk(await amal.client.request('media:resume-producer', { producerId }));
  });

  it('moderators cannot mute each other or facilitators, nor anyone outside the room', async () => {
    const mod = await s.staff('moderator');
    const facilitator = await s.staff('facilitator');
    expectOk(await joinAs(mod, s.t.sessionId, 'M'));
    const { self } = expectOk(await joinAs(facilitator, s.t.sessionId, 'F'));
    expect(codeOf(await mod.request('mod:mute', { participantId: self.id, kind: 'audio' }))).toBe(
      'FORBIDDEN',
    );
    expect(
      codeOf(await mod.request('mod:mute', { participantId: 'not-here', kind: 'audio' })),
    ).toBe('NOT_FOUND');
  });
});

describe('the raise-hand queue and timed turns', () => {
  const s = freshHavenPerTest({ reconnectGraceMs: 5_000 });

  it('keeps order and places across reconnects; a turn lifts the mute until it ends', async () => {
    const mod = await withMedia(await s.staff(), s.t, 'Mod');
    const amal = await withMedia(await s.client('Amal'), s.t, 'Amal');
    const badr = await withMedia(await s.client('Badr'), s.t, 'Badr');
    expectOk(await mod.client.request('mod:mute-all', { on: true }));

    expectOk(await amal.client.request('hand:raise', {}));
    expectOk(await badr.client.request('hand:raise', {}));
    expectOk(await amal.client.request('hand:raise', {}));
    const queues = await mod.client.waitFor('hand:queue', 2);
    expect(queues.at(-1)).toEqual({ raised: [amal.id, badr.id], turn: null });

    // Amal's connection drops and comes back on a new socket: she keeps her place.
    amal.client.drop();
    const back = await s.reconnect(amal.client);
    const rejoined = expectOk(await joinAs(back, s.t.sessionId, 'Amal'));
    expect(rejoined.moderation.hands.raised).toEqual([amal.id, badr.id]);

    expectOk(await mod.client.request('hand:grant-turn', { participantId: amal.id, seconds: 60 }));
    const afterGrant = (await mod.client.waitFor('hand:queue', 3)).at(-1);
    expect(afterGrant?.raised).toEqual([badr.id]);
    expect(afterGrant?.turn?.participantId).toBe(amal.id);
    // Her audio mute lifts for the turn: she can publish on her new page.
    const amalAgain = await withMedia(back, s.t, 'Amal');
    const { producerId } = expectOk(await produce(amalAgain, 'microphone'));
    expect(codeOf(await produce(badr, 'microphone'))).toBe('FORBIDDEN');

    // The speaker hands the floor back: the mute returns and Badr is offered the next turn.
    expectOk(await back.request('hand:end-turn', {}));
    expect(await mod.client.waitFor('hand:turn-offered')).toEqual([{ participantId: badr.id }]);
    expect((await roomMedia(s.t))?.isPaused(amal.id, producerId)).toBe(true);
    expect(codeOf(await back.request('media:resume-producer', { producerId }))).toBe('FORBIDDEN');
  });

  it('only moderators manage the queue; a person who leaves leaves it', async () => {
    const mod = await s.staff();
    const amal = await s.client('Amal');
    const badr = await s.client('Badr');
    expectOk(await joinAs(mod, s.t.sessionId, 'Mod'));
    const a = expectOk(await joinAs(amal, s.t.sessionId, 'Amal')).self.id;
    const b = expectOk(await joinAs(badr, s.t.sessionId, 'Badr')).self.id;
    expectOk(await amal.request('hand:raise', {}));
    expectOk(await badr.request('hand:raise', {}));

    expect(codeOf(await amal.request('hand:lower', { participantId: b }))).toBe('FORBIDDEN');
    expect(codeOf(await amal.request('hand:move-to-front', { participantId: a }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await amal.request('hand:grant-turn', { participantId: a }))).toBe('FORBIDDEN');
    expectOk(await mod.request('hand:move-to-front', { participantId: b }));
    expect((await mod.waitFor('hand:queue', 3)).at(-1)?.raised).toEqual([b, a]);

    expectOk(await badr.request('session:leave', {}));
    expect((await mod.waitFor('hand:queue', 4)).at(-1)?.raised).toEqual([a]);
    expectOk(await mod.request('hand:lower-all', {}));
    expect((await mod.waitFor('hand:queue', 5)).at(-1)?.raised).toEqual([]);
  });
});

describe('removing someone holds', () => {
  const s = freshHavenPerTest();

  /** A new device that came into the group by an invite link, joined to the session. */
  async function invitedParticipant(name: string, createdBy: string) {
    const token = newSecret();
    const inviteId = randomIds.next();
    const gid = await groupId(s.t);
    await s.t.haven.store.invites.create({
      id: inviteId,
      groupId: gid,
      tokenHash: hashSecret(token),
      createdBy,
      createdAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      maxUses: null,
    });
    const http = new HttpClient(s.t.haven.url);
    const res = await http.call('invites:accept', {
      body: { token, displayName: name, agreementVersion: 1, agreed: true },
    });
    const deviceToken = (res.body as { deviceToken: string }).deviceToken;
    const client = await connect(s.t.haven.url, { protocolVersion: PROTOCOL_VERSION, deviceToken });
    const { self } = expectOk(await joinAs(client, s.t.sessionId, name));
    return { client, id: self.id, token, inviteId, http: Object.assign(http, { deviceToken }) };
  }

  it('from the session: the old connection hears nothing more and a new one is refused', async () => {
    const mod = await s.staff();
    expectOk(await joinAs(mod, s.t.sessionId, 'Mod'));
    const amal = await s.client('Amal');
    const a = expectOk(await joinAs(amal, s.t.sessionId, 'Amal')).self.id;
    const badr = await s.client('Badr');
    expectOk(await joinAs(badr, s.t.sessionId, 'Badr'));

    expectOk(await mod.request('mod:remove', { participantId: a }));
    expect(await amal.waitFor('session:removed')).toEqual([{ scope: 'session' }]);
    const [left] = await badr.waitFor('participant:left');
    expect(left).toEqual({ participantId: a });
    await new Promise((r) => setTimeout(r, 100));
    expect(amal.socket.connected).toBe(false);

    expectPosted(await badr.request('chat:send', { clientMsgId: clientMsgId(), text: 'after' }));
    await mod.waitFor('chat:message');
    expect(amal.received('chat:message')).toEqual([]);
    expect(amal.received('participant:left')).toEqual([]);

    // The same device on a new connection (a reload, a reopened link) stays out.
    const again = await s.reconnect(amal);
    const refused = await joinAs(again, s.t.sessionId, 'Amal');
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(!refused.ok && refused.error.message).toBe(
      'A moderator has removed you from this session.',
    );
  });

  it('from the group, with the invite revoked; a facilitator lists and lifts it', async () => {
    const mod = await s.staff();
    expectOk(await joinAs(mod, s.t.sessionId, 'Mod'));
    const gid = await groupId(s.t);
    const facilitator = await signedInStaff(s.t.haven.url, s.t.haven.store, {
      role: 'facilitator',
      assignTo: gid,
    });
    const carla = await invitedParticipant('Carla', facilitator.id);
    expectOk(
      await mod.request('mod:remove', {
        participantId: carla.id,
        ban: 'group',
        revokeInvite: true,
      }),
    );
    await carla.client.waitFor('session:removed');
    const invite = await s.t.haven.store.invites.findByToken(hashSecret(carla.token));
    expect(invite?.revokedAt).not.toBeNull();
    // Coming back through the group's open link is refused too.
    const rejoin = await carla.http.call('public:join-group', {
      params: { groupId: gid },
      body: { displayName: 'Carla', agreementVersion: 1, agreed: true },
    });
    expect(rejoin.status).toBe(403);

    const list = await facilitator.client.call('groups:bans', { params: { groupId: gid } });
    const bans = (list.body as { bans: { id: string; displayName: string; scope: string }[] }).bans;
    expect(bans).toEqual([
      expect.objectContaining({ participantId: carla.id, displayName: 'Carla', scope: 'group' }),
    ]);
    const lifted = await facilitator.client.call('groups:lift-ban', {
      params: { groupId: gid, banId: bans[0]?.id ?? '' },
    });
    expect(lifted.status).toBe(200);
    const back = await carla.http.call('public:join-group', {
      params: { groupId: gid },
      body: { displayName: 'Carla', agreementVersion: 1, agreed: true },
    });
    expect(back.status).toBe(200);
    const client = await s.reconnect(carla.client);
    expectOk(await joinAs(client, s.t.sessionId, 'Carla'));
  });

  it('warnings are private, and the audit log records every action without any text', async () => {
    const mod = await s.staff();
    expectOk(await joinAs(mod, s.t.sessionId, 'Mod'));
    const amal = await s.client('Amal');
    const a = expectOk(await joinAs(amal, s.t.sessionId, 'Amal')).self.id;
    const badr = await s.client('Badr');
    const b = expectOk(await joinAs(badr, s.t.sessionId, 'Badr')).self.id;
    expectPosted(
      await amal.request('chat:send', { clientMsgId: clientMsgId(), text: 'secret words' }),
    );

    expectOk(await mod.request('mod:warn', { participantId: a, text: 'Gently, please.' }));
    expect(await amal.waitFor('moderation:warning')).toEqual([{ text: 'Gently, please.' }]);
    expectOk(await mod.request('mod:mute', { participantId: b, kind: 'chat' }));
    expectOk(await mod.request('mod:timeout', { participantId: a, minutes: 5 }));
    await badr.waitFor('moderation:mutes', 2);
    expect(badr.received('moderation:mutes')).toContainEqual({
      participantId: a,
      kinds: ['audio', 'video', 'chat'],
    });
    expect(badr.received('moderation:warning')).toEqual([]);
    expectOk(await mod.request('mod:remove', { participantId: b }));

    const gid = await groupId(s.t);
    const facilitator = await signedInStaff(s.t.haven.url, s.t.haven.store, {
      role: 'facilitator',
      assignTo: gid,
    });
    const res = await facilitator.client.call('sessions:audit', {
      params: { groupId: gid, sessionId: s.t.sessionId },
    });
    expect(res.status).toBe(200);
    const { entries } = res.body as {
      entries: { action: string; targetName: string | null; actorName: string }[];
    };
    expect(entries.map((e) => [e.action, e.targetName])).toEqual([
      ['warn', 'Amal'],
      ['mute', 'Badr'],
      ['timeout', 'Amal'],
      ['remove', 'Badr'],
    ]);
    const raw = JSON.stringify(res.body);
    expect(raw).not.toContain('Gently');
    expect(raw).not.toContain('secret words');
  });
});

describe('room-wide controls', () => {
  const s = freshHavenPerTest();

  it('a locked room keeps newcomers out but lets people already in come back', async () => {
    const mod = await s.staff();
    expectOk(await joinAs(mod, s.t.sessionId, 'Mod'));
    const amal = await s.client('Amal');
    expectOk(await joinAs(amal, s.t.sessionId, 'Amal'));
    expectOk(await mod.request('room:lock', { locked: true }));
    expect((await amal.waitFor('room:settings')).at(-1)).toMatchObject({ locked: true });

    const late = await s.client('Late');
    expect(codeOf(await joinAs(late, s.t.sessionId, 'Late'))).toBe('ROOM_LOCKED');
    amal.drop();
    const back = await s.reconnect(amal);
    const rejoined = expectOk(await joinAs(back, s.t.sessionId, 'Amal'));
    expect(rejoined.moderation.settings.locked).toBe(true);

    expectOk(await mod.request('room:lock', { locked: false }));
    expectOk(await joinAs(late, s.t.sessionId, 'Late'));
  });

  it('a removed message loses its text in the store, and everyone sees it was removed', async () => {
    const mod = await s.staff();
    expectOk(await joinAs(mod, s.t.sessionId, 'Mod'));
    const amal = await s.client('Amal');
    expectOk(await joinAs(amal, s.t.sessionId, 'Amal'));
    const { message } = expectPosted(
      await amal.request('chat:send', { clientMsgId: clientMsgId(), text: 'something harmful' }),
    );
    expect(codeOf(await amal.request('mod:delete-message', { seq: message.seq }))).toBe(
      'FORBIDDEN',
    );
    expectOk(await mod.request('mod:delete-message', { seq: message.seq }));
    expect(await amal.waitFor('chat:removed')).toEqual([
      { seq: message.seq, removedBy: 'moderator' },
    ]);
    const [stored] = await s.t.haven.store.chat.after(s.t.sessionId, 0, 10, message.seq);
    expect(stored).toMatchObject({
      seq: message.seq,
      text: '',
      removed: true,
      removedBy: 'moderator',
    });
    expect(codeOf(await mod.request('mod:delete-message', { seq: message.seq }))).toBe('NOT_FOUND');
    // The sender's retry of that send gets the removed message, not the words back.
    const retry = expectPosted(
      await amal.request('chat:send', {
        clientMsgId: message.clientMsgId,
        text: 'something harmful',
      }),
    );
    expect(retry.message).toMatchObject({ seq: message.seq, text: '', removedBy: 'moderator' });
    const history = expectOk(await amal.request('chat:history', {}));
    expect(JSON.stringify(history)).not.toContain('harmful');
  });

  it('slow mode spaces out participants, not moderators', async () => {
    const mod = await s.staff();
    expectOk(await joinAs(mod, s.t.sessionId, 'Mod'));
    const amal = await s.client('Amal');
    expectOk(await joinAs(amal, s.t.sessionId, 'Amal'));
    expectOk(await mod.request('room:slow-mode', { seconds: 30 }));
    const say = (c: typeof amal) =>
      c.request('chat:send', { clientMsgId: clientMsgId(), text: 'x' });
    expectOk(await say(amal));
    const refused = await say(amal);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(!refused.ok && refused.error.message).toMatch(/Slow mode is on: wait \d+ s/);
    expectOk(await say(mod));
    expectOk(await say(mod));
    expectOk(await mod.request('room:slow-mode', { seconds: 0 }));
    expectOk(await say(amal));
  });

  it("pausing the room stops participants' media and chat on the server until it resumes", async () => {
    const mod = await withMedia(await s.staff(), s.t, 'Mod');
    const amal = await withMedia(await s.client('Amal'), s.t, 'Amal');
    const { producerId } = expectOk(await produce(amal, 'microphone'));
    expectOk(await mod.client.request('room:pause', { paused: true }));
    expect((await roomMedia(s.t))?.isPaused(amal.id, producerId)).toBe(true);
    const chat = await amal.client.request('chat:send', { clientMsgId: clientMsgId(), text: 'x' });
    expect(!chat.ok && chat.error.message).toBe('The room is paused for a moment.');
    expect(codeOf(await amal.client.request('media:resume-producer', { producerId }))).toBe(
      'FORBIDDEN',
    );
    expectOk(
      await mod.client.request('chat:send', { clientMsgId: clientMsgId(), text: 'Breathe.' }),
    );

    expectOk(await mod.client.request('room:pause', { paused: false }));
    expectOk(await amal.client.request('media:resume-producer', { producerId }));
    expectOk(await amal.client.request('chat:send', { clientMsgId: clientMsgId(), text: 'x' }));
  });

  it('ending the session for all closes everyone out for good and frees its media', async () => {
    const mod = await withMedia(await s.staff(), s.t, 'Mod');
    const amal = await withMedia(await s.client('Amal'), s.t, 'Amal');
    expectOk(await produce(amal, 'microphone'));
    const media = await roomMedia(s.t);
    expect(codeOf(await amal.client.request('room:end', {}))).toBe('FORBIDDEN');
    expectOk(await mod.client.request('room:end', {}));
    await amal.client.waitFor('room:ended');
    expect(media?.closed).toBe(true);
    expect(
      codeOf(await amal.client.request('chat:send', { clientMsgId: clientMsgId(), text: 'x' })),
    ).toBe('UNAUTHENTICATED');
    const again = await joinAs(amal.client, s.t.sessionId, 'Amal');
    expect(!again.ok && again.error.message).toBe('This session has ended.');
    expect((await s.t.haven.store.sessions.find(s.t.sessionId))?.endedAt).not.toBeNull();
  });
});

describe('timers that end a turn or a timeout', () => {
  const s = freshHavenPerTest();
  afterEach(() => {
    vi.useRealTimers();
  });

  it('when a timed turn runs out, the mute returns on the media server by itself', async () => {
    const mod = await withMedia(await s.staff(), s.t, 'Mod');
    const amal = await withMedia(await s.client('Amal'), s.t, 'Amal');
    expectOk(await mod.client.request('mod:mute-all', { on: true }));
    // Fake time from here; it still moves on its own so sockets keep working.
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    expectOk(await mod.client.request('hand:grant-turn', { participantId: amal.id, seconds: 15 }));
    const { producerId } = expectOk(await produce(amal, 'microphone'));
    const media = await roomMedia(s.t);
    expect(media?.isPaused(amal.id, producerId)).toBe(false);

    await vi.advanceTimersByTimeAsync(15_100);
    await vi.waitFor(() => expect(media?.isPaused(amal.id, producerId)).toBe(true));
    await vi.waitFor(() => {
      expect(mod.client.received('moderation:mutes').at(-1)).toEqual({
        participantId: amal.id,
        kinds: ['audio'],
      });
      expect(mod.client.received('hand:queue').at(-1)?.turn).toBeNull();
    });
    expect(codeOf(await amal.client.request('media:resume-producer', { producerId }))).toBe(
      'FORBIDDEN',
    );
  });
});
