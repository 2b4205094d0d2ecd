import type { MediaSource } from '@haven/protocol';
import type { types } from 'mediasoup';
import { HavenError } from '../errors';

export interface ProducerData extends types.AppData {
  participantId: string;
  source: MediaSource;
  /** A private check-in's call: only its members may receive it. */
  talkId?: string;
}

export interface ConsumerData extends types.AppData {
  participantId: string;
  source: MediaSource;
}

/**
 * One person's media in one room. Every id a client names is looked up here, in the caller's
 * own maps, so nobody can touch another person's transport, producer or consumer by guessing ids.
 */
export class PeerMedia {
  readonly producers = new Map<string, types.Producer<ProducerData>>();
  readonly consumers = new Map<string, types.Consumer<ConsumerData>>();
  /** Transports given their DTLS parameters; mediasoup's dtlsState stays 'new' until ICE. */
  readonly connected = new Set<string>();

  constructor(
    readonly participantId: string,
    readonly send: types.WebRtcTransport,
    readonly recv: types.WebRtcTransport,
    readonly rtpCapabilities: types.RtpCapabilities,
  ) {}

  transport(id: string): types.WebRtcTransport {
    if (this.send.id === id) return this.send;
    if (this.recv.id === id) return this.recv;
    throw new HavenError('NOT_FOUND', 'No such transport of yours.');
  }

  producer(id: string): types.Producer<ProducerData> {
    const producer = this.producers.get(id);
    if (!producer) throw new HavenError('NOT_FOUND', 'No such track of yours.');
    return producer;
  }

  consumer(id: string): types.Consumer<ConsumerData> {
    const consumer = this.consumers.get(id);
    if (!consumer) throw new HavenError('NOT_FOUND', 'No such receiver of yours.');
    return consumer;
  }

  /** The person's track from this source, in the room or in one private call. */
  producerOf(source: MediaSource, talkId?: string): types.Producer<ProducerData> | undefined {
    return [...this.producers.values()].find(
      (p) => p.appData.source === source && p.appData.talkId === talkId,
    );
  }

  consumerOf(producerId: string): types.Consumer<ConsumerData> | undefined {
    return [...this.consumers.values()].find((c) => c.producerId === producerId);
  }

  /** Closing the transports closes every producer and consumer on them. Safe to repeat. */
  close(): void {
    this.send.close();
    this.recv.close();
  }
}
