import type {
  CrisisResource,
  CrisisResourceList,
  Result,
  WatchedWord,
  WatchedWordList,
} from '@haven/protocol';
import { staffCall } from '../staff/use-staff-session';

/**
 * Whose safety lists an editor shows: one group's (kept by its facilitators) or the platform's
 * (kept by administrators, used in every group). The editors are the same; only the routes differ.
 */
export type ListOwner = { kind: 'group'; groupId: string } | { kind: 'platform' };

type Lists<T> = Promise<Result<{ lists: T[] }>>;

export const loadResources = (owner: ListOwner, signal: AbortSignal): Lists<CrisisResourceList> =>
  owner.kind === 'group'
    ? staffCall('safety:group-resources', { params: { groupId: owner.groupId }, signal })
    : staffCall('safety:platform-resources', { signal });

export const saveResources = (
  owner: ListOwner,
  locale: string,
  resources: CrisisResource[],
): Lists<CrisisResourceList> =>
  owner.kind === 'group'
    ? staffCall('safety:set-group-resources', {
        params: { groupId: owner.groupId, locale },
        body: { resources },
      })
    : staffCall('safety:set-platform-resources', { params: { locale }, body: { resources } });

export const loadWatchedWords = (owner: ListOwner, signal: AbortSignal): Lists<WatchedWordList> =>
  owner.kind === 'group'
    ? staffCall('safety:group-watched-words', { params: { groupId: owner.groupId }, signal })
    : staffCall('safety:platform-watched-words', { signal });

export const saveWatchedWords = (
  owner: ListOwner,
  locale: string,
  words: WatchedWord[],
): Lists<WatchedWordList> =>
  owner.kind === 'group'
    ? staffCall('safety:set-group-watched-words', {
        params: { groupId: owner.groupId, locale },
        body: { words },
      })
    : staffCall('safety:set-platform-watched-words', { params: { locale }, body: { words } });

/** A key that changes with the owner, so a page reloads its lists when it shows another's. */
export const ownerKey = (owner: ListOwner): string =>
  owner.kind === 'group' ? `group/${owner.groupId}` : 'platform';
