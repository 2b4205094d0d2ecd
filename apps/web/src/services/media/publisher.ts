import type { types } from 'mediasoup-client';
import type { MediaKind, MediaSource } from '@haven/protocol';
import { codeOf, type MediaContext, type Transport } from './media-context';
import {
  CAMERA_ENCODINGS,
  KIND_OF,
  MICROPHONE_CODEC_OPTIONS,
  SOURCES,
  acquireTrack,
  type Acquired,
} from './local-media';
import { NO_RESTRICTIONS, type Restrictions } from './restrictions';

type Producer = types.Producer;
type PerSource<T> = Record<MediaSource, T>;

/**
 * This person's microphone and camera. Toggles only record what the person wants; one queue
 * then brings the tracks and producers in line, so quick taps and a slow permission prompt
 * cannot interleave into two producers for one source.
 */
export class Publisher {
  private readonly wanted: PerSource<boolean> = { microphone: false, camera: false };
  private readonly busy: PerSource<boolean> = { microphone: false, camera: false };
  private readonly deviceIds: PerSource<string | null>;
  private readonly tracks: Partial<PerSource<MediaStreamTrack>> = {};
  /** Sources whose producer the server closed while on, until the reason arrives. */
  private readonly closedByServer = new Set<MediaSource>();
  private producers: Partial<PerSource<Producer>> = {};
  private restrictions: Restrictions = NO_RESTRICTIONS;
  private decided = false;
  private closed = false;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: MediaContext,
    devices: { microphoneId: string | null; cameraId: string | null },
    private readonly videoCodec: () => types.RtpCodecCapability | undefined,
  ) {
    this.deviceIds = { microphone: devices.microphoneId, camera: devices.cameraId };
  }

  /**
   * Only the first start decides; after a reconnect the person's current choice stands. A kind
   * not allowed now starts off, so it never turns itself on later when it is allowed again.
   */
  decideInitial(wanted: PerSource<boolean>): void {
    if (this.decided) return;
    this.decided = true;
    for (const source of SOURCES) this.wanted[source] = wanted[source] && this.allowed(source);
    this.publishState();
  }

  want(source: MediaSource, on: boolean): void {
    this.closedByServer.delete(source);
    if (this.closed || this.wanted[source] === on) return;
    if (on && !this.allowed(source)) return;
    this.wanted[source] = on;
    this.save();
    this.publishState();
    this.reconcile();
  }

  selectDevice(source: MediaSource, deviceId: string): void {
    if (this.closed || this.deviceIds[source] === deviceId) return;
    this.deviceIds[source] = deviceId;
    this.save();
    this.publishState();
    this.enqueue(() => this.switchDevice(source, deviceId));
  }

  setRestrictions(restrictions: Restrictions): void {
    this.restrictions = restrictions;
    this.publishState();
    this.reconcile();
  }

  /** Re-publishes what is wanted on the current transports (after a start or a restart). */
  reconcile(): void {
    this.enqueue(async () => {
      for (const source of SOURCES) await this.reconcileSource(source);
    });
  }

  /** The transports were closed, and their producers with them; the tracks stay for later. */
  transportsClosed(): void {
    this.producers = {};
    this.publishState();
  }

  /** These kinds are no longer allowed and the server closed their producers: drop them here. */
  revoke(kinds: readonly MediaKind[], restrictions: Restrictions): void {
    for (const source of SOURCES) {
      const restriction = restrictions[KIND_OF[source]];
      if (!kinds.includes(KIND_OF[source]) || restriction === null) continue;
      // Its producer-closed event often comes first: it counts as having been on.
      const wasOn = this.wanted[source] || this.closedByServer.has(source);
      this.drop(source);
      if (wasOn) this.ctx.notify({ kind: 'restricted', source, restriction });
    }
    this.closedByServer.clear();
  }

  /** The server closed one of this person's producers on its own: follow it. */
  serverClosed(producerId: string): void {
    for (const source of SOURCES)
      if (this.producers[source]?.id === producerId) {
        if (this.wanted[source]) this.closedByServer.add(source);
        this.drop(source);
      }
  }

  /**
   * One of this person's tracks was paused on the server. While it is on here, that was not
   * their own doing: a moderator muted it. It goes off here too, and they are told.
   */
  serverPaused(producerId: string, paused: boolean): void {
    if (!paused) return;
    for (const source of SOURCES) {
      const producer = this.producers[source];
      if (producer?.id !== producerId || producer.paused) continue;
      if (source === 'microphone') {
        producer.pause();
        this.wanted.microphone = false;
        this.save();
        this.publishState();
      } else {
        this.drop(source);
        void this.ctx.request('media:close-producer', { producerId });
      }
      this.ctx.notify({ kind: 'muted', source });
    }
  }

  /**
   * A moderator muted these kinds (or paused the room). What was on goes off for good: lifting
   * the mute later never turns it back on. Often the server's pause came first (serverPaused),
   * and there is nothing left to do.
   */
  moderatorMuted(kinds: readonly MediaKind[]): void {
    let changed = false;
    for (const source of SOURCES) {
      if (!kinds.includes(KIND_OF[source]) || !this.wanted[source]) continue;
      this.wanted[source] = false;
      changed = true;
      this.ctx.notify({ kind: 'muted', source });
    }
    if (!changed) return;
    this.save();
    this.publishState();
    this.reconcile();
  }

  /** Another page took the media over: let go of the devices, keep what the person wants. */
  releaseTracks(): void {
    for (const source of SOURCES) this.releaseTrack(source);
  }

  close(): void {
    this.closed = true;
    for (const source of SOURCES) {
      this.producers[source]?.close();
      this.releaseTrack(source);
    }
    this.producers = {};
  }

  private allowed(source: MediaSource): boolean {
    return this.restrictions[KIND_OF[source]] === null;
  }

  private drop(source: MediaSource): void {
    this.producers[source]?.close();
    delete this.producers[source];
    this.releaseTrack(source);
    this.wanted[source] = false;
    this.save();
    this.publishState();
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch(() => {
      // Each step reports its own failures; one that slipped through must not stop the queue.
    });
  }

  private async reconcileSource(source: MediaSource): Promise<void> {
    const transport = this.ctx.sendTransport();
    if (this.closed) return;
    const want = this.wanted[source] && this.allowed(source);
    // No transports (starting, recovering): what is on waits for them; what is off lets go now.
    if (!transport) {
      if (!want) this.releaseTrack(source);
      return;
    }
    const producer = this.liveProducer(source);
    if (want && !producer) await this.publish(source, transport);
    else if (want && producer?.paused) await this.resumeMicrophone(producer);
    else if (!want && producer && source === 'microphone' && !producer.paused)
      await this.pauseMicrophone(producer);
    else if (!want && producer && source === 'camera') await this.unpublish(source, producer);
    // Turned off before it went out (or while the transports were being replaced).
    else if (!want && !producer) this.releaseTrack(source);
  }

  private liveProducer(source: MediaSource): Producer | null {
    const producer = this.producers[source];
    if (producer && !producer.closed) return producer;
    delete this.producers[source];
    return null;
  }

  private async publish(source: MediaSource, transport: Transport): Promise<void> {
    const generation = this.ctx.generation();
    this.setBusy(source, true);
    try {
      const track = await this.trackFor(source);
      // Wait for the next reconcile if the transports changed or the person changed their mind.
      if (!track || this.closed || generation !== this.ctx.generation() || transport.closed) return;
      if (!this.wanted[source] || !this.allowed(source)) return;
      try {
        this.producers[source] = await transport.produce({
          track,
          stopTracks: false,
          appData: { source },
          ...(source === 'camera'
            ? // A copy: handlers write SSRCs into the encodings they are given.
              { encodings: CAMERA_ENCODINGS.map((e) => ({ ...e })), codec: this.videoCodec() }
            : { codecOptions: MICROPHONE_CODEC_OPTIONS }),
        });
      } catch (error) {
        if (generation !== this.ctx.generation() || transport.closed) return;
        this.wanted[source] = false;
        this.save();
        this.releaseTrack(source);
        this.ctx.notify({ kind: 'refused', source, code: codeOf(error) });
      }
    } finally {
      this.setBusy(source, false);
    }
  }

  private async trackFor(source: MediaSource): Promise<MediaStreamTrack | null> {
    const existing = this.tracks[source];
    if (existing?.readyState === 'live') return existing;
    const got = await this.acquire(source, this.deviceIds[source]);
    if (this.closed) {
      if (got.ok) got.track.stop();
      return null;
    }
    if (!got.ok) {
      this.wanted[source] = false;
      this.save();
      this.ctx.notify({ kind: 'device', source, problem: got.problem });
      return null;
    }
    this.keepTrack(source, got.track);
    return got.track;
  }

  private async acquire(source: MediaSource, deviceId: string | null): Promise<Acquired> {
    const got = await acquireTrack((c) => this.ctx.env.getUserMedia(c), source, deviceId);
    // Device names are only listed once the person has allowed a device.
    if (got.ok) this.ctx.devicesChanged();
    return got;
  }

  private keepTrack(source: MediaSource, track: MediaStreamTrack): void {
    this.tracks[source] = track;
    // Unplugged, or taken away by the system: say so instead of sending a frozen track.
    track.addEventListener('ended', () => {
      if (this.tracks[source] !== track || this.closed) return;
      const producer = this.producers[source];
      this.drop(source);
      if (producer) void this.ctx.request('media:close-producer', { producerId: producer.id });
      this.ctx.notify({ kind: 'device', source, problem: 'ended' });
    });
    this.publishState();
  }

  private releaseTrack(source: MediaSource): void {
    const track = this.tracks[source];
    if (!track) return;
    delete this.tracks[source];
    track.stop();
    this.publishState();
  }

  private async pauseMicrophone(producer: Producer): Promise<void> {
    // Silent here at once; the server is told so that others see the microphone as off.
    producer.pause();
    this.publishState();
    await this.ctx.request('media:pause-producer', { producerId: producer.id });
  }

  private async resumeMicrophone(producer: Producer): Promise<void> {
    this.setBusy('microphone', true);
    try {
      const result = await this.ctx.request('media:resume-producer', {
        producerId: producer.id,
      });
      if (producer.closed) return;
      if (!result.ok) {
        if (result.error.code === 'NOT_FOUND') {
          // The server no longer has it: publish afresh on the next pass.
          producer.close();
          delete this.producers.microphone;
          this.reconcile();
          return;
        }
        this.wanted.microphone = false;
        this.save();
        this.ctx.notify({ kind: 'refused', source: 'microphone', code: result.error.code });
        return;
      }
      // Resumed even if the person tapped again meanwhile: the queued pass pauses it properly.
      producer.resume();
    } finally {
      this.setBusy('microphone', false);
    }
  }

  private async unpublish(source: MediaSource, producer: Producer): Promise<void> {
    // The camera light goes off at once; the server is told after.
    delete this.producers[source];
    producer.close();
    this.releaseTrack(source);
    await this.ctx.request('media:close-producer', { producerId: producer.id });
  }

  private async switchDevice(source: MediaSource, deviceId: string): Promise<void> {
    const old = this.tracks[source];
    if (!old || this.closed) return;
    const got = await this.acquire(source, deviceId);
    if (!got.ok) {
      this.ctx.notify({ kind: 'device', source, problem: got.problem });
      return;
    }
    if (this.closed || this.tracks[source] !== old) {
      got.track.stop();
      return;
    }
    const producer = this.liveProducer(source);
    try {
      await producer?.replaceTrack({ track: got.track });
    } catch {
      got.track.stop();
      this.ctx.notify({ kind: 'device', source, problem: 'failed' });
      return;
    }
    this.keepTrack(source, got.track);
    old.stop();
  }

  private setBusy(source: MediaSource, busy: boolean): void {
    this.busy[source] = busy;
    this.publishState();
  }

  private save(): void {
    this.ctx.savePreferences({
      microphone: this.wanted.microphone,
      camera: this.wanted.camera,
      ...(this.deviceIds.microphone !== null && { microphoneId: this.deviceIds.microphone }),
      ...(this.deviceIds.camera !== null && { cameraId: this.deviceIds.camera }),
    });
  }

  private publishState(): void {
    const state = (source: MediaSource) => ({
      on: this.wanted[source] && this.allowed(source),
      busy: this.busy[source],
      restriction: this.restrictions[KIND_OF[source]],
      deviceId: this.deviceIds[source],
    });
    const camera = this.tracks.camera;
    this.ctx.update({
      microphone: state('microphone'),
      camera: state('camera'),
      selfVideo: camera?.readyState === 'live' ? camera : null,
    });
  }
}
