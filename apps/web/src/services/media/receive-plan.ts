import { preferLowLayer, videosToReceive, type ReceiveMode } from '@haven/core';
import type { MediaKind } from '@haven/protocol';
import type { RemoteProducers } from './remote-producers';

/** The simulcast layers a consumer can be asked for: 0 is the smallest. */
export const LOWEST_LAYER = 0;
export const HIGHEST_LAYER = 2;

/** One of this person's consumers, as the plan needs to know it. */
export interface ConsumerInfo {
  consumerId: string;
  producerId: string;
  kind: MediaKind;
  /** The layer last asked for: 'low' in data saver, 'auto' lets the media server adapt. */
  layer: 'low' | 'auto';
}

export interface ReceivePlan {
  /** Producers to consume now. */
  consume: string[];
  /** Consumers to close on the server and here (their video is no longer wanted). */
  close: string[];
  /** Consumers whose producer is gone: the server already closed them, close them here. */
  drop: string[];
  setLayer: { consumerId: string; spatialLayer: number; layer: 'low' | 'auto' }[];
}

export interface ReceiveInput {
  mode: ReceiveMode;
  producers: RemoteProducers;
  consumers: readonly ConsumerInfo[];
  /** Producers being consumed right now, or refused: not asked for again. */
  skip: ReadonlySet<string>;
  recentSpeakers: readonly string[];
  /** The private check-in whose call this person is in, if any. */
  callTalkId?: string | null;
}

/**
 * The producers this person wants to receive: all the room's audio and the videos the mode
 * allows, and everything of the private call they are in (one or two people: the mode's limits
 * are for a room). A call's tracks are not received before the person joins it.
 */
export function wantedProducers(
  mode: ReceiveMode,
  producers: RemoteProducers,
  recentSpeakers: readonly string[],
  callTalkId: string | null = null,
): Set<string> {
  const everything = [...producers.values()];
  const call = everything.filter((p) => Boolean(p.talkId) && p.talkId === callTalkId);
  const all = everything.filter((p) => !p.talkId);
  const videos = videosToReceive(
    mode,
    all.filter((p) => p.kind === 'video'),
    recentSpeakers,
  );
  return new Set([
    ...all.filter((p) => p.kind === 'audio' || videos.has(p.producerId)).map((p) => p.producerId),
    ...call.map((p) => p.producerId),
  ]);
}

/** What to change so the consumers match the receive mode. Pure: the receiver carries it out. */
export function planReceive(input: ReceiveInput): ReceivePlan {
  const wanted = wantedProducers(
    input.mode,
    input.producers,
    input.recentSpeakers,
    input.callTalkId ?? null,
  );
  const layer = preferLowLayer(input.mode) ? 'low' : 'auto';
  const consumed = new Set(input.consumers.map((c) => c.producerId));
  const plan: ReceivePlan = { consume: [], close: [], drop: [], setLayer: [] };

  for (const producerId of wanted)
    if (!consumed.has(producerId) && !input.skip.has(producerId)) plan.consume.push(producerId);

  for (const c of input.consumers) {
    if (!input.producers.has(c.producerId)) plan.drop.push(c.consumerId);
    else if (!wanted.has(c.producerId)) plan.close.push(c.consumerId);
    else if (c.kind === 'video' && c.layer !== layer)
      plan.setLayer.push({
        consumerId: c.consumerId,
        spatialLayer: layer === 'low' ? LOWEST_LAYER : HIGHEST_LAYER,
        layer,
      });
  }
  return plan;
}
