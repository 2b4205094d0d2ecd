import { retentionCutoff, type Clock } from '@haven/core';
import type { Logger } from '../logger';
import type { Store } from '../store/store';

/** Often enough that nothing outlives its period by much; rare enough to cost nothing. */
const SWEEP_EVERY_MS = 60 * 60 * 1000;

/** Told after a group's sweep, so live rooms drop what they still hold in memory. */
export type PurgedHook = (groupId: string, before: string) => void;

/** Deletes, in every group, what is older than the group's retention period. */
export async function sweepExpired(
  store: Store,
  now: number,
  log: Logger,
  purgedHook: PurgedHook = () => undefined,
): Promise<void> {
  for (const group of await store.groups.listAll()) {
    const before = retentionCutoff(now, group.retentionDays);
    const purged = await store.retention.purge(group.id, before);
    if (Object.values(purged).some((n) => n > 0)) {
      log.info({ groupId: group.id, ...purged }, 'deleted what outlived the retention period');
      purgedHook(group.id, before);
    }
  }
}

/**
 * Sweeps at start and every hour while the server runs. Every node may sweep: deleting what is
 * already gone changes nothing. A failed sweep is logged and tried again at the next.
 */
export function startRetentionSweeps(deps: {
  store: Store;
  clock: Clock;
  log: Logger;
  purged: PurgedHook;
}): {
  stop(): Promise<void>;
} {
  let running: Promise<void> = Promise.resolve();
  const sweep = () => {
    running = running
      .then(() => sweepExpired(deps.store, deps.clock.now(), deps.log, deps.purged))
      .catch((err: unknown) => deps.log.error({ err }, 'retention sweep failed'));
  };
  sweep();
  const timer = setInterval(sweep, SWEEP_EVERY_MS);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      return running;
    },
  };
}
