import type { RemoteProducer } from '@haven/protocol';

/**
 * Everyone else's published tracks, by producer id. A Map keeps arrival order, which is the
 * "room order" data saver falls back on after the recent speakers.
 */
export type RemoteProducers = ReadonlyMap<string, RemoteProducer>;

export const noProducers: RemoteProducers = new Map();

/** The start reply's list, without this person's own tracks and without any closed meanwhile. */
export function producersFrom(
  list: readonly RemoteProducer[],
  selfId: string,
  closed: ReadonlySet<string> = new Set(),
): RemoteProducers {
  const map = new Map<string, RemoteProducer>();
  for (const p of list)
    if (p.participantId !== selfId && !closed.has(p.producerId)) map.set(p.producerId, p);
  return map;
}

export function addProducer(
  map: RemoteProducers,
  producer: RemoteProducer,
  selfId: string,
): RemoteProducers {
  if (producer.participantId === selfId) return map;
  const known = map.get(producer.producerId);
  if (known && known.paused === producer.paused) return map;
  return new Map(map).set(producer.producerId, producer);
}

export function setProducerPaused(
  map: RemoteProducers,
  producerId: string,
  paused: boolean,
): RemoteProducers {
  const known = map.get(producerId);
  if (!known || known.paused === paused) return map;
  return new Map(map).set(producerId, { ...known, paused });
}

export function removeProducer(map: RemoteProducers, producerId: string): RemoteProducers {
  if (!map.has(producerId)) return map;
  const next = new Map(map);
  next.delete(producerId);
  return next;
}

/** How many past speakers data saver remembers when it picks whose video to keep. */
export const RECENT_SPEAKERS_MAX = 8;

/**
 * Who spoke most recently, most recent first: those audible now (loudest first), then those
 * heard before, so a pause for breath does not swap videos around.
 */
export function rememberSpeakers(
  recent: readonly string[],
  speakingNow: readonly string[],
  max: number = RECENT_SPEAKERS_MAX,
): string[] {
  const now = new Set(speakingNow);
  return [...speakingNow, ...recent.filter((id) => !now.has(id))].slice(0, max);
}
