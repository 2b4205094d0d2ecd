import { watchedPhraseKey, watchedPhraseProblem, type WatchedPhraseProblem } from '@haven/core';
import {
  WATCHED_PHRASE_MAX,
  WATCHED_WORDS_MAX,
  WatchAction,
  type WatchedWord,
  type WatchedWordList,
} from '@haven/protocol';
import { checkText, settle, type FieldError, type FormCheck } from '../staff/form-check';

/** The actions in the order the editor offers them, strongest first. */
export const WATCH_ACTIONS: readonly WatchAction[] = WatchAction.options;

/**
 * A new phrase holds messages for a moderator: nothing is shown before someone has looked, and
 * nothing is refused without a person's judgement. The facilitator picks otherwise if they wish.
 */
export const NEW_PHRASE_ACTION: WatchAction = 'hold';

/** One watched phrase being edited; `key` keeps its inputs (and focus) as entries are removed. */
export interface WordDraft {
  key: number;
  phrase: string;
  action: WatchAction;
}

export interface WordsForm {
  drafts: readonly WordDraft[];
  nextKey: number;
}

export const wordsFormFrom = (words: readonly WatchedWord[]): WordsForm => ({
  drafts: words.map((word, key) => ({ key, phrase: word.phrase, action: word.action })),
  nextKey: words.length,
});

export type WordsAction =
  | { kind: 'add' }
  | { kind: 'remove'; key: number }
  | { kind: 'phrase'; key: number; value: string }
  | { kind: 'action'; key: number; value: WatchAction };

export const canAddWord = (form: WordsForm): boolean => form.drafts.length < WATCHED_WORDS_MAX;

export function wordsReducer(form: WordsForm, action: WordsAction): WordsForm {
  switch (action.kind) {
    case 'add': {
      if (!canAddWord(form)) return form;
      const blank: WordDraft = { key: form.nextKey, phrase: '', action: NEW_PHRASE_ACTION };
      return { drafts: [...form.drafts, blank], nextKey: form.nextKey + 1 };
    }
    case 'remove':
      return { ...form, drafts: form.drafts.filter((d) => d.key !== action.key) };
    case 'phrase':
      return edit(form, action.key, { phrase: action.value });
    case 'action':
      return edit(form, action.key, { action: action.value });
  }
}

const edit = (form: WordsForm, key: number, change: Partial<WordDraft>): WordsForm => ({
  ...form,
  drafts: form.drafts.map((d) => (d.key === key ? { ...d, ...change } : d)),
});

/** Core's reason for refusing a phrase, as the field error that says it in the reader's language. */
const PROBLEM_ERRORS: Record<WatchedPhraseProblem, FieldError> = {
  'too-long': { kind: 'tooLong', max: WATCHED_PHRASE_MAX },
  'star-placement': { kind: 'starPlacement' },
  'nothing-to-match': { kind: 'noLetters' },
  'short-prefix': { kind: 'starTooShort' },
};

/** What is wrong with one phrase, if anything, judged by the same rule (from core) as the server. */
export function phraseError(raw: string): FieldError | null {
  const value = raw.trim().replace(/\s+/g, ' ');
  // Counted as the request schema counts (UTF-16 units), which is never less than core's count.
  const text = checkText(value, { required: true, max: WATCHED_PHRASE_MAX });
  if (text) return text;
  const problem = watchedPhraseProblem(value);
  return problem ? PROBLEM_ERRORS[problem] : null;
}

/**
 * The list to save, each phrase as the server will store it, or what is wrong with which entry
 * (by its key). The same phrase twice (by core's key, as the server compares them) is refused.
 */
export function checkWords(form: WordsForm): FormCheck<WatchedWord[], string> {
  const errors: Record<string, FieldError | null> = {};
  const seen = new Set<string>();
  const words: WatchedWord[] = [];
  for (const draft of form.drafts) {
    const phrase = draft.phrase.trim().replace(/\s+/g, ' ');
    const error = phraseError(phrase);
    const same = error ? null : watchedPhraseKey(phrase);
    errors[String(draft.key)] =
      error ?? (same !== null && seen.has(same) ? { kind: 'duplicate' } : null);
    if (same !== null) seen.add(same);
    words.push({ phrase, action: draft.action });
  }
  return settle(errors, () => words);
}

/** The phrases saved for one language; none yet is an empty list. */
export const wordsFor = (lists: readonly WatchedWordList[], locale: string): WatchedWord[] =>
  lists.find((list) => list.locale === locale)?.words ?? [];
