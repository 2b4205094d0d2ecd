import type { WatchList } from '@haven/core';
import { watchListFor } from '../../safety/watch-list';
import type { RealtimeDeps } from '../deps';
import type { LiveRoom } from '../live-room';

/**
 * How long a room trusts the watched words it read. A facilitator's change reaches the rooms of
 * the node that saved it at once, and every other node's rooms within this time, without a
 * read of the store on every message.
 */
const WATCH_FRESH_MS = 30_000;

/**
 * Reads the lists again now. A change saved while a read is under way may have been missed by
 * it, so that read is followed by another. A failed read waits for the next period: a store
 * outage must not turn every message into a read.
 */
export async function rereadWatch(room: LiveRoom, deps: RealtimeDeps): Promise<void> {
  const watch = room.watch;
  if (watch.reading) {
    watch.stale = true;
    return;
  }
  watch.reading = true;
  try {
    do {
      watch.stale = false;
      watch.list = await watchListFor(deps.store, room.groupId);
    } while (watch.stale);
  } finally {
    watch.reading = false;
    watch.readAt = deps.clock.now();
  }
}

/** The lists to check a message against now; stale ones are read again for the next message. */
export function currentWatch(room: LiveRoom, deps: RealtimeDeps): WatchList {
  if (deps.clock.now() - room.watch.readAt > WATCH_FRESH_MS)
    rereadWatch(room, deps).catch((err: unknown) =>
      deps.log.error({ err, sessionId: room.id }, 'reading watched words failed'),
    );
  return room.watch.list;
}

/** After a facilitator or an administrator saved a list: the live rooms it concerns re-read. */
export function watchChanged(deps: RealtimeDeps, groupId: string | null): void {
  void (async () => {
    const rooms = groupId === null ? await deps.rooms.loaded() : await deps.rooms.loadedOf(groupId);
    await Promise.all(rooms.map((room) => rereadWatch(room, deps)));
  })().catch((err: unknown) => deps.log.error({ err, groupId }, 'reading watched words failed'));
}
