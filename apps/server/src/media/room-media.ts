import { mayProduce, type MediaRules } from '@haven/core';
import type {
  MediaKind,
  MediaSource,
  RemoteProducer,
  RtpCapabilities,
  TransportOptions,
} from '@haven/protocol';
import type { types } from 'mediasoup';
import { HavenError } from '../errors';
import { INITIAL_OUTGOING_BITRATE, MAX_INCOMING_BITRATE, MEDIA_CODECS } from './codecs';
import { PeerMedia, type ConsumerData, type ProducerData } from './peer-media';
import type { Logger } from '../logger';
import type { WorkerPool } from './worker-pool';

/** What the room's media tells the world; the realtime layer turns these into broadcasts. */
export interface MediaSink {
  producerAdded(producer: RemoteProducer): void;
  producerPaused(change: {
    producerId: string;
    participantId: string;
    paused: boolean;
    talkId?: string;
  }): void;
  producerClosed(closed: { producerId: string; participantId: string; talkId?: string }): void;
  consumerClosed(participantId: string, consumerId: string): void;
  speaking(participantIds: string[]): void;
  /** The router went away with its worker: everyone's media must be set up again. */
  lost(): void;
}

const KIND_OF: Record<MediaSource, MediaKind> = { microphone: 'audio', camera: 'video' };

/**
 * Speaking is reported for an average level above this (dBov) over each interval. Speech sits
 * around -50 to -20; -70 still catches a quiet voice on a phone held away, not a silent room.
 */
const SPEAKING_THRESHOLD_DBOV = -70;
const SPEAKING_INTERVAL_MS = 800;

/** Whether a person may receive a private call's tracks (undefined: a room track, for all). */
export type MayReceive = (participantId: string, talkId: string | undefined) => boolean;

const talkOf = (p: types.Producer<ProducerData>) =>
  p.appData.talkId === undefined ? {} : { talkId: p.appData.talkId };

/** The media server refused a call made on client-supplied parameters: the client's fault. */
function refused(error: unknown, log: Logger): HavenError {
  if (error instanceof HavenError) return error;
  // mediasoup does not export its InvalidStateError class; its name is the contract.
  if (error instanceof Error && error.name === 'InvalidStateError')
    return new HavenError('UNAVAILABLE', 'Media is restarting; try again.');
  log.warn({ err: error }, 'media server refused client parameters');
  return new HavenError('INVALID_ARGUMENT', 'The media server refused these parameters.');
}

const transportOptions = (t: types.WebRtcTransport): TransportOptions => ({
  id: t.id,
  iceParameters: t.iceParameters,
  iceCandidates: t.iceCandidates,
  dtlsParameters: t.dtlsParameters,
});

/**
 * One room's media: a router, one send and one receive transport per person, and who is
 * speaking. Callers run its commands one at a time (the room's serial queue).
 */
export class RoomMedia {
  private readonly peers = new Map<string, PeerMedia>();
  private speakingNow: string[] = [];

  private constructor(
    private readonly router: types.Router,
    private readonly webRtcServer: types.WebRtcServer,
    private readonly levels: types.AudioLevelObserver,
    private readonly sink: MediaSink,
    private readonly log: Logger,
  ) {
    router.on('workerclose', () => {
      this.peers.clear();
      sink.lost();
    });
    levels.on('volumes', (volumes) => {
      const ids = volumes.map((v) => (v.producer.appData as ProducerData).participantId);
      this.setSpeaking([...new Set(ids)]);
    });
    levels.on('silence', () => this.setSpeaking([]));
  }

  static async create(pool: WorkerPool, sink: MediaSink, log: Logger): Promise<RoomMedia> {
    const { router, webRtcServer } = await pool.createRouter(MEDIA_CODECS);
    try {
      const levels = await router.createAudioLevelObserver({
        maxEntries: 4,
        threshold: SPEAKING_THRESHOLD_DBOV,
        interval: SPEAKING_INTERVAL_MS,
      });
      return new RoomMedia(router, webRtcServer, levels, sink, log);
    } catch (error) {
      router.close();
      throw error;
    }
  }

  get closed(): boolean {
    return this.router.closed;
  }

  get rtpCapabilities(): types.RtpCapabilities {
    return this.router.rtpCapabilities;
  }

  private setSpeaking(ids: string[]): void {
    if (ids.join() === this.speakingNow.join()) return;
    this.speakingNow = ids;
    this.sink.speaking(ids);
  }

  /** Runs a media server call on client-supplied parameters. */
  private async onBehalfOfClient<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw refused(error, this.log);
    }
  }

  private peer(participantId: string): PeerMedia {
    const peer = this.peers.get(participantId);
    if (!peer) throw new HavenError('NOT_FOUND', 'Set up your media first.');
    return peer;
  }

  private async createTransport(participantId: string): Promise<types.WebRtcTransport> {
    return this.router.createWebRtcTransport({
      webRtcServer: this.webRtcServer,
      enableUdp: true,
      enableTcp: true,
      preferUdp: true,
      initialAvailableOutgoingBitrate: INITIAL_OUTGOING_BITRATE,
      appData: { participantId },
    });
  }

  /** Fresh transports for a person; whatever an earlier page of theirs left is closed first. */
  async startPeer(
    participantId: string,
    rtpCapabilities: RtpCapabilities,
  ): Promise<{ send: TransportOptions; recv: TransportOptions }> {
    this.closePeer(participantId);
    const send = await this.createTransport(participantId);
    let recv: types.WebRtcTransport | undefined;
    try {
      recv = await this.createTransport(participantId);
      await send.setMaxIncomingBitrate(MAX_INCOMING_BITRATE);
    } catch (error) {
      send.close();
      recv?.close();
      throw error;
    }
    this.peers.set(
      participantId,
      new PeerMedia(participantId, send, recv, rtpCapabilities as types.RtpCapabilities),
    );
    return { send: transportOptions(send), recv: transportOptions(recv) };
  }

  async connect(participantId: string, transportId: string, dtlsParameters: unknown) {
    const peer = this.peer(participantId);
    const transport = peer.transport(transportId);
    if (peer.connected.has(transportId))
      throw new HavenError('CONFLICT', 'This transport is already connected.');
    await this.onBehalfOfClient(() =>
      transport.connect({ dtlsParameters: dtlsParameters as types.DtlsParameters }),
    );
    peer.connected.add(transportId);
  }

  async restartIce(participantId: string, transportId: string): Promise<types.IceParameters> {
    return this.peer(participantId).transport(transportId).restartIce();
  }

  async produce(
    participantId: string,
    request: {
      transportId: string;
      kind: MediaKind;
      source: MediaSource;
      rtpParameters: unknown;
      paused: boolean;
      /** A private check-in's call; the caller checked the person belongs to it. */
      talkId?: string | undefined;
    },
    rules: MediaRules,
  ): Promise<string> {
    const peer = this.peer(participantId);
    if (request.transportId !== peer.send.id)
      throw new HavenError('NOT_FOUND', 'No such send transport of yours.');
    if (KIND_OF[request.source] !== request.kind)
      throw new HavenError(
        'INVALID_ARGUMENT',
        `A ${request.source} track must be ${request.kind}.`,
      );
    const decision = mayProduce(rules, request.kind);
    if (!decision.allowed) throw new HavenError('FORBIDDEN', refusalMessage(decision.reason));
    if (peer.producerOf(request.source, request.talkId))
      throw new HavenError('CONFLICT', `Your ${request.source} is already on.`);

    const talk = request.talkId === undefined ? {} : { talkId: request.talkId };
    const producer = await this.onBehalfOfClient(() =>
      peer.send.produce<ProducerData>({
        kind: request.kind,
        rtpParameters: request.rtpParameters as types.RtpParameters,
        paused: request.paused,
        appData: { participantId, source: request.source, ...talk },
      }),
    );
    peer.producers.set(producer.id, producer);
    producer.observer.once('close', () => {
      peer.producers.delete(producer.id);
      this.sink.producerClosed({ producerId: producer.id, participantId, ...talk });
    });
    // Who speaks in a private call is nobody else's business: no speaking indicator for it.
    if (producer.kind === 'audio' && request.talkId === undefined)
      await this.levels.addProducer({ producerId: producer.id }).catch(() => undefined);
    this.sink.producerAdded({
      producerId: producer.id,
      participantId,
      kind: producer.kind,
      source: request.source,
      paused: producer.paused,
      ...talk,
    });
    return producer.id;
  }

  async pauseProducer(participantId: string, producerId: string): Promise<void> {
    const producer = this.peer(participantId).producer(producerId);
    if (producer.paused) return;
    await producer.pause();
    this.sink.producerPaused({ producerId, participantId, paused: true, ...talkOf(producer) });
  }

  async resumeProducer(participantId: string, producerId: string, rules: MediaRules) {
    const producer = this.peer(participantId).producer(producerId);
    const decision = mayProduce(rules, producer.kind);
    if (!decision.allowed) throw new HavenError('FORBIDDEN', refusalMessage(decision.reason));
    if (!producer.paused) return;
    await producer.resume();
    this.sink.producerPaused({ producerId, participantId, paused: false, ...talkOf(producer) });
  }

  closeProducer(participantId: string, producerId: string): void {
    this.peer(participantId).producer(producerId).close();
  }

  /**
   * Pauses this person's room tracks of these kinds on the server (a moderator's hard mute). A
   * private check-in's call is not the room: the moderator in it must still hear them.
   */
  async pauseKinds(participantId: string, kinds: ReadonlySet<MediaKind>): Promise<void> {
    const peer = this.peers.get(participantId);
    if (!peer) return;
    for (const producer of peer.producers.values()) {
      if (!kinds.has(producer.kind) || producer.paused || producer.appData.talkId) continue;
      await producer.pause();
      this.sink.producerPaused({ producerId: producer.id, participantId, paused: true });
    }
  }

  /** Closes this person's tracks of kinds the rules no longer allow; returns how many. */
  enforce(participantId: string, rules: MediaRules): number {
    const peer = this.peers.get(participantId);
    if (!peer) return 0;
    const disallowed = [...peer.producers.values()].filter(
      (p) => !mayProduce(rules, p.kind).allowed,
    );
    for (const p of disallowed) p.close();
    return disallowed.length;
  }

  /** Another person's track, found across the room: producer ids are public within it. */
  private findProducer(producerId: string): types.Producer<ProducerData> | undefined {
    for (const peer of this.peers.values()) {
      const producer = peer.producers.get(producerId);
      if (producer) return producer;
    }
    return undefined;
  }

  async consume(
    participantId: string,
    producerId: string,
    preferLowLayer: boolean,
    mayReceive: MayReceive,
  ) {
    const peer = this.peer(participantId);
    const producer = this.findProducer(producerId);
    if (
      !producer ||
      producer.appData.participantId === participantId ||
      !mayReceive(participantId, producer.appData.talkId)
    )
      throw new HavenError('NOT_FOUND', 'That track is no longer there.');
    // A retried request (its reply was lost) gets the same receiver, not a second one.
    const consumer = peer.consumerOf(producerId) ?? (await this.newConsumer(peer, producer));
    if (preferLowLayer && consumer.kind === 'video')
      await consumer.setPreferredLayers({ spatialLayer: 0 });
    return {
      consumerId: consumer.id,
      producerId,
      participantId: producer.appData.participantId,
      kind: consumer.kind,
      source: consumer.appData.source,
      ...talkOf(producer),
      rtpParameters: consumer.rtpParameters,
      producerPaused: consumer.producerPaused,
    };
  }

  private async newConsumer(
    peer: PeerMedia,
    producer: types.Producer<ProducerData>,
  ): Promise<types.Consumer<ConsumerData>> {
    if (!this.router.canConsume({ producerId: producer.id, rtpCapabilities: peer.rtpCapabilities }))
      throw new HavenError('INVALID_ARGUMENT', 'Your browser cannot play this track.');
    const consumer = await peer.recv.consume<ConsumerData>({
      producerId: producer.id,
      rtpCapabilities: peer.rtpCapabilities,
      // Paused until the client has its track ready, so the first keyframe is not lost.
      paused: true,
      appData: { participantId: producer.appData.participantId, source: producer.appData.source },
    });
    peer.consumers.set(consumer.id, consumer);
    consumer.observer.once('close', () => {
      // Receivers the person closed themselves, or that went with their transports, need no word.
      const notify = this.peers.get(peer.participantId) === peer && peer.consumers.has(consumer.id);
      peer.consumers.delete(consumer.id);
      if (notify) this.sink.consumerClosed(peer.participantId, consumer.id);
    });
    return consumer;
  }

  async resumeConsumer(participantId: string, consumerId: string): Promise<void> {
    const consumer = this.peer(participantId).consumer(consumerId);
    await consumer.resume();
    // A receiver that starts mid-stream needs a keyframe to show anything.
    if (consumer.kind === 'video') await consumer.requestKeyFrame();
  }

  async pauseConsumer(participantId: string, consumerId: string): Promise<void> {
    await this.peer(participantId).consumer(consumerId).pause();
  }

  closeConsumer(participantId: string, consumerId: string): void {
    const peer = this.peer(participantId);
    const consumer = peer.consumer(consumerId);
    peer.consumers.delete(consumerId);
    consumer.close();
  }

  async setLayer(participantId: string, consumerId: string, spatialLayer: number): Promise<void> {
    const consumer = this.peer(participantId).consumer(consumerId);
    if (consumer.kind !== 'video')
      throw new HavenError('INVALID_ARGUMENT', 'Only video has layers.');
    await consumer.setPreferredLayers({ spatialLayer });
  }

  /** Everyone's tracks this person may receive, but their own. */
  remoteProducers(participantId: string, mayReceive: MayReceive): RemoteProducer[] {
    return [...this.peers.values()]
      .filter((peer) => peer.participantId !== participantId)
      .flatMap((peer) =>
        [...peer.producers.values()]
          .filter((p) => mayReceive(participantId, p.appData.talkId))
          .map((p) => ({
            producerId: p.id,
            participantId: peer.participantId,
            kind: p.kind,
            source: p.appData.source,
            paused: p.paused,
            ...talkOf(p),
          })),
      );
  }

  /** A private check-in ended: its call's tracks close (their members are told). */
  closeTalk(talkId: string): void {
    for (const peer of this.peers.values())
      for (const producer of [...peer.producers.values()])
        if (producer.appData.talkId === talkId) producer.close();
  }

  /** Whether one of this person's tracks is paused on the server; undefined if no such track. */
  isPaused(participantId: string, producerId: string): boolean | undefined {
    return this.peers.get(participantId)?.producers.get(producerId)?.paused;
  }

  peerIds(): string[] {
    return [...this.peers.keys()];
  }

  hasPeer(participantId: string): boolean {
    return this.peers.has(participantId);
  }

  get peerCount(): number {
    return this.peers.size;
  }

  /** Everything of this person's media goes; others are told their tracks closed. */
  closePeer(participantId: string): void {
    const peer = this.peers.get(participantId);
    if (!peer) return;
    this.peers.delete(participantId);
    peer.close();
  }

  close(): void {
    this.peers.clear();
    this.router.close();
  }

  /** What the media server itself holds for this room, for leak checks. */
  async dump(): Promise<{ transports: number; producers: number; consumers: number }> {
    const d = await this.router.dump();
    return {
      transports: d.transportIds.length,
      producers: d.mapProducerIdConsumerIds.length,
      consumers: d.mapConsumerIdProducerId.length,
    };
  }
}

function refusalMessage(reason: 'group-audio-only' | 'group-text-only' | 'hard-muted'): string {
  switch (reason) {
    case 'group-audio-only':
      return 'This group meets with sound only.';
    case 'group-text-only':
      return 'This group meets in text only.';
    case 'hard-muted':
      return 'A moderator has muted this for you.';
  }
}
