import { WATCHED_PHRASE_MAX, type WatchAction, type WatchedWord } from '@haven/protocol';
import type { RuleResult } from '../text-rules';
import { foldForMatching, isArabicScript, wordsOf } from './fold';

/**
 * Watched words: a group's (and the platform's) phrases that refuse a message (block), keep it
 * for a moderator (hold) or let it through and alert the moderators (flag).
 *
 * A phrase matches whole words, in order: "kill myself" matches "I want to KILL myself" but not
 * "skill myself". A word ending in * matches its beginning only: "suicid*" matches "suicidal".
 * Arabic words match with or without the particles written joined to them (و ف ب ل ك س and
 * ال): "انتحار" matches "والانتحار", and "الانتحار" matches "انتحار". Text and phrases are
 * folded first (see fold.ts).
 *
 * Checked on every participant's message, so a list is compiled once into an index by first
 * word: a message costs a few lookups per word, whatever the length of the lists.
 */

/** Stronger first: a message matching several entries gets the strongest action. */
const STRENGTH: Record<WatchAction, number> = { flag: 1, hold: 2, block: 3 };

// Joined particles, longest first so "وال" is tried before "و".
const PROCLITICS = [
  'وبال',
  'فبال',
  'وال',
  'فال',
  'بال',
  'كال',
  'ولل',
  'فلل',
  'لل',
  'ال',
  'وس',
  'فس',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
  'س',
];
// What is left after a particle must be a word on its own: "بسم" is not "ب" + "سم" (poison).
const STEM_MIN = 3;

interface PhraseWord {
  /** The word and, for Arabic, the word without each particle it may carry. */
  forms: string[];
  /** Written with a trailing *: matches words that begin with it. */
  prefix: boolean;
}

interface CompiledEntry {
  entry: WatchedWord;
  words: PhraseWord[];
  /** Its place in the lists: matches are reported in list order. */
  position: number;
}

export interface WatchList {
  /** Entries whose first word is exact, by each form of that word. */
  readonly byFirstWord: ReadonlyMap<string, readonly CompiledEntry[]>;
  /** Entries whose first word ends in *: checked against every word (lists have few). */
  readonly byPrefix: readonly CompiledEntry[];
  readonly size: number;
}

export interface WatchVerdict {
  /** The strongest action among the matches; null when nothing matched. */
  action: WatchAction | null;
  /** Whether any flag entry matched: moderators hear of it whatever else happens. */
  flagged: boolean;
  /** The phrases that matched, as written in the list, in list order. */
  phrases: string[];
}

/** The word and what it is without a joined particle (Arabic script only). */
function formsOf(word: string): string[] {
  if (!isArabicScript(word)) return [word];
  const forms = [word];
  for (const p of PROCLITICS)
    if (word.startsWith(p) && [...word].length - [...p].length >= STEM_MIN)
      forms.push(word.slice(p.length));
  return forms;
}

function phraseWords(phrase: string): PhraseWord[] {
  return phrase
    .trim()
    .split(/\s+/)
    .flatMap((raw) => {
      const prefix = raw.endsWith('*');
      const words = wordsOf(foldForMatching(raw.replace(/\*+$/, '')));
      // "self-harm" is two words, as it is in a message; only the last can carry the *.
      return words.map((text, i) => ({
        forms: formsOf(text),
        prefix: prefix && i === words.length - 1,
      }));
    });
}

/** Why a list would refuse a phrase, for an app to say in the reader's language. */
export type WatchedPhraseProblem =
  'too-long' | 'star-placement' | 'nothing-to-match' | 'short-prefix';

const PROBLEM_TEXT: Record<WatchedPhraseProblem, string> = {
  'too-long': `A phrase is at most ${WATCHED_PHRASE_MAX} characters.`,
  'star-placement': 'A * may only end a word, as in suicid*.',
  'nothing-to-match': 'A phrase needs a letter or a digit.',
  'short-prefix': 'A word ending in * needs at least 3 letters before it.',
};

/** What is wrong with a phrase, or null when a list accepts it. */
export function watchedPhraseProblem(raw: string): WatchedPhraseProblem | null {
  const value = raw.trim().replace(/\s+/g, ' ');
  if ([...value].length > WATCHED_PHRASE_MAX) return 'too-long';
  if (/(^|\s)\*|\*(?!$|\s)/.test(value)) return 'star-placement';
  const words = phraseWords(value);
  if (words.length === 0) return 'nothing-to-match';
  if (words.some((w) => w.prefix && [...w.forms[0]!].length < 3)) return 'short-prefix';
  return null;
}

/** A phrase as a list accepts it: something to match, and the * only where it means something. */
export function checkWatchedPhrase(raw: string): RuleResult {
  const problem = watchedPhraseProblem(raw);
  if (problem) return { ok: false, reason: PROBLEM_TEXT[problem] };
  return { ok: true, value: raw.trim().replace(/\s+/g, ' ') };
}

/** The same phrase, however it is written: what a list may hold only once. */
export const watchedPhraseKey = (phrase: string): string =>
  phraseWords(phrase)
    .map((w) => w.forms[0]! + (w.prefix ? '*' : ''))
    .join(' ');

export function compileWatchList(entries: readonly WatchedWord[]): WatchList {
  const byFirstWord = new Map<string, CompiledEntry[]>();
  const byPrefix: CompiledEntry[] = [];
  let size = 0;
  for (const entry of entries) {
    const words = phraseWords(entry.phrase);
    const first = words[0];
    if (!first) continue;
    const compiled = { entry, words, position: size++ };
    if (first.prefix) byPrefix.push(compiled);
    else
      for (const form of first.forms)
        byFirstWord.set(form, [...(byFirstWord.get(form) ?? []), compiled]);
  }
  return { byFirstWord, byPrefix, size };
}

function wordMatches(forms: readonly string[], pattern: PhraseWord): boolean {
  return forms.some((form) =>
    pattern.forms.some((p) => (pattern.prefix ? form.startsWith(p) : form === p)),
  );
}

export function checkWatched(list: WatchList, text: string): WatchVerdict {
  const verdict: WatchVerdict = { action: null, flagged: false, phrases: [] };
  if (list.size === 0) return verdict;
  const words = wordsOf(foldForMatching(text)).map(formsOf);
  const matched = new Set<CompiledEntry>();
  const phraseAt = (start: number, c: CompiledEntry): boolean =>
    start + c.words.length <= words.length &&
    c.words.every((p, i) => wordMatches(words[start + i]!, p));
  const tryAt = (i: number, c: CompiledEntry): void => {
    if (!matched.has(c) && phraseAt(i, c)) matched.add(c);
  };
  for (let i = 0; i < words.length; i++) {
    for (const form of words[i]!) for (const c of list.byFirstWord.get(form) ?? []) tryAt(i, c);
    for (const c of list.byPrefix) tryAt(i, c);
  }
  for (const { entry } of [...matched].sort((a, b) => a.position - b.position)) {
    verdict.phrases.push(entry.phrase);
    if (entry.action === 'flag') verdict.flagged = true;
    if (verdict.action === null || STRENGTH[entry.action] > STRENGTH[verdict.action])
      verdict.action = entry.action;
  }
  return verdict;
}
