import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Device, FakeHandler, testFakeParameters, type types } from 'mediasoup-client';
import type {
  ClientEventName,
  Payload,
  RemoteProducer,
  Reply,
  Result,
  ServerEventName,
  ServerPayload,
} from '@haven/protocol';
import type { ConnectionStatus, Signaling } from '../signaling';
import type { MediaEnvironment } from './media-context';
import { createMemoryMediaPreferences, type MediaPreferencesStore } from './media-preferences';
import { MediaSession } from './media-session';

type Handlers = { [E in ClientEventName]?: (payload: Payload<E>) => Result<Reply<E>> };

const ok = <T>(data: T): Result<T> => ({ ok: true, data });
const refused = (code: 'NOT_FOUND' | 'FORBIDDEN' | 'UNAVAILABLE'): Result<never> => ({
  ok: false,
  error: { code, message: code },
});

const transport = (id: string) => {
  const { iceParameters, iceCandidates, dtlsParameters } =
    testFakeParameters.generateTransportRemoteParameters();
  return { id, iceParameters, iceCandidates, dtlsParameters };
};

/** The media server as a script: answers each request at once and records it. */
class FakeServer implements Signaling {
  calls: { event: ClientEventName; payload: unknown }[] = [];
  remote: RemoteProducer[] = [];
  allowedKinds: ('audio' | 'video')[] = ['audio', 'video'];
  starts = 0;
  /** What the session showed when each consumer was resumed. */
  resumedWithTrack = new Map<string, boolean>();
  snapshotOf: (() => ReturnType<MediaSession['getSnapshot']>) | null = null;
  handlers: Handlers = {};
  private listeners = new Map<string, Set<(payload: unknown) => void>>();
  private produced = 0;

  private defaults: Handlers = {
    'media:capabilities': () =>
      ok({ routerRtpCapabilities: testFakeParameters.generateRouterRtpCapabilities() }),
    'media:start': () => {
      this.starts++;
      return ok({
        send: transport(`send-${this.starts}`),
        recv: transport(`recv-${this.starts}`),
        iceServers: [],
        allowedKinds: this.allowedKinds,
        cameraOnAtJoin: false,
        producers: this.remote,
      });
    },
    'media:produce': () => ok({ producerId: `mine-${++this.produced}` }),
    'media:consume': ({ producerId }) => {
      const p = this.remote.find((r) => r.producerId === producerId);
      if (!p) return refused('NOT_FOUND');
      const { rtpParameters } = testFakeParameters.generateConsumerRemoteParameters({
        codecMimeType: p.kind === 'audio' ? 'audio/opus' : 'video/VP8',
      });
      return ok({
        consumerId: `c-${producerId}`,
        producerId,
        participantId: p.participantId,
        kind: p.kind,
        source: p.source,
        rtpParameters,
        producerPaused: p.paused,
      });
    },
    'media:resume-consumer': ({ consumerId }) => {
      const track = this.snapshotOf?.().remote.find((r) => `c-${r.producerId}` === consumerId);
      this.resumedWithTrack.set(consumerId, Boolean(track?.track));
      return ok({});
    },
    'media:restart-ice': () =>
      ok({ iceParameters: { usernameFragment: 'new', password: 'new-password' } }),
    'media:producers': () => ok({ producers: this.remote }),
  };

  request<E extends ClientEventName>(event: E, payload: Payload<E>): Promise<Result<Reply<E>>> {
    this.calls.push({ event, payload });
    const handler = this.handlers[event] ?? this.defaults[event];
    return Promise.resolve(handler ? handler(payload) : (ok({}) as Result<Reply<E>>));
  }

  on<E extends ServerEventName>(event: E, handler: (payload: ServerPayload<E>) => void) {
    const set = this.listeners.get(event) ?? new Set();
    set.add(handler as (payload: unknown) => void);
    this.listeners.set(event, set);
    return () => void set.delete(handler as (payload: unknown) => void);
  }

  emit<E extends ServerEventName>(event: E, payload: ServerPayload<E>): void {
    for (const handler of this.listeners.get(event) ?? []) handler(payload);
  }

  status = (): ConnectionStatus => 'connected';
  onStatus = () => () => undefined;
  connect = () => undefined;
  disconnect = () => undefined;

  events = (): ClientEventName[] => this.calls.map((c) => c.event);
  payloadsOf = <E extends ClientEventName>(event: E): Payload<E>[] =>
    this.calls.filter((c) => c.event === event).map((c) => c.payload as Payload<E>);
  count = (event: ClientEventName): number => this.payloadsOf(event).length;
}

/** Just enough of a MediaStreamTrack for mediasoup-client's producers. */
class FakeTrack extends EventTarget {
  readonly id = `track-${Math.random().toString(36).slice(2)}`;
  readyState: MediaStreamTrackState = 'live';
  enabled = true;
  constructor(readonly kind: 'audio' | 'video') {
    super();
  }
  stop(): void {
    this.readyState = 'ended';
  }
  /** The device went away (unplugged). */
  end(): void {
    this.readyState = 'ended';
    this.dispatchEvent(new Event('ended'));
  }
}

const named = (name: string) => Object.assign(new Error(name), { name });

function setup(options: { prefs?: MediaPreferencesStore; bytesMoved?: () => number } = {}) {
  const server = new FakeServer();
  const tracks: FakeTrack[] = [];
  const transports: types.Transport[] = [];
  let userMediaError: Error | null = null;
  const env: MediaEnvironment = {
    createDevice() {
      const device = new Device({
        handlerFactory: FakeHandler.createFactory(testFakeParameters),
      });
      device.observer.on('newtransport', (t) => {
        transports.push(t);
        const { bytesMoved } = options;
        if (bytesMoved)
          t.getStats = () =>
            Promise.resolve(
              new Map([
                ['T', { type: 'transport', bytesSent: bytesMoved(), bytesReceived: bytesMoved() }],
              ]),
            );
      });
      return device;
    },
    getUserMedia(constraints) {
      if (userMediaError) return Promise.reject(userMediaError);
      const track = new FakeTrack(constraints.audio ? 'audio' : 'video');
      tracks.push(track);
      const list = [track as unknown as MediaStreamTrack];
      return Promise.resolve({
        getAudioTracks: () => (track.kind === 'audio' ? list : []),
        getVideoTracks: () => (track.kind === 'video' ? list : []),
      } as MediaStream);
    },
    enumerateDevices: () => Promise.resolve([]),
    onDeviceChange: () => () => undefined,
  };
  const prefs = options.prefs ?? createMemoryMediaPreferences();
  const media = new MediaSession({
    signaling: server,
    sessionId: 's1',
    selfId: 'me',
    preferences: prefs,
    env,
  });
  server.snapshotOf = media.getSnapshot;
  return {
    server,
    media,
    tracks,
    transports,
    prefs,
    denyDevices: (error: Error | null) => (userMediaError = error),
    snapshot: () => media.getSnapshot(),
  };
}

/** Lets every queued step (requests, mediasoup-client's own queues) run to its end. */
const settle = async () => {
  for (let i = 0; i < 30; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

const ana = (kind: 'audio' | 'video', paused = false): RemoteProducer => ({
  producerId: `ana-${kind}`,
  participantId: 'ana',
  kind,
  source: kind === 'audio' ? 'microphone' : 'camera',
  paused,
});

describe('MediaSession: starting', () => {
  it('waits for the session to be live, then loads the Device and starts', async () => {
    const { server, media, snapshot } = setup();
    await settle();
    expect(server.calls).toEqual([]);
    media.setLive(true);
    await settle();
    expect(server.events().slice(0, 2)).toEqual(['media:capabilities', 'media:start']);
    expect(server.payloadsOf('media:start')[0]?.rtpCapabilities.codecs?.length).toBeGreaterThan(0);
    expect(snapshot().status).toEqual({ kind: 'ready' });
    expect(snapshot().allowedKinds).toEqual(['audio', 'video']);
    expect(snapshot().microphone).toMatchObject({ on: false, restriction: null });
    expect(snapshot().camera).toMatchObject({ on: false, restriction: null });
  });

  it('receives everyone else’s tracks, resuming each consumer once its track is shown', async () => {
    const { server, media, snapshot } = setup();
    server.remote = [
      ana('audio', true),
      ana('video'),
      { ...ana('audio'), participantId: 'me', producerId: 'mine' },
    ];
    media.setLive(true);
    await settle();
    expect(server.payloadsOf('media:consume')).toEqual([
      { producerId: 'ana-audio', preferLowLayer: false },
      { producerId: 'ana-video', preferLowLayer: false },
    ]);
    expect([...server.resumedWithTrack]).toEqual([
      ['c-ana-audio', true],
      ['c-ana-video', true],
    ]);
    const remote = snapshot().remote;
    expect(remote.map((r) => [r.producerId, r.paused, r.track !== null])).toEqual([
      ['ana-audio', true, true],
      ['ana-video', false, true],
    ]);
  });

  it('shows a refused start and keeps working: a retry starts again', async () => {
    const { server, media, snapshot } = setup();
    server.handlers['media:start'] = () => refused('NOT_FOUND');
    media.setLive(true);
    await settle();
    expect(snapshot().status).toEqual({ kind: 'failed', code: 'NOT_FOUND', retrying: false });
    delete server.handlers['media:start'];
    media.retry();
    await settle();
    expect(snapshot().status).toEqual({ kind: 'ready' });
    // The Device was loaded once.
    expect(server.count('media:capabilities')).toBe(1);
  });

  it('tries again by itself after a passing failure', async () => {
    vi.useFakeTimers();
    try {
      const { server, media, snapshot } = setup();
      server.handlers['media:start'] = () => refused('UNAVAILABLE');
      media.setLive(true);
      await vi.advanceTimersByTimeAsync(10);
      expect(snapshot().status).toEqual({ kind: 'failed', code: 'UNAVAILABLE', retrying: true });
      delete server.handlers['media:start'];
      await vi.advanceTimersByTimeAsync(1_100);
      expect(snapshot().status).toEqual({ kind: 'ready' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads an audio-only group from allowedKinds and keeps the camera off', async () => {
    const { server, media, snapshot } = setup();
    server.allowedKinds = ['audio'];
    media.setLive(true);
    await settle();
    expect(snapshot().camera.restriction).toBe('group-audio-only');
    media.setCamera(true);
    await settle();
    expect(snapshot().camera.on).toBe(false);
    expect(server.count('media:produce')).toBe(0);
  });
});

describe('MediaSession: microphone and camera', () => {
  it('microphone: first on produces, off pauses, on again resumes; the choice is remembered', async () => {
    const { server, media, snapshot, prefs, tracks } = setup();
    media.setLive(true);
    await settle();
    media.setMicrophone(true);
    await settle();
    expect(server.payloadsOf('media:connect')).toHaveLength(1);
    const [produce] = server.payloadsOf('media:produce');
    expect(produce).toMatchObject({
      transportId: 'send-1',
      kind: 'audio',
      source: 'microphone',
      paused: false,
    });
    expect(snapshot().microphone.on).toBe(true);
    expect(prefs.load('s1')).toMatchObject({ microphone: true });

    media.setMicrophone(false);
    await settle();
    expect(server.payloadsOf('media:pause-producer')).toEqual([{ producerId: 'mine-1' }]);
    expect(tracks[0]?.enabled).toBe(false);

    media.setMicrophone(true);
    await settle();
    expect(server.payloadsOf('media:resume-producer')).toEqual([{ producerId: 'mine-1' }]);
    expect(tracks[0]?.enabled).toBe(true);
    expect(server.count('media:produce')).toBe(1);
  });

  it('camera: on sends VP8 in three simulcast layers; off closes it and stops the camera', async () => {
    const { server, media, snapshot, tracks } = setup();
    media.setLive(true);
    await settle();
    media.setCamera(true);
    await settle();
    const [produce] = server.payloadsOf('media:produce');
    expect(produce).toMatchObject({ kind: 'video', source: 'camera' });
    expect(produce?.rtpParameters.codecs[0]?.mimeType).toBe('video/VP8');
    expect(produce?.rtpParameters.encodings).toHaveLength(3);
    expect(snapshot().selfVideo).toBe(tracks[0]);

    media.setCamera(false);
    await settle();
    expect(server.payloadsOf('media:close-producer')).toEqual([{ producerId: 'mine-1' }]);
    expect(tracks[0]?.readyState).toBe('ended');
    expect(snapshot().selfVideo).toBeNull();
  });

  it('a denied permission says so, leaves the toggle off and sends nothing', async () => {
    const { server, media, snapshot, denyDevices } = setup();
    media.setLive(true);
    await settle();
    denyDevices(named('NotAllowedError'));
    media.setCamera(true);
    await settle();
    expect(snapshot().camera.on).toBe(false);
    expect(snapshot().notice).toMatchObject({
      kind: 'device',
      source: 'camera',
      problem: 'denied',
    });
    expect(server.count('media:produce')).toBe(0);
    expect(snapshot().status).toEqual({ kind: 'ready' });
  });

  it('a refused produce turns the toggle off and releases the device', async () => {
    const { server, media, snapshot, tracks } = setup();
    server.handlers['media:produce'] = () => refused('FORBIDDEN');
    media.setLive(true);
    await settle();
    media.setMicrophone(true);
    await settle();
    expect(snapshot().microphone.on).toBe(false);
    expect(snapshot().notice).toMatchObject({
      kind: 'refused',
      source: 'microphone',
      code: 'FORBIDDEN',
    });
    expect(tracks[0]?.readyState).toBe('ended');
  });

  it('an unplugged camera turns off and says why', async () => {
    const { server, media, snapshot, tracks } = setup();
    media.setLive(true);
    await settle();
    media.setCamera(true);
    await settle();
    tracks[0]?.end();
    await settle();
    expect(snapshot().camera.on).toBe(false);
    expect(snapshot().notice).toMatchObject({ kind: 'device', source: 'camera', problem: 'ended' });
    expect(server.payloadsOf('media:close-producer')).toEqual([{ producerId: 'mine-1' }]);
  });

  it('comes back with the microphone and camera as this tab left them', async () => {
    const prefs = createMemoryMediaPreferences();
    prefs.save('s1', { microphone: true, camera: true });
    const { server, media, snapshot } = setup({ prefs });
    media.setLive(true);
    await settle();
    expect(
      server
        .payloadsOf('media:produce')
        .map((p) => p.source)
        .sort(),
    ).toEqual(['camera', 'microphone']);
    expect(snapshot()).toMatchObject({ microphone: { on: true }, camera: { on: true } });
  });

  it('a moderator’s pause of the microphone shows it off', async () => {
    const { server, media, snapshot } = setup();
    media.setLive(true);
    await settle();
    media.setMicrophone(true);
    await settle();
    server.emit('media:producer-paused', {
      producerId: 'mine-1',
      participantId: 'me',
      paused: true,
    });
    expect(snapshot().microphone.on).toBe(false);
    expect(snapshot().notice).toMatchObject({ kind: 'muted', source: 'microphone' });
  });

  it('does not read its own mute, echoed by the server, as a moderator’s', async () => {
    const { server, media, snapshot } = setup();
    media.setLive(true);
    await settle();
    media.setMicrophone(true);
    await settle();
    media.setMicrophone(false);
    await settle();
    server.emit('media:producer-paused', {
      producerId: 'mine-1',
      participantId: 'me',
      paused: true,
    });
    expect(snapshot().notice).toBeNull();
  });

  it('drops a camera the group no longer allows, with the reason', async () => {
    const { server, media, snapshot, tracks } = setup();
    media.setLive(true);
    await settle();
    media.setCamera(true);
    await settle();
    // The server closes the track first, then says what is allowed now.
    server.emit('media:producer-closed', { producerId: 'mine-1', participantId: 'me' });
    server.emit('media:permissions', { allowedKinds: ['audio'] });
    expect(tracks[0]?.readyState).toBe('ended');
    expect(snapshot().camera).toMatchObject({ on: false, restriction: 'group-audio-only' });
    expect(snapshot().notice).toMatchObject({
      kind: 'restricted',
      source: 'camera',
      restriction: 'group-audio-only',
    });
  });
});

describe('MediaSession: moderation', () => {
  it('joins under "mute all": the microphone starts off and cannot be turned on', async () => {
    const { server, media, snapshot, prefs } = setup();
    prefs.save('s1', { microphone: true });
    // The room says the microphone is muted before media starts; the server leaves it out too.
    media.setHardMuted({ kinds: ['audio'], reason: 'moderator' });
    server.allowedKinds = ['video'];
    media.setLive(true);
    await settle();
    expect(snapshot().microphone).toMatchObject({ on: false, restriction: 'moderator' });
    media.setMicrophone(true);
    await settle();
    expect(snapshot().microphone.on).toBe(false);
    expect(server.count('media:produce')).toBe(0);
  });

  it('once the mute lifts, the microphone can be turned on, but does not turn on by itself', async () => {
    const { server, media, snapshot } = setup();
    media.setHardMuted({ kinds: ['audio'], reason: 'moderator' });
    server.allowedKinds = ['video'];
    media.setLive(true);
    await settle();
    media.setHardMuted({ kinds: [], reason: 'moderator' });
    await settle();
    expect(snapshot().microphone).toMatchObject({ on: false, restriction: null });
    expect(snapshot().allowedKinds).toEqual(['audio', 'video']);
    media.setMicrophone(true);
    await settle();
    expect(snapshot().microphone.on).toBe(true);
    expect(server.payloadsOf('media:produce').map((p) => p.kind)).toEqual(['audio']);
  });

  it('a mute while on turns the microphone and camera off for good, with the reason', async () => {
    const { server, media, snapshot } = setup();
    media.setLive(true);
    await settle();
    media.setMicrophone(true);
    media.setCamera(true);
    await settle();
    media.setHardMuted({ kinds: ['audio', 'video'], reason: 'paused' });
    await settle();
    expect(snapshot().microphone).toMatchObject({ on: false, restriction: 'paused' });
    expect(snapshot().camera).toMatchObject({ on: false, restriction: 'paused' });
    expect(server.count('media:close-producer')).toBe(1);
    media.setHardMuted({ kinds: [], reason: 'moderator' });
    await settle();
    // Lifting it turns nothing back on: the person does that.
    expect(snapshot().microphone).toMatchObject({ on: false, restriction: null });
    expect(snapshot().camera).toMatchObject({ on: false, restriction: null });
  });
});

describe('MediaSession: receiving', () => {
  let env: ReturnType<typeof setup>;
  beforeEach(async () => {
    env = setup();
    env.server.remote = [ana('audio'), ana('video')];
    env.media.setLive(true);
    await settle();
  });
  afterEach(() => env.media.close());

  it('audio only closes the video consumers and receives no video; back to all receives it again', async () => {
    const { server, media, snapshot } = env;
    media.setReceiveMode('audio-only');
    await settle();
    expect(server.payloadsOf('media:close-consumer')).toEqual([{ consumerId: 'c-ana-video' }]);
    expect(snapshot().remote.find((r) => r.kind === 'video')?.track).toBeNull();
    expect(snapshot().remote.find((r) => r.kind === 'audio')?.track).not.toBeNull();

    server.remote.push({ ...ana('video'), producerId: 'ben-video', participantId: 'ben' });
    server.emit('media:producer-added', server.remote[2]!);
    await settle();
    expect(server.payloadsOf('media:consume').map((p) => p.producerId)).not.toContain('ben-video');

    media.setReceiveMode('all');
    await settle();
    expect(
      server
        .payloadsOf('media:consume')
        .slice(-2)
        .map((p) => p.producerId),
    ).toEqual(['ana-video', 'ben-video']);
    expect(env.prefs.load('s1').receiveMode).toBe('all');
  });

  it('data saver asks for the lowest layer of the videos it keeps', async () => {
    const { server, media } = env;
    media.setReceiveMode('data-saver');
    await settle();
    expect(server.payloadsOf('media:set-layer')).toEqual([
      { consumerId: 'c-ana-video', spatialLayer: 0 },
    ]);
  });

  it('closes the consumer of a producer that went away, and consumes new ones', async () => {
    const { server, snapshot } = env;
    server.emit('media:producer-closed', { producerId: 'ana-video', participantId: 'ana' });
    expect(snapshot().remote.map((r) => r.producerId)).toEqual(['ana-audio']);
    server.remote.push({ ...ana('audio'), producerId: 'ben-audio', participantId: 'ben' });
    server.emit('media:producer-added', server.remote[2]!);
    await settle();
    expect(snapshot().remote.map((r) => [r.producerId, r.track !== null])).toEqual([
      ['ana-audio', true],
      ['ben-audio', true],
    ]);
  });

  it('shows someone muting and unmuting', () => {
    const { server, snapshot } = env;
    server.emit('media:producer-paused', {
      producerId: 'ana-audio',
      participantId: 'ana',
      paused: true,
    });
    expect(snapshot().remote.find((r) => r.producerId === 'ana-audio')?.paused).toBe(true);
  });

  it('reports who is speaking, loudest first', () => {
    env.server.emit('media:speaking', { participantIds: ['ana', 'me'] });
    expect(env.snapshot().speaking).toEqual(['ana', 'me']);
  });
});

describe('MediaSession: recovering', () => {
  it('after a reconnect, restarts ICE on both transports and keeps everything', async () => {
    const { server, media, transports } = setup();
    media.setLive(true);
    await settle();
    media.setLive(false);
    media.setLive(true);
    await settle();
    expect(server.payloadsOf('media:restart-ice')).toEqual([
      { transportId: 'send-1' },
      { transportId: 'recv-1' },
    ]);
    expect(server.starts).toBe(1);
    expect(transports.every((t) => !t.closed)).toBe(true);
  });

  it('catches up on tracks published and closed while the connection was down', async () => {
    const { server, media, snapshot } = setup();
    server.remote = [ana('audio'), ana('video')];
    media.setLive(true);
    await settle();
    const before = snapshot().remote.map((r) => r.producerId);
    expect(before.length).toBeGreaterThan(0);
    media.setLive(false);
    // Meanwhile one track went away and another came; nobody could tell this page.
    const gone = server.remote.shift();
    server.remote.push({
      producerId: 'late-video',
      participantId: 'late',
      kind: 'video',
      source: 'camera',
      paused: false,
    });
    media.setLive(true);
    await settle();
    expect(server.count('media:producers')).toBe(1);
    const after = snapshot().remote.map((r) => r.producerId);
    expect(after).toContain('late-video');
    expect(after).not.toContain(gone?.producerId);
    expect(server.payloadsOf('media:consume').map((p) => p.producerId)).toContain('late-video');
  });

  it('starts again and re-publishes when the server no longer has the transports', async () => {
    const { server, media, snapshot, transports } = setup();
    media.setLive(true);
    await settle();
    media.setMicrophone(true);
    await settle();
    server.handlers['media:restart-ice'] = () => refused('NOT_FOUND');
    media.setLive(false);
    media.setLive(true);
    await settle();
    expect(server.starts).toBe(2);
    expect(server.count('media:capabilities')).toBe(1);
    expect(transports.slice(0, 2).every((t) => t.closed)).toBe(true);
    expect(server.payloadsOf('media:produce').map((p) => [p.transportId, p.source])).toEqual([
      ['send-1', 'microphone'],
      ['send-2', 'microphone'],
    ]);
    expect(snapshot()).toMatchObject({ status: { kind: 'ready' }, microphone: { on: true } });
  });

  it('sets media up again when the media server restarted', async () => {
    const { server, media, snapshot } = setup();
    server.remote = [ana('audio')];
    media.setLive(true);
    await settle();
    media.setCamera(true);
    await settle();
    server.emit('media:restart', { reason: 'media-server-restarted' });
    await settle();
    expect(server.starts).toBe(2);
    expect(server.payloadsOf('media:produce').map((p) => p.transportId)).toEqual([
      'send-1',
      'send-2',
    ]);
    expect(server.payloadsOf('media:consume')).toHaveLength(2);
    expect(snapshot().remote[0]?.track).not.toBeNull();
  });

  it('restarts ICE when a transport fails while the socket is up', async () => {
    const { server, media, transports } = setup();
    media.setLive(true);
    await settle();
    (transports[1]!.handler as FakeHandler).setConnectionState('failed');
    await settle();
    expect(server.payloadsOf('media:restart-ice')).toEqual([{ transportId: 'recv-1' }]);
  });

  it('shows the receive path as recovering while its transport is disconnected', async () => {
    const { media, transports, snapshot } = setup();
    media.setLive(true);
    await settle();
    (transports[1]!.handler as FakeHandler).setConnectionState('disconnected');
    expect(snapshot()).toMatchObject({ receiveRecovering: true, sendRecovering: false });
    (transports[1]!.handler as FakeHandler).setConnectionState('connected');
    expect(snapshot().receiveRecovering).toBe(false);
  });

  it('closing stops every track and forgets the choices when asked to', async () => {
    const { media, tracks, prefs, snapshot } = setup();
    media.setLive(true);
    await settle();
    media.setMicrophone(true);
    media.setCamera(true);
    await settle();
    media.close({ forget: true });
    expect(tracks.map((t) => t.readyState)).toEqual(['ended', 'ended']);
    expect(prefs.load('s1')).toEqual({});
    expect(snapshot().status).toEqual({ kind: 'closed' });
  });
});

describe('MediaSession: data estimate', () => {
  it('measures the bytes both transports moved, per minute', async () => {
    vi.useFakeTimers();
    try {
      let bytes = 0;
      const { media, snapshot } = setup({ bytesMoved: () => bytes });
      media.setLive(true);
      await vi.advanceTimersByTimeAsync(10);
      expect(snapshot().bytesPerMinute).toBeNull();
      // 10 kB each way on both transports every 3 s: 40 kB per 3 s, 800 kB a minute.
      for (let i = 0; i < 3; i++) {
        bytes += 10_000;
        await vi.advanceTimersByTimeAsync(3_000);
      }
      expect(snapshot().bytesPerMinute).toBe(800_000);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('MediaSession: a private check-in’s call', () => {
  const farah = (kind: 'audio' | 'video'): RemoteProducer => ({
    producerId: `farah-${kind}`,
    participantId: 'farah',
    kind,
    source: kind === 'audio' ? 'microphone' : 'camera',
    paused: false,
    talkId: 't1',
  });

  async function inRoomWithMicrophone() {
    const env = setup();
    env.server.remote = [ana('audio')];
    env.media.setLive(true);
    await settle();
    env.media.setMicrophone(true);
    await settle();
    return env;
  }

  it('keeps a call’s tracks out of the room, and receives them only once joined', async () => {
    const { server, snapshot } = await inRoomWithMicrophone();
    server.remote.push(farah('audio'));
    server.emit('media:producer-added', farah('audio'));
    await settle();
    expect(snapshot().remote.map((r) => r.producerId)).toEqual(['ana-audio']);
    expect(snapshot().talkRemote.map((r) => [r.producerId, r.talkId, r.track])).toEqual([
      ['farah-audio', 't1', null],
    ]);
    expect(server.payloadsOf('media:consume').map((p) => p.producerId)).toEqual(['ana-audio']);
  });

  it('joining sends a microphone of its own to the call and holds the room’s off; leaving restores it', async () => {
    const { server, media, snapshot, tracks } = await inRoomWithMicrophone();
    server.remote.push(farah('audio'));
    server.emit('media:producer-added', farah('audio'));
    await settle();

    media.joinCall('t1');
    await settle();
    expect(server.payloadsOf('media:produce').map((p) => [p.source, p.talkId])).toEqual([
      ['microphone', undefined],
      ['microphone', 't1'],
    ]);
    // The room no longer hears this person; the toggle says why.
    expect(server.payloadsOf('media:pause-producer')).toEqual([{ producerId: 'mine-1' }]);
    expect(snapshot().microphone).toMatchObject({ on: false, restriction: 'private-call' });
    expect(snapshot().call).toMatchObject({ talkId: 't1', microphone: true, camera: false });
    expect(tracks).toHaveLength(2);
    expect(snapshot().talkRemote[0]?.track).not.toBeNull();
    expect(snapshot().remote.map((r) => r.producerId)).toEqual(['ana-audio']);

    media.leaveCall();
    await settle();
    expect(server.payloadsOf('media:close-producer')).toEqual([{ producerId: 'mine-2' }]);
    expect(tracks[1]?.readyState).toBe('ended');
    expect(server.payloadsOf('media:close-consumer')).toEqual([{ consumerId: 'c-farah-audio' }]);
    expect(server.payloadsOf('media:resume-producer')).toEqual([{ producerId: 'mine-1' }]);
    expect(snapshot().microphone).toMatchObject({ on: true, restriction: null });
    expect(snapshot().call).toBeNull();
  });

  it('the camera in the call is a second producer with the check-in’s id', async () => {
    const { server, media, snapshot } = await inRoomWithMicrophone();
    media.joinCall('t1');
    await settle();
    media.setCallCamera(true);
    await settle();
    expect(server.payloadsOf('media:produce').at(-1)).toMatchObject({
      kind: 'video',
      source: 'camera',
      talkId: 't1',
    });
    expect(snapshot().call?.selfVideo).not.toBeNull();
    expect(snapshot().camera.on).toBe(false);
  });

  it('ends when the server closes its track (the check-in ended): the room microphone comes back', async () => {
    const { server, media, snapshot } = await inRoomWithMicrophone();
    media.joinCall('t1');
    await settle();
    server.emit('media:producer-closed', {
      producerId: 'mine-2',
      participantId: 'me',
      talkId: 't1',
    });
    await settle();
    expect(snapshot().call).toBeNull();
    expect(snapshot().microphone).toMatchObject({ on: true, restriction: null });
  });
});
