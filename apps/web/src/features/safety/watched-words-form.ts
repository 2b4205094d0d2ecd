import { checkWatchedPhrase } from '@haven/core';
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

/**
 * What is wrong with one phrase, if anything, as the server's matcher (from core) judges it.
 * Core gives its reason in English; the kind is read from the phrase so that it can be said in
 * the reader's language.
 */
export function phraseError(raw: string): FieldError | null {
  const value = raw.trim().replace(/\s+/g, ' ');
  // Counted as the request schema counts (UTF-16 units), which is never less than core's count.
  const text = checkText(value, { required: true, max: WATCHED_PHRASE_MAX });
  if (text) return text;
  if (checkWatchedPhrase(value).ok) return null;
  if (/\*(?!$|\s)/.test(value)) return { kind: 'starPlacement' };
  if (value.includes('*') && /[\p{L}\p{N}]/u.test(value)) return { kind: 'starTooShort' };
  return { kind: 'noLetters' };
}

/**
 * The list to save, each phrase as the server will store it, or what is wrong with which entry
 * (by its key). The same phrase twice is refused, as the server refuses it.
 */
export function checkWords(form: WordsForm): FormCheck<WatchedWord[], string> {
  const errors: Record<string, FieldError | null> = {};
  const seen = new Set<string>();
  const words: WatchedWord[] = [];
  for (const draft of form.drafts) {
    const error = phraseError(draft.phrase);
    const phrase = draft.phrase.trim().replace(/\s+/g, ' ');
    const same = phrase.toLocaleLowerCase();
    errors[String(draft.key)] = error ?? (seen.has(same) ? { kind: 'duplicate' } : null);
    seen.add(same);
    words.push({ phrase, action: draft.action });
  }
  return settle(errors, () => words);
}

/** Which entry the server refused, counted from 0 as sent, and why (in the server's words). */
export interface Refusal {
  index: number;
  reason: string;
}

/**
 * Reads a refusal such as `words.3 ("kil*l"): A * may only end a word…`, `words.3: "x" is in
 * the list twice.` or a schema issue at `words.3.phrase: …`; null when it names no entry.
 */
export function readRefusal(message: string): Refusal | null {
  const match = /^words\.(\d+)(?:\.\w+)?(?: \(".*?"\))?:\s*(.*)$/su.exec(message);
  if (!match) return null;
  return { index: Number(match[1]), reason: match[2] ?? '' };
}

/** The key of the draft a refusal names, in the form as it was sent. */
export const refusedKey = (sent: WordsForm, refusal: Refusal): number | null =>
  sent.drafts[refusal.index]?.key ?? null;

/** The phrases saved for one language; none yet is an empty list. */
export const wordsFor = (lists: readonly WatchedWordList[], locale: string): WatchedWord[] =>
  lists.find((list) => list.locale === locale)?.words ?? [];
