import type { Device, types } from 'mediasoup-client';
import type { ReceiveMode } from '@haven/core';
import {
  MediaSource,
  type ErrorCode,
  type MediaKind,
  type MediaStartReply,
  type Payload,
} from '@haven/protocol';
import type { Signaling } from '../signaling';
import {
  DATA_SAMPLE_INTERVAL_MS,
  addSample,
  bytesInReport,
  bytesPerMinute,
  type DataSample,
  type StatsEntry,
} from './data-rate';
import { deviceLists } from './local-media';
import {
  MediaRequestError,
  browserMediaEnvironment,
  type MediaContext,
  type MediaEnvironment,
  type Transport,
} from './media-context';
import {
  createTabMediaPreferences,
  type MediaPreferences,
  type MediaPreferencesStore,
} from './media-preferences';
import { CallPublisher } from './call-publisher';
import { Publisher } from './publisher';
import { Receiver } from './receiver';
import {
  NO_HARD_MUTES,
  groupAllowedKinds,
  restrictionsFor,
  revokedKinds,
  sameHardMutes,
  withHardMutes,
  withPrivateCall,
  type HardMutes,
} from './restrictions';
import { INITIAL_MEDIA, type MediaSnapshot, type MediaStatus } from './types';

export const MEDIA_REQUEST_TIMEOUT_MS = 10_000;
/** Back-off between attempts to start media the server could not serve just then. */
export const START_RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000] as const;
/** ICE often finds its way back by itself; a transport still disconnected after this is restarted. */
export const DISCONNECTED_GRACE_MS = 3_000;

/** Start failures worth trying again by themselves. */
const TRANSIENT = new Set<ErrorCode>([
  'UNAVAILABLE',
  'TIMEOUT',
  'INTERNAL',
  'RATE_LIMITED',
  // The server lost this connection's identity; the session controller is joining again.
  'UNAUTHENTICATED',
]);

type IceOutcome = 'ok' | 'gone' | 'failed';

export interface MediaSessionOptions {
  signaling: Signaling;
  sessionId: string;
  selfId: string;
  preferences?: MediaPreferencesStore;
  env?: MediaEnvironment;
}

const transportOptions = (
  t: MediaStartReply['send'],
  iceServers: MediaStartReply['iceServers'],
): types.TransportOptions => ({
  id: t.id,
  iceParameters: t.iceParameters as types.IceParameters,
  iceCandidates: t.iceCandidates as types.IceCandidate[],
  dtlsParameters: t.dtlsParameters as types.DtlsParameters,
  iceServers,
});

/**
 * One person's audio and video in one session, over mediasoup-client: the Device, a send and a
 * receive transport, the microphone and camera (Publisher), everyone else's tracks (Receiver),
 * recovery after network changes, and a measured data estimate. No React: the UI reads
 * `getSnapshot` through `useSyncExternalStore`. It never throws at its caller, so media
 * failing cannot take the room (or its chat) down.
 */
export class MediaSession {
  private snapshot: MediaSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly signaling: Signaling;
  private readonly sessionId: string;
  private readonly store: MediaPreferencesStore;
  private readonly env: MediaEnvironment;
  private readonly publisher: Publisher;
  private readonly receiver: Receiver;
  private readonly call: CallPublisher;
  private readonly unsubscribers: (() => void)[];
  private prefs: MediaPreferences;
  private device: Device | null = null;
  private send: Transport | null = null;
  private recv: Transport | null = null;
  /** Bumped whenever the transports are replaced; async work of an older one is dropped. */
  private generation = 0;
  private live = false;
  private closed = false;
  private everReady = false;
  private startAttempt = 0;
  private knowsAllowed = false;
  private hardMutes: HardMutes = NO_HARD_MUTES;
  /** Producers closed while media:start was on its way: its list may still name them. */
  private closedWhileStarting: Set<string> | null = null;
  private readonly iceTimers = new Map<Transport, ReturnType<typeof setTimeout>>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private sampler: ReturnType<typeof setInterval> | null = null;
  private samples: DataSample[] = [];
  private noticeSerial = 0;
  private readonly request: Signaling['request'] = (event, payload, options) =>
    this.signaling.request(event, payload, options);

  constructor(options: MediaSessionOptions) {
    this.signaling = options.signaling;
    this.sessionId = options.sessionId;
    this.store = options.preferences ?? createTabMediaPreferences();
    this.env = options.env ?? browserMediaEnvironment();
    this.prefs = this.store.load(this.sessionId);
    this.snapshot = { ...INITIAL_MEDIA, receiveMode: this.prefs.receiveMode ?? 'all' };

    const ctx: MediaContext = {
      request: this.request,
      selfId: options.selfId,
      env: this.env,
      state: () => this.snapshot,
      update: (patch) => this.update(patch),
      notify: (notice) => this.update({ notice: { ...notice, serial: ++this.noticeSerial } }),
      sendTransport: () => this.send,
      recvTransport: () => this.recv,
      generation: () => this.generation,
      savePreferences: (patch) => this.savePreferences(patch),
      devicesChanged: () => void this.refreshDevices(),
    };
    const videoCodec = () =>
      this.device?.rtpCapabilities.codecs?.find((c) => /^video\/vp8$/i.test(c.mimeType));
    this.publisher = new Publisher(
      ctx,
      { microphoneId: this.prefs.microphoneId ?? null, cameraId: this.prefs.cameraId ?? null },
      videoCodec,
    );
    this.receiver = new Receiver(ctx, this.snapshot.receiveMode);
    this.call = new CallPublisher(ctx, videoCodec, (talkId) => {
      this.receiver.setCall(talkId);
      this.applyRestrictions();
    });

    const selfId = options.selfId;
    const s = this.signaling;
    this.unsubscribers = [
      s.on('media:producer-added', (p) => this.receiver.producerAdded(p)),
      s.on('media:producer-paused', ({ producerId, participantId, paused }) => {
        if (participantId === selfId) this.publisher.serverPaused(producerId, paused);
        else this.receiver.producerPaused(producerId, paused);
      }),
      s.on('media:producer-closed', ({ producerId, participantId }) => {
        this.closedWhileStarting?.add(producerId);
        if (participantId === selfId) {
          this.publisher.serverClosed(producerId);
          this.call.serverClosed(producerId);
        } else this.receiver.producerClosed(producerId);
      }),
      s.on('media:consumer-closed', ({ consumerId }) => this.receiver.consumerClosed(consumerId)),
      s.on('media:speaking', ({ participantIds }) => this.receiver.speaking(participantIds)),
      s.on('media:permissions', ({ allowedKinds }) => this.applyAllowed(allowedKinds)),
      s.on('media:restart', () => this.onRestart()),
      this.env.onDeviceChange(() => void this.refreshDevices()),
    ];
    void this.refreshDevices();
  }

  // ---- For React (function-valued: passed around unbound) ------------------------------

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getSnapshot = (): MediaSnapshot => this.snapshot;

  /**
   * Whether the session is joined on the current connection. The first time, media starts;
   * after a rejoin on a new connection, the transports get new ICE parameters (or, if the
   * server no longer has them, media starts again and the tracks that were on are re-published).
   */
  readonly setLive = (live: boolean): void => {
    if (this.closed || live === this.live) return;
    this.live = live;
    if (!live) return;
    if (this.send || this.recv) void this.recover();
    else void this.start();
  };

  /**
   * What moderation holds back for this person now (from the room's state). A kind muted here
   * goes off and stays off: when the mute lifts, the person turns it on again themselves.
   */
  readonly setHardMuted = (mutes: HardMutes): void => {
    if (this.closed || sameHardMutes(mutes, this.hardMutes)) return;
    const newly = mutes.kinds.filter((kind) => !this.hardMutes.kinds.includes(kind));
    this.hardMutes = mutes;
    // Before the first allowedKinds, decideInitial reads the restrictions set then.
    if (!this.knowsAllowed) return;
    this.publisher.moderatorMuted(newly);
    this.applyRestrictions();
  };

  readonly setMicrophone = (on: boolean): void => this.publisher.want('microphone', on);
  readonly setCamera = (on: boolean): void => this.publisher.want('camera', on);
  readonly selectMicrophone = (deviceId: string): void =>
    this.publisher.selectDevice('microphone', deviceId);
  readonly selectCamera = (deviceId: string): void =>
    this.publisher.selectDevice('camera', deviceId);

  /**
   * Joins a private check-in's call (a moderator starting it does the same): this person's
   * microphone goes out to its members only, their room microphone is held off meanwhile.
   */
  readonly joinCall = (talkId: string): void => this.call.join(talkId);
  readonly setCallCamera = (on: boolean): void => this.call.setCamera(on);
  /** Leaves the call: the private tracks close, the room microphone comes back as it was. */
  readonly leaveCall = (): void => this.call.leave();

  readonly setReceiveMode = (mode: ReceiveMode): void => {
    if (this.closed) return;
    this.savePreferences({ receiveMode: mode });
    this.receiver.setMode(mode);
  };

  /** After a failure: start again. */
  readonly retry = (): void => {
    if (this.closed || !this.live) return;
    this.startAttempt = 0;
    void this.start();
  };

  /** Ends everything, camera and microphone included. `forget`: the person left the session. */
  readonly close = ({ forget = false }: { forget?: boolean } = {}): void => {
    if (this.closed) return;
    this.closed = true;
    this.replaceTransports();
    this.call.close();
    this.publisher.close();
    this.receiver.close();
    if (this.sampler !== null) clearInterval(this.sampler);
    this.sampler = null;
    for (const unsubscribe of this.unsubscribers) unsubscribe();
    if (forget) this.store.clear(this.sessionId);
    this.setStatus({ kind: 'closed' });
  };

  // ---- Setting up ---------------------------------------------------------------------

  private async start(): Promise<void> {
    if (this.closed) return;
    const generation = this.replaceTransports();
    this.setStatus(this.everReady ? { kind: 'recovering' } : { kind: 'starting' });
    this.closedWhileStarting = new Set();
    const device = this.ensureDevice();
    if (!device) return;
    const request = this.request;
    const timeout = { timeoutMs: MEDIA_REQUEST_TIMEOUT_MS };

    if (!device.loaded) {
      const caps = await request('media:capabilities', {}, timeout);
      if (generation !== this.generation) return;
      if (!caps.ok) return this.startFailed(caps.error.code, generation);
      try {
        await device.load({
          routerRtpCapabilities: caps.data.routerRtpCapabilities,
        });
      } catch {
        if (generation === this.generation) this.setStatus(failed('unsupported', false));
        return;
      }
      if (generation !== this.generation) return;
    }

    const rtpCapabilities = device.rtpCapabilities as Payload<'media:start'>['rtpCapabilities'];
    const started = await request('media:start', { rtpCapabilities }, timeout);
    if (generation !== this.generation) return;
    if (!started.ok) return this.startFailed(started.error.code, generation);
    const reply = started.data;
    try {
      this.send = device.createSendTransport(transportOptions(reply.send, reply.iceServers));
      this.recv = device.createRecvTransport(transportOptions(reply.recv, reply.iceServers));
    } catch {
      this.replaceTransports();
      this.setStatus(failed('INTERNAL', false));
      return;
    }
    this.wire(this.send, generation);
    this.wire(this.recv, generation);
    this.startAttempt = 0;
    this.applyAllowed(reply.allowedKinds);
    this.publisher.decideInitial({
      microphone: this.prefs.microphone ?? false,
      camera: this.prefs.camera ?? reply.cameraOnAtJoin,
    });
    this.receiver.reset(reply.producers, this.closedWhileStarting);
    this.closedWhileStarting = null;
    this.everReady = true;
    this.setStatus({ kind: 'ready' });
    this.publisher.reconcile();
    this.call.reconcile();
    this.startSampling();
  }

  private ensureDevice(): Device | null {
    if (this.device) return this.device;
    try {
      this.device = this.env.createDevice();
      return this.device;
    } catch {
      // mediasoup-client does not know this browser (no usable WebRTC).
      this.setStatus(failed('unsupported', false));
      return null;
    }
  }

  private startFailed(code: ErrorCode, generation: number): void {
    // Socket down: the rejoin after it comes back starts media again.
    if (!this.live) {
      this.setStatus(this.everReady ? { kind: 'recovering' } : { kind: 'starting' });
      return;
    }
    const retrying = TRANSIENT.has(code);
    this.setStatus(failed(code, retrying));
    if (!retrying) {
      // Nothing will send them: the camera light goes off until the person tries again.
      this.publisher.releaseTracks();
      return;
    }
    const delay =
      START_RETRY_DELAYS_MS[Math.min(this.startAttempt++, START_RETRY_DELAYS_MS.length - 1)];
    this.later(delay ?? 10_000, () => {
      if (generation === this.generation && this.live) void this.start();
    });
  }

  /** Closes the current transports (if any); returns the new generation. */
  private replaceTransports(): number {
    this.generation++;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const timer of this.iceTimers.values()) clearTimeout(timer);
    this.iceTimers.clear();
    const had = this.send !== null || this.recv !== null;
    this.send?.close();
    this.recv?.close();
    this.send = null;
    this.recv = null;
    if (had) {
      this.publisher.transportsClosed();
      this.call.transportsClosed();
      this.receiver.transportsClosed();
    }
    return this.generation;
  }

  private wire(transport: Transport, generation: number): void {
    const request = this.request;
    transport.on('connect', ({ dtlsParameters }, callback, errback) => {
      void request('media:connect', { transportId: transport.id, dtlsParameters }).then((r) =>
        r.ok ? callback() : errback(new MediaRequestError(r.error.code)),
      );
    });
    if (transport.direction === 'send')
      transport.on('produce', ({ kind, rtpParameters, appData }, callback, errback) => {
        const source = MediaSource.safeParse(appData.source);
        if (!source.success) {
          errback(new MediaRequestError('INVALID_ARGUMENT'));
          return;
        }
        // A private call's track names its check-in; the room's tracks name none.
        const talkId = typeof appData.talkId === 'string' ? appData.talkId : undefined;
        void request('media:produce', {
          transportId: transport.id,
          kind,
          source: source.data,
          rtpParameters: rtpParameters as Payload<'media:produce'>['rtpParameters'],
          paused: false,
          ...(talkId !== undefined && { talkId }),
        }).then((r) =>
          r.ok ? callback({ id: r.data.producerId }) : errback(new MediaRequestError(r.error.code)),
        );
      });
    transport.on('connectionstatechange', (state) => {
      if (state === 'connected')
        globalThis.performance?.mark?.(`haven:${transport.direction}-transport-connected`);
      if (generation !== this.generation) return;
      this.updateRecovering();
      const timer = this.iceTimers.get(transport);
      if (timer !== undefined) clearTimeout(timer);
      this.iceTimers.delete(transport);
      if (state === 'failed') void this.repairIce(transport, generation);
      else if (state === 'disconnected')
        this.iceTimers.set(
          transport,
          setTimeout(() => {
            this.iceTimers.delete(transport);
            if (transport.connectionState === 'disconnected')
              void this.repairIce(transport, generation);
          }, DISCONNECTED_GRACE_MS),
        );
    });
  }

  // ---- Recovering -----------------------------------------------------------------------

  /** After a rejoin on a new connection: new ICE parameters for both transports, or start over. */
  private async recover(): Promise<void> {
    const generation = this.generation;
    const transports = [this.send, this.recv].filter((t): t is Transport => t !== null);
    this.setStatus({ kind: 'recovering' });
    const outcomes = await Promise.all(transports.map((t) => this.restartIce(t, generation)));
    if (generation !== this.generation || !this.live) return;
    if (!outcomes.every((o) => o === 'ok')) return void this.start();
    // Tracks published or closed while the connection was down were announced to nobody here.
    const now = await this.signaling.request(
      'media:producers',
      {},
      { timeoutMs: MEDIA_REQUEST_TIMEOUT_MS },
    );
    if (generation !== this.generation || !this.live) return;
    if (!now.ok) return void this.start();
    this.setStatus({ kind: 'ready' });
    this.receiver.resync(now.data.producers);
    this.publisher.reconcile();
    this.call.reconcile();
    this.receiver.reconcile();
  }

  /** A transport lost its path while the socket is fine: restart its ICE, or start over. */
  private async repairIce(transport: Transport, generation: number): Promise<void> {
    // With the socket down, the rejoin that follows repairs everything at once.
    if (!this.live || generation !== this.generation) return;
    const outcome = await this.restartIce(transport, generation);
    if (generation !== this.generation || !this.live) return;
    if (outcome !== 'ok') void this.start();
  }

  private async restartIce(transport: Transport, generation: number): Promise<IceOutcome> {
    const result = await this.signaling.request(
      'media:restart-ice',
      { transportId: transport.id },
      { timeoutMs: MEDIA_REQUEST_TIMEOUT_MS },
    );
    if (generation !== this.generation || transport.closed) return 'failed';
    if (!result.ok) return result.error.code === 'NOT_FOUND' ? 'gone' : 'failed';
    try {
      await transport.restartIce({
        iceParameters: result.data.iceParameters as types.IceParameters,
      });
      return 'ok';
    } catch {
      return 'failed';
    }
  }

  /** The server tore this person's media down (its media process restarted): set it up again. */
  private onRestart(): void {
    if (this.closed) return;
    if (this.live) void this.start();
    else this.replaceTransports();
  }

  // ---- What may be published --------------------------------------------------------------

  private applyAllowed(serverAllowed: readonly MediaKind[]): void {
    // The server's answer leaves out hard-muted kinds too; `allowedKinds` keeps the group's.
    const previous = this.knowsAllowed ? this.snapshot.allowedKinds : (['audio', 'video'] as const);
    const allowed = groupAllowedKinds(previous, serverAllowed, this.hardMutes.kinds);
    const revoked = this.knowsAllowed ? revokedKinds(this.snapshot.allowedKinds, allowed) : [];
    this.knowsAllowed = true;
    this.update({ allowedKinds: allowed });
    // The server already closed those tracks; here they go too, with the reason.
    this.publisher.revoke(revoked, restrictionsFor(allowed));
    this.applyRestrictions();
  }

  private applyRestrictions(): void {
    const group = restrictionsFor(this.snapshot.allowedKinds);
    const inCall = this.snapshot.call !== null;
    this.publisher.setRestrictions(withPrivateCall(withHardMutes(group, this.hardMutes), inCall));
  }

  // ---- Data estimate and devices ----------------------------------------------------------

  private startSampling(): void {
    if (this.sampler !== null) return;
    this.sampler = setInterval(() => void this.sample(), DATA_SAMPLE_INTERVAL_MS);
    void this.sample();
  }

  private async sample(): Promise<void> {
    const bytes: Record<string, number> = {};
    for (const transport of [this.send, this.recv]) {
      if (!transport || transport.closed) continue;
      try {
        const report = await transport.getStats();
        bytes[transport.id] = bytesInReport(report.values() as Iterable<StatsEntry>);
      } catch {
        // Closed meanwhile: its bytes are counted up to the last sample.
      }
    }
    if (this.closed) return;
    // Transports replaced meanwhile keep their own ids, so samples from before still line up.
    this.samples = addSample(this.samples, { at: Date.now(), bytes });
    const rate = bytesPerMinute(this.samples);
    if (rate !== this.snapshot.bytesPerMinute) this.update({ bytesPerMinute: rate });
  }

  private async refreshDevices(): Promise<void> {
    try {
      const lists = deviceLists(await this.env.enumerateDevices());
      if (!this.closed) this.update(lists);
    } catch {
      // No list: the pickers offer the default device only.
    }
  }

  // ---- Snapshot ----------------------------------------------------------------------------

  private setStatus(status: MediaStatus): void {
    this.snapshot = { ...this.snapshot, status };
    this.updateRecovering();
    this.emit();
  }

  private updateRecovering(): void {
    const repairing = this.snapshot.status.kind === 'recovering';
    const broken = (t: Transport | null) =>
      t !== null && (t.connectionState === 'disconnected' || t.connectionState === 'failed');
    const sendRecovering = repairing || broken(this.send);
    const receiveRecovering = repairing || broken(this.recv);
    if (
      sendRecovering !== this.snapshot.sendRecovering ||
      receiveRecovering !== this.snapshot.receiveRecovering
    )
      this.update({ sendRecovering, receiveRecovering });
  }

  private update(patch: Partial<MediaSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.emit();
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private savePreferences(patch: MediaPreferences): void {
    this.prefs = { ...this.prefs, ...patch };
    this.store.save(this.sessionId, this.prefs);
  }

  private later(ms: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
  }
}

const failed = (code: ErrorCode | 'unsupported', retrying: boolean): MediaStatus => ({
  kind: 'failed',
  code,
  retrying,
});
