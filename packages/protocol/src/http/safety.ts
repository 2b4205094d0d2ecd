import { z } from 'zod';
import { Id } from '../common';
import {
  CRISIS_RESOURCES_MAX,
  CrisisResource,
  CrisisResourceList,
  Locale,
  WATCHED_WORDS_MAX,
  WatchedWord,
  WatchedWordList,
} from '../safety';

export const CrisisResourceLists = z.object({
  lists: z.array(CrisisResourceList).describe('One list per language, by language tag.'),
});
export const SetCrisisResourcesRequest = z.strictObject({
  resources: z
    .array(CrisisResource)
    .max(CRISIS_RESOURCES_MAX)
    .describe('The whole list for this language, in order; empty removes it.'),
});
export const GroupLocaleParams = z.strictObject({ groupId: Id, locale: Locale });
export const LocaleParams = z.strictObject({ locale: Locale });

export const WatchedWordLists = z.object({
  lists: z.array(WatchedWordList).describe('One list per language, by language tag.'),
});
export const SetWatchedWordsRequest = z.strictObject({
  words: z
    .array(WatchedWord)
    .max(WATCHED_WORDS_MAX)
    .describe('The whole list for this language; empty removes it.'),
});
