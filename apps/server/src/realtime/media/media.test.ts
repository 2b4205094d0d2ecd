import type { Payload } from '@haven/protocol';
import { describe, expect, it } from 'vitest';
import { signedInStaff } from '../../test-support/staff';
import {
  codeOf,
  expectOk,
  freshHavenPerTest,
  joinAs,
  joinPayload,
} from '../../test-support/haven-under-test';
import { groupId, OPUS, produce, roomMedia, rtp, withMedia } from '../../test-support/media';

// Real mediasoup worker, real socket.io clients. The RTP parameters are what a browser would
// send; no packets flow here (the browser tests in tests/e2e carry real audio and video).

describe('media through the SFU', () => {
  const s = freshHavenPerTest();

  it('sends a published track to others, paused until they are ready, and cleans up', async () => {
    const amal = await withMedia(await s.client(), s.t, 'Amal');
    const badr = await withMedia(await s.client(), s.t, 'Badr');
    expect(amal.start.allowedKinds).toEqual(['audio', 'video']);
    expect(amal.start.cameraOnAtJoin).toBe(false);

    const { producerId } = expectOk(await produce(amal, 'microphone'));
    const [added] = await badr.client.waitFor('media:producer-added');
    expect(added).toMatchObject({ producerId, kind: 'audio', source: 'microphone', paused: false });
    expect(added?.participantId).toBe(amal.id);

    const consumer = expectOk(
      await badr.client.request('media:consume', { producerId, preferLowLayer: false }),
    );
    expect(consumer).toMatchObject({ producerId, kind: 'audio', source: 'microphone' });
    // A retried consume gets the same receiver, not a second one.
    const again = expectOk(
      await badr.client.request('media:consume', { producerId, preferLowLayer: false }),
    );
    expect(again.consumerId).toBe(consumer.consumerId);
    const media = await roomMedia(s.t);
    expect(await media?.dump()).toEqual({ transports: 4, producers: 1, consumers: 1 });

    expectOk(
      await badr.client.request('media:resume-consumer', { consumerId: consumer.consumerId }),
    );
    expectOk(await amal.client.request('media:pause-producer', { producerId }));
    const [paused] = await badr.client.waitFor('media:producer-paused');
    expect(paused).toEqual({ producerId, participantId: amal.id, paused: true });
    expectOk(await amal.client.request('media:resume-producer', { producerId }));
    await badr.client.waitFor('media:producer-paused', 2);

    // Leaving closes the person's transports, their track and everyone's receivers of it.
    expectOk(await amal.client.request('session:leave', {}));
    const [closed] = await badr.client.waitFor('media:producer-closed');
    expect(closed).toEqual({ producerId, participantId: amal.id });
    expect(await media?.dump()).toEqual({ transports: 2, producers: 0, consumers: 0 });

    expectOk(await badr.client.request('session:leave', {}));
    // Nobody left with media: the router itself is gone.
    expect(media?.closed).toBe(true);
    expect(await roomMedia(s.t)).toBeNull();
  });

  it('tells the others who started publishing before they set up media', async () => {
    const amal = await withMedia(await s.client(), s.t, 'Amal');
    const { producerId } = expectOk(await produce(amal, 'camera'));
    const badr = await withMedia(await s.client(), s.t, 'Badr');
    expect(badr.start.producers).toEqual([
      expect.objectContaining({ producerId, kind: 'video', source: 'camera' }),
    ]);
    expect(amal.start.producers).toEqual([]);
    const low = expectOk(
      await badr.client.request('media:consume', { producerId, preferLowLayer: true }),
    );
    expectOk(
      await badr.client.request('media:set-layer', { consumerId: low.consumerId, spatialLayer: 2 }),
    );
    expectOk(await badr.client.request('media:pause-consumer', { consumerId: low.consumerId }));
    expectOk(await badr.client.request('media:close-consumer', { consumerId: low.consumerId }));
    expect(await (await roomMedia(s.t))?.dump()).toMatchObject({ consumers: 0, producers: 1 });
    // Closing the camera ends it for everyone.
    expectOk(await amal.client.request('media:close-producer', { producerId }));
    await badr.client.waitFor('media:producer-closed');
    expect(await (await roomMedia(s.t))?.dump()).toMatchObject({ producers: 0 });
  });

  it("never lets anyone touch another person's transports, tracks or receivers", async () => {
    const amal = await withMedia(await s.client(), s.t, 'Amal');
    const badr = await withMedia(await s.client(), s.t, 'Badr');
    const { producerId } = expectOk(await produce(amal, 'microphone'));
    const theirs = expectOk(
      await amal.client.request('media:consume', {
        producerId: expectOk(await produce(badr, 'microphone')).producerId,
        preferLowLayer: false,
      }),
    );

    const attempts = await Promise.all([
      badr.client.request('media:pause-producer', { producerId }),
      badr.client.request('media:close-producer', { producerId }),
      badr.client.request('media:resume-consumer', { consumerId: theirs.consumerId }),
      badr.client.request('media:close-consumer', { consumerId: theirs.consumerId }),
      badr.client.request('media:restart-ice', { transportId: amal.start.send.id }),
      badr.client.request('media:connect', {
        transportId: amal.start.recv.id,
        dtlsParameters: { role: 'client', fingerprints: [{ algorithm: 'sha-256', value: 'AB' }] },
      }),
      badr.client.request('media:produce', {
        transportId: amal.start.send.id,
        kind: 'audio',
        source: 'microphone',
        rtpParameters: rtp(OPUS),
      }),
      // Nor receive one's own track back.
      amal.client.request('media:consume', { producerId, preferLowLayer: false }),
    ]);
    expect(attempts.map(codeOf)).toEqual(Array(8).fill('NOT_FOUND'));
    expect(await (await roomMedia(s.t))?.dump()).toEqual({
      transports: 4,
      producers: 2,
      consumers: 1,
    });
    expect(badr.client.received('media:producer-paused')).toEqual([]);
  });

  it('publishes only what the group allows', async () => {
    await s.t.haven.store.groups.update(await groupId(s.t), { media: 'audio_only' });
    const amal = await withMedia(await s.client(), s.t, 'Amal');
    expect(amal.start.allowedKinds).toEqual(['audio']);
    const video = await produce(amal, 'camera');
    expect(codeOf(video)).toBe('FORBIDDEN');
    expect(!video.ok && video.error.message).toBe('This group meets with sound only.');
    expectOk(await produce(amal, 'microphone'));

    await s.t.haven.store.groups.update(await groupId(s.t), { cameraOnAtJoin: true });
    const badr = await withMedia(await s.client(), s.t, 'Badr');
    expect(badr.start).toMatchObject({ allowedKinds: ['audio'], cameraOnAtJoin: true });

    // A text-only group gets no media at all: no router, no transports.
    await s.t.haven.store.groups.update(await groupId(s.t), { media: 'text_only' });
    const carla = await s.client();
    expectOk(await joinAs(carla, s.t.sessionId, 'Carla'));
    expect(codeOf(await carla.request('media:capabilities', {}))).toBe('FORBIDDEN');
    const start = await carla.request('media:start', { rtpCapabilities: {} });
    expect(!start.ok && start.error.message).toBe('This group meets in text only.');
  });

  it('applies a facilitator switching the group to sound only, mid-session', async () => {
    const amal = await withMedia(await s.client(), s.t, 'Amal');
    const badr = await withMedia(await s.client(), s.t, 'Badr');
    const camera = expectOk(await produce(amal, 'camera')).producerId;
    const microphone = expectOk(await produce(amal, 'microphone')).producerId;
    const gid = await groupId(s.t);
    const farah = await signedInStaff(s.t.haven.url, s.t.haven.store, {
      role: 'facilitator',
      assignTo: gid,
    });
    const res = await farah.client.call('groups:update', {
      params: { groupId: gid },
      body: { media: 'audio_only' },
    });
    expect(res.status).toBe(200);
    // The server closes the video itself: no client has to cooperate.
    const [permissions] = await amal.client.waitFor('media:permissions');
    expect(permissions).toEqual({ allowedKinds: ['audio'] });
    const [closed] = await badr.client.waitFor('media:producer-closed');
    expect(closed).toEqual({ producerId: camera, participantId: amal.id });
    expect(await (await roomMedia(s.t))?.dump()).toMatchObject({ producers: 1 });
    expect(codeOf(await produce(amal, 'camera'))).toBe('FORBIDDEN');
    expectOk(await amal.client.request('media:pause-producer', { producerId: microphone }));
  });

  it("turns the media server's refusals and mismatched requests into INVALID_ARGUMENT", async () => {
    const amal = await withMedia(await s.client(), s.t, 'Amal');
    const bad = await Promise.all([
      produce(amal, 'microphone', {
        rtpParameters: { ...rtp(OPUS), codecs: [{ ...OPUS, mimeType: 'audio/nonsense' }] },
      }),
      produce(amal, 'microphone', { kind: 'video' }),
      amal.client.request('media:produce', {
        transportId: amal.start.send.id,
        kind: 'audio',
        source: 'microphone',
      } as Payload<'media:produce'>),
      amal.client.request('media:set-layer', { consumerId: 'x', spatialLayer: 7 }),
    ]);
    expect(bad.map(codeOf)).toEqual(Array(4).fill('INVALID_ARGUMENT'));
    expect(await (await roomMedia(s.t))?.dump()).toMatchObject({ producers: 0 });
    // One microphone per person.
    expectOk(await produce(amal, 'microphone'));
    expect(codeOf(await produce(amal, 'microphone'))).toBe('CONFLICT');
  });

  it('connects a transport once and restarts its ICE after a network change', async () => {
    const amal = await withMedia(await s.client(), s.t, 'Amal');
    const dtlsParameters = {
      role: 'client' as const,
      fingerprints: [{ algorithm: 'sha-256', value: 'AB:CD' }],
    };
    const transportId = amal.start.send.id;
    expectOk(await amal.client.request('media:connect', { transportId, dtlsParameters }));
    expect(
      codeOf(await amal.client.request('media:connect', { transportId, dtlsParameters })),
    ).toBe('CONFLICT');
    const { iceParameters } = expectOk(
      await amal.client.request('media:restart-ice', { transportId }),
    );
    expect(iceParameters).not.toEqual(amal.start.send.iceParameters);
  });

  it("a reloaded page's media:start replaces what the previous page left behind", async () => {
    const amal = await withMedia(await s.client(), s.t, 'Amal');
    const badr = await withMedia(await s.client(), s.t, 'Badr');
    const { producerId } = expectOk(await produce(amal, 'microphone'));
    const { routerRtpCapabilities } = expectOk(await amal.client.request('media:capabilities', {}));
    const fresh = expectOk(
      await amal.client.request('media:start', { rtpCapabilities: routerRtpCapabilities }),
    );
    const [closed] = await badr.client.waitFor('media:producer-closed');
    expect(closed?.producerId).toBe(producerId);
    expect(fresh.send.id).not.toBe(amal.start.send.id);
    expect(await (await roomMedia(s.t))?.dump()).toEqual({
      transports: 4,
      producers: 0,
      consumers: 0,
    });
  });
});

describe('media of someone whose connection is lost', () => {
  const s = freshHavenPerTest({ reconnectGraceMs: 300 });

  it('is kept through the grace period and closed when they do not come back', async () => {
    const amal = await withMedia(await s.client(), s.t, 'Amal');
    const badr = await withMedia(await s.client(), s.t, 'Badr');
    const { producerId } = expectOk(await produce(amal, 'microphone'));
    expectOk(await badr.client.request('media:consume', { producerId, preferLowLayer: false }));
    amal.client.drop();
    await badr.client.waitFor('participant:updated');
    expect(badr.client.received('media:producer-closed')).toEqual([]);
    await badr.client.waitFor('participant:left');
    expect(badr.client.received('media:producer-closed')).toEqual([
      expect.objectContaining({ producerId }),
    ]);
    expect(await (await roomMedia(s.t))?.dump()).toEqual({
      transports: 2,
      producers: 0,
      consumers: 0,
    });
  });
});

describe('a media worker that dies', () => {
  const s = freshHavenPerTest();

  it('is replaced, and the rooms on it are told to set their media up again', async () => {
    const amal = await withMedia(await s.client(), s.t, 'Amal');
    expectOk(await produce(amal, 'microphone'));
    const [pid] = await s.t.haven.media.pids();
    if (pid === undefined) throw new Error('no media worker running');
    process.kill(pid, 'SIGKILL');
    const [restart] = await amal.client.waitFor('media:restart');
    expect(restart).toEqual({ reason: 'media-server-restarted' });

    // The replacement takes a moment to start; the client retries as the web app does.
    let again = await amal.client.request('media:capabilities', {});
    for (let i = 0; i < 50 && !again.ok; i++) {
      expect(codeOf(again)).toBe('UNAVAILABLE');
      await new Promise((r) => setTimeout(r, 100));
      again = await amal.client.request('media:capabilities', {});
    }
    const caps = expectOk(again).routerRtpCapabilities;
    const start = expectOk(await amal.client.request('media:start', { rtpCapabilities: caps }));
    expectOk(await produce({ ...amal, start }, 'microphone'));
    expect(await s.t.haven.media.pids()).not.toContain(pid);
  });

  it("a private check-in's call: only its members receive it, the room's mute leaves it be, and it ends with the check-in", async () => {
    const amal = await withMedia(await s.client(), s.t, 'Amal');
    const badr = await withMedia(await s.client(), s.t, 'Badr');
    const moClient = await s.staff();
    expectOk(await moClient.request('session:join', joinPayload(s.t.sessionId)));
    const caps = expectOk(await moClient.request('media:capabilities', {}));
    const mo = {
      client: moClient,
      start: expectOk(
        await moClient.request('media:start', { rtpCapabilities: caps.routerRtpCapabilities }),
      ),
      id: '',
    };
    const talk = expectOk(await moClient.request('talk:open', { participantId: amal.id }));

    const { producerId: moVoice } = expectOk(await produce(mo, 'microphone', { talkId: talk.id }));
    const [toAmal] = await amal.client.waitFor('media:producer-added');
    expect(toAmal).toMatchObject({ producerId: moVoice, talkId: talk.id, source: 'microphone' });
    expectOk(
      await amal.client.request('media:consume', { producerId: moVoice, preferLowLayer: false }),
    );
    // Amal answers in the call, and keeps her own room microphone too.
    const { producerId: amalPrivate } = expectOk(
      await produce(amal, 'microphone', { talkId: talk.id }),
    );
    const { producerId: amalRoom } = expectOk(await produce(amal, 'microphone'));
    await moClient.waitFor('media:producer-added', 2);

    // Badr: nothing of the call reaches him, nor can he reach it.
    await badr.client.waitFor('media:producer-added');
    expect(badr.client.received('media:producer-added').map((p) => p.producerId)).toEqual([
      amalRoom,
    ]);
    const listed = expectOk(await badr.client.request('media:producers', {})).producers;
    expect(listed.map((p) => p.producerId)).toEqual([amalRoom]);
    for (const producerId of [moVoice, amalPrivate])
      expect(
        codeOf(await badr.client.request('media:consume', { producerId, preferLowLayer: false })),
      ).toBe('NOT_FOUND');
    expect(codeOf(await produce(badr, 'microphone', { talkId: talk.id }))).toBe('NOT_FOUND');

    // A hard mute is the room's: the check-in's call still carries her voice.
    expectOk(await moClient.request('mod:mute', { participantId: amal.id, kind: 'audio' }));
    const media = await roomMedia(s.t);
    await expect.poll(() => media?.isPaused(amal.id, amalRoom)).toBe(true);
    expect(media?.isPaused(amal.id, amalPrivate)).toBe(false);

    // The check-in ends: so does its call.
    expectOk(await moClient.request('talk:close', { talkId: talk.id }));
    const closedAtAmal = await amal.client.waitFor('media:producer-closed');
    expect(closedAtAmal.map((c) => c.producerId)).toContain(moVoice);
    await expect
      .poll(() => moClient.received('media:producer-closed').map((c) => c.producerId))
      .toContain(amalPrivate);
    expect(badr.client.received('media:producer-closed')).toEqual([]);
    expect(codeOf(await produce(amal, 'camera', { talkId: talk.id }))).toBe('NOT_FOUND');
  });
});
