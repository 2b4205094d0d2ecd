import { compileWatchList, type WatchList } from '@haven/core';
import { PLATFORM } from '../store/safety-repo';
import type { Store } from '../store/store';

/**
 * What a group's rooms check messages against: the group's lists and the platform's, in every
 * language (a message may mix languages, and people write in more than the group's).
 */
export async function watchListFor(store: Store, groupId: string): Promise<WatchList> {
  const byOwner = await store.watch.listsOf([groupId, PLATFORM]);
  const words = [...byOwner.values()].flatMap((lists) => [...lists.values()].flat());
  return compileWatchList(words);
}
