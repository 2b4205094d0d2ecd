import { preferLowLayer, type ReceiveMode } from '@haven/core';
import type { RemoteProducer } from '@haven/protocol';
import type { types } from 'mediasoup-client';
import type { MediaContext } from './media-context';
import { planReceive, type ConsumerInfo } from './receive-plan';
import {
  addProducer,
  noProducers,
  producersFrom,
  rememberSpeakers,
  removeProducer,
  setProducerPaused,
  type RemoteProducers,
} from './remote-producers';

interface Received {
  consumer: types.Consumer;
  layer: ConsumerInfo['layer'];
}

/**
 * Everyone else's tracks: which to receive (the receive mode decides, see `planReceive`), and
 * receiving them. The server's events keep the list of producers; this keeps consumers in line.
 */
export class Receiver {
  private producers: RemoteProducers = noProducers;
  /** By producer id. */
  private readonly received = new Map<string, Received>();
  /** Producers being consumed now, each with the generation it was asked in. */
  private readonly pending = new Map<string, number>();
  /** Producers the server or the browser would not let this person receive: not asked again. */
  private readonly refused = new Set<string>();
  private recentSpeakers: string[] = [];
  /** The private call this person is in: its tracks are received, no other call's. */
  private callTalkId: string | null = null;
  private closed = false;

  constructor(
    private readonly ctx: MediaContext,
    private mode: ReceiveMode,
  ) {}

  /** After a start: everyone's tracks now. The old consumers ended with their transport. */
  reset(list: readonly RemoteProducer[], closedMeanwhile: ReadonlySet<string>): void {
    this.forgetConsumers();
    this.refused.clear();
    this.producers = producersFrom(list, this.ctx.selfId, closedMeanwhile);
    this.publish();
    this.reconcile();
  }

  /**
   * After a reconnect that kept the transports: the server's list of tracks now. What was
   * published or closed while the connection was down is caught up; receivers stay as they are.
   */
  resync(list: readonly RemoteProducer[]): void {
    const now = producersFrom(list, this.ctx.selfId, new Set());
    for (const id of this.producers.keys()) if (!now.has(id)) this.producerClosed(id);
    for (const producer of list) {
      this.producerAdded(producer);
      this.producerPaused(producer.producerId, producer.paused);
    }
  }

  /** The transports are gone (and the consumers with them); a start or recovery follows. */
  transportsClosed(): void {
    this.forgetConsumers();
    this.publish();
  }

  producerAdded(producer: RemoteProducer): void {
    const producers = addProducer(this.producers, producer, this.ctx.selfId);
    if (producers === this.producers) return;
    this.producers = producers;
    this.publish();
    this.reconcile();
  }

  producerPaused(producerId: string, paused: boolean): void {
    const producers = setProducerPaused(this.producers, producerId, paused);
    if (producers === this.producers) return;
    this.producers = producers;
    this.publish();
  }

  producerClosed(producerId: string): void {
    this.producers = removeProducer(this.producers, producerId);
    this.refused.delete(producerId);
    this.received.get(producerId)?.consumer.close();
    this.received.delete(producerId);
    this.publish();
    // In data saver, someone else's video may take the freed place.
    this.reconcile();
  }

  /** The server ended a consumer (its producer went away, most often): close it here too. */
  consumerClosed(consumerId: string): void {
    for (const [producerId, { consumer }] of this.received)
      if (consumer.id === consumerId) {
        consumer.close();
        this.received.delete(producerId);
        this.publish();
      }
  }

  speaking(participantIds: readonly string[]): void {
    this.recentSpeakers = rememberSpeakers(this.recentSpeakers, participantIds);
    this.ctx.update({ speaking: participantIds });
    if (this.mode === 'data-saver') this.reconcile();
  }

  setMode(mode: ReceiveMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.ctx.update({ receiveMode: mode });
    this.reconcile();
  }

  /** Joined (or left) a private check-in's call. */
  setCall(talkId: string | null): void {
    if (talkId === this.callTalkId) return;
    this.callTalkId = talkId;
    this.reconcile();
  }

  close(): void {
    this.closed = true;
    this.forgetConsumers();
  }

  /** Brings the consumers in line with the mode and the producers. */
  reconcile(): void {
    if (this.closed || !this.ctx.recvTransport()) return;
    const plan = planReceive({
      mode: this.mode,
      producers: this.producers,
      consumers: [...this.received.values()].map(({ consumer, layer }) => ({
        consumerId: consumer.id,
        producerId: consumer.producerId,
        kind: consumer.kind,
        layer,
      })),
      skip: new Set([...this.pending.keys(), ...this.refused]),
      recentSpeakers: this.recentSpeakers,
      callTalkId: this.callTalkId,
    });
    const request = this.ctx.request;
    for (const consumerId of [...plan.drop, ...plan.close]) this.closeConsumer(consumerId);
    for (const consumerId of plan.close) void request('media:close-consumer', { consumerId });
    for (const { consumerId, spatialLayer, layer } of plan.setLayer) {
      for (const r of this.received.values()) if (r.consumer.id === consumerId) r.layer = layer;
      void request('media:set-layer', { consumerId, spatialLayer });
    }
    for (const producerId of plan.consume) void this.consume(producerId);
    if (plan.drop.length > 0 || plan.close.length > 0) this.publish();
  }

  private closeConsumer(consumerId: string): void {
    for (const [producerId, { consumer }] of this.received)
      if (consumer.id === consumerId) {
        consumer.close();
        this.received.delete(producerId);
      }
  }

  private forgetConsumers(): void {
    for (const { consumer } of this.received.values()) consumer.close();
    this.received.clear();
    this.pending.clear();
  }

  private async consume(producerId: string): Promise<void> {
    const transport = this.ctx.recvTransport();
    const generation = this.ctx.generation();
    if (!transport) return;
    this.pending.set(producerId, generation);
    const lowLayer = preferLowLayer(this.mode);
    const request = this.ctx.request;
    const current = () => !this.closed && generation === this.ctx.generation();
    try {
      const result = await request('media:consume', { producerId, preferLowLayer: lowLayer });
      // Consumers of an older transport ended with it on the server.
      if (!current()) return;
      if (!result.ok) {
        if (result.error.code === 'NOT_FOUND')
          this.producers = removeProducer(this.producers, producerId);
        else this.refused.add(producerId);
        this.publish();
        return;
      }
      const reply = result.data;
      if (!this.producers.has(producerId)) {
        void request('media:close-consumer', { consumerId: reply.consumerId });
        return;
      }
      let consumer: types.Consumer;
      try {
        consumer = await transport.consume({
          id: reply.consumerId,
          producerId,
          kind: reply.kind,
          rtpParameters: reply.rtpParameters as types.RtpParameters,
        });
      } catch {
        // This browser cannot receive it (a codec it lacks): do not ask again and again.
        if (current()) this.refused.add(producerId);
        void request('media:close-consumer', { consumerId: reply.consumerId });
        return;
      }
      if (!current()) {
        consumer.close();
        return;
      }
      this.received.set(producerId, { consumer, layer: lowLayer ? 'low' : 'auto' });
      this.producers = setProducerPaused(this.producers, producerId, reply.producerPaused);
      // The track is in the snapshot (and on its element) before the server starts sending.
      this.publish();
      const resumed = await request('media:resume-consumer', { consumerId: reply.consumerId });
      if (!resumed.ok && resumed.error.code === 'NOT_FOUND' && current())
        this.closeConsumer(reply.consumerId);
    } finally {
      if (this.pending.get(producerId) === generation) {
        this.pending.delete(producerId);
        // The mode or the speakers may have changed while this was on its way.
        this.reconcile();
      }
    }
  }

  private publish(): void {
    const tracks = [...this.producers.values()].map((p) => ({
      ...p,
      track: this.received.get(p.producerId)?.consumer.track ?? null,
    }));
    // A private call's tracks never reach the room's stage or its sound.
    this.ctx.update({
      remote: tracks.filter((r) => !r.talkId),
      talkRemote: tracks.filter((r) => Boolean(r.talkId)),
    });
  }
}
