import type { types } from 'mediasoup-client';
import type { MediaSource } from '@haven/protocol';
import { codeOf, type MediaContext, type Transport } from './media-context';
import {
  CAMERA_ENCODINGS,
  MICROPHONE_CODEC_OPTIONS,
  SOURCES,
  acquireTrack,
  type Acquired,
} from './local-media';

type Producer = types.Producer;

/**
 * This person's tracks in a private check-in's call: a microphone (and a camera if they
 * choose) of their own, published with the check-in's id, so that only its members receive
 * them. Apart from the room's Publisher: the room's microphone is only held off meanwhile, and
 * comes back as it was. One queue, as there, so quick taps cannot make two producers.
 */
export class CallPublisher {
  private talkId: string | null = null;
  private camera = false;
  private busy = false;
  private producers: Partial<Record<MediaSource, Producer>> = {};
  private readonly tracks: Partial<Record<MediaSource, MediaStreamTrack>> = {};
  private closed = false;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: MediaContext,
    private readonly videoCodec: () => types.RtpCodecCapability | undefined,
    /** Joined or left: the room's microphone and receiving follow. */
    private readonly onCall: (talkId: string | null) => void,
  ) {}

  join(talkId: string): void {
    if (this.closed || this.talkId === talkId) return;
    if (this.talkId !== null) this.leave();
    this.talkId = talkId;
    this.publishState();
    this.onCall(talkId);
    this.reconcile();
  }

  setCamera(on: boolean): void {
    if (this.closed || this.talkId === null || this.camera === on) return;
    this.camera = on;
    this.publishState();
    this.reconcile();
  }

  /** Ends this person's part in the call: their private tracks close, the room's come back. */
  leave(): void {
    if (this.talkId === null) return;
    this.talkId = null;
    this.camera = false;
    for (const source of SOURCES) this.unpublish(source);
    this.publishState();
    this.onCall(null);
  }

  /** The server closed one of this person's private tracks: the check-in ended (or it is gone). */
  serverClosed(producerId: string): void {
    if (SOURCES.some((source) => this.producers[source]?.id === producerId)) this.leave();
  }

  /** The transports were closed, and the producers with them; the next reconcile publishes again. */
  transportsClosed(): void {
    this.producers = {};
    this.publishState();
  }

  reconcile(): void {
    this.queue = this.queue
      .then(async () => {
        for (const source of SOURCES) await this.reconcileSource(source);
      })
      .catch(() => {
        // Each step reports its own failures; one that slipped through must not stop the queue.
      });
  }

  close(): void {
    this.closed = true;
    for (const source of SOURCES) {
      this.producers[source]?.close();
      this.releaseTrack(source);
    }
    this.producers = {};
    this.talkId = null;
  }

  private wants(source: MediaSource): boolean {
    return this.talkId !== null && (source === 'microphone' || this.camera);
  }

  private async reconcileSource(source: MediaSource): Promise<void> {
    const transport = this.ctx.sendTransport();
    if (this.closed) return;
    const producer = this.producers[source];
    if (producer?.closed) delete this.producers[source];
    const want = this.wants(source);
    if (!want) {
      this.unpublish(source);
      return;
    }
    // No transports yet (starting, recovering): the call goes out once they are there.
    if (!transport || this.producers[source]) return;
    await this.publish(source, transport);
  }

  private async publish(source: MediaSource, transport: Transport): Promise<void> {
    const talkId = this.talkId;
    const generation = this.ctx.generation();
    this.setBusy(true);
    try {
      const track = await this.trackFor(source);
      if (!track) return;
      const stale = () =>
        this.closed ||
        this.talkId !== talkId ||
        !this.wants(source) ||
        generation !== this.ctx.generation() ||
        transport.closed;
      if (stale()) return;
      try {
        const producer = await transport.produce({
          track,
          stopTracks: false,
          appData: { source, talkId },
          ...(source === 'camera'
            ? { encodings: CAMERA_ENCODINGS.map((e) => ({ ...e })), codec: this.videoCodec() }
            : { codecOptions: MICROPHONE_CODEC_OPTIONS }),
        });
        if (stale()) {
          producer.close();
          void this.ctx.request('media:close-producer', { producerId: producer.id });
          return;
        }
        this.producers[source] = producer;
      } catch (error) {
        if (generation !== this.ctx.generation() || transport.closed) return;
        this.ctx.notify({ kind: 'refused', source, code: codeOf(error) });
        this.failed(source);
      }
    } finally {
      this.setBusy(false);
    }
  }

  /** Without a microphone there is no call; without the camera it goes on with sound. */
  private failed(source: MediaSource): void {
    if (source === 'microphone') this.leave();
    else {
      this.camera = false;
      this.releaseTrack('camera');
      this.publishState();
    }
  }

  private async trackFor(source: MediaSource): Promise<MediaStreamTrack | null> {
    const existing = this.tracks[source];
    if (existing?.readyState === 'live') return existing;
    // The device the person chose for the room: a second track of it, so the room's stays.
    const chosen = this.ctx.state()[source].deviceId;
    const got = await this.acquire(source, chosen);
    if (this.closed || !this.wants(source)) {
      if (got.ok) got.track.stop();
      return null;
    }
    if (!got.ok) {
      this.ctx.notify({ kind: 'device', source, problem: got.problem });
      this.failed(source);
      return null;
    }
    this.tracks[source] = got.track;
    got.track.addEventListener('ended', () => {
      if (this.tracks[source] !== got.track || this.closed) return;
      this.ctx.notify({ kind: 'device', source, problem: 'ended' });
      this.failed(source);
    });
    this.publishState();
    return got.track;
  }

  private acquire(source: MediaSource, deviceId: string | null): Promise<Acquired> {
    return acquireTrack((c) => this.ctx.env.getUserMedia(c), source, deviceId);
  }

  private unpublish(source: MediaSource): void {
    const producer = this.producers[source];
    delete this.producers[source];
    this.releaseTrack(source);
    if (!producer || producer.closed) return;
    producer.close();
    void this.ctx.request('media:close-producer', { producerId: producer.id });
  }

  private releaseTrack(source: MediaSource): void {
    const track = this.tracks[source];
    if (!track) return;
    delete this.tracks[source];
    track.stop();
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.publishState();
  }

  private publishState(): void {
    const camera = this.tracks.camera;
    this.ctx.update({
      call:
        this.talkId === null
          ? null
          : {
              talkId: this.talkId,
              microphone: this.producers.microphone !== undefined,
              camera: this.camera,
              busy: this.busy,
              selfVideo: camera?.readyState === 'live' ? camera : null,
            },
    });
  }
}
