import { can, checkWatchedPhrase, watchedPhraseKey } from '@haven/core';
import type { WatchedWord } from '@haven/protocol';
import type { Router } from 'express';
import { HavenError } from '../../errors';
import { PLATFORM } from '../../store/safety-repo';
import type { HttpDeps } from '../deps';
import { groupFor } from '../groups/group-access';
import { mountRoute } from '../route';

/**
 * Watched words: kept by facilitators per group and language, by administrators for the whole
 * platform. Live rooms use a saved list at once on this node, within seconds on the others.
 */
export function watchedWordsRoutes(router: Router, deps: HttpDeps): void {
  const { store } = deps;

  const listsOf = async (owner: string) => {
    const lists =
      (await store.watch.listsOf([owner])).get(owner) ?? new Map<string, WatchedWord[]>();
    return { lists: [...lists].map(([locale, words]) => ({ locale, words })) };
  };

  mountRoute(router, 'safety:group-watched-words', deps, async ({ params, principal }) => {
    const { group } = await groupFor(params.groupId, principal.staff, 'group:view', deps);
    return listsOf(group.id);
  });

  mountRoute(
    router,
    'safety:set-group-watched-words',
    deps,
    async ({ params, body, principal }) => {
      const { group } = await groupFor(params.groupId, principal.staff, 'group:edit', deps);
      await store.watch.set(group.id, params.locale, checked(body.words));
      deps.watchedWordsChanged(group.id);
      return listsOf(group.id);
    },
  );

  mountRoute(router, 'safety:platform-watched-words', deps, () => listsOf(PLATFORM));

  mountRoute(
    router,
    'safety:set-platform-watched-words',
    deps,
    async ({ params, body, principal }) => {
      const { staff } = principal;
      if (!can({ id: staff.id, role: staff.role, isAdmin: staff.isAdmin }, 'platform:edit'))
        throw new HavenError('FORBIDDEN', 'Only administrators set the platform-wide list.');
      await store.watch.set(PLATFORM, params.locale, checked(body.words));
      deps.watchedWordsChanged(null);
      return listsOf(PLATFORM);
    },
  );
}

/** Each phrase as the matcher reads it, once: a list with a mistake is refused whole. */
function checked(words: readonly WatchedWord[]): WatchedWord[] {
  const seen = new Set<string>();
  return words.map((w, i) => {
    const phrase = checkWatchedPhrase(w.phrase);
    if (!phrase.ok)
      throw new HavenError('INVALID_ARGUMENT', `words.${i} ("${w.phrase}"): ${phrase.reason}`);
    const key = watchedPhraseKey(phrase.value);
    if (seen.has(key))
      throw new HavenError('INVALID_ARGUMENT', `words.${i}: "${w.phrase}" is in the list twice.`);
    seen.add(key);
    return { phrase: phrase.value, action: w.action };
  });
}
