import { pickResources } from '@haven/core';
import type { CrisisResourceList } from '@haven/protocol';
import { PLATFORM } from '../store/safety-repo';
import type { Store } from '../store/store';

/** The crisis resources a reader of `locale` sees in a group (core's rule decides which). */
export async function resourcesFor(
  store: Store,
  group: { id: string; language: string },
  locale: string,
): Promise<CrisisResourceList> {
  const [own, platform] = await Promise.all([
    store.safety.resourcesOf(group.id),
    store.safety.resourcesOf(PLATFORM),
  ]);
  const picked = pickResources({ group: own, platform }, locale, group.language);
  return { locale: picked.locale, resources: [...picked.resources] };
}
