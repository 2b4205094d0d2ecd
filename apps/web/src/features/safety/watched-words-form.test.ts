import { describe, expect, it } from 'vitest';
import {
  SetWatchedWordsRequest,
  WATCHED_PHRASE_MAX,
  WATCHED_WORDS_MAX,
  type WatchedWord,
} from '@haven/protocol';
import {
  NEW_PHRASE_ACTION,
  WATCH_ACTIONS,
  checkWords,
  phraseError,
  wordsFor,
  wordsFormFrom,
  wordsReducer,
  type WordsForm,
} from './watched-words-form';

const word = (phrase: string, action: WatchedWord['action'] = 'flag'): WatchedWord => ({
  phrase,
  action,
});
const phrases = (form: WordsForm) => form.drafts.map((d) => d.phrase);

describe('the watched words form', () => {
  it('offers the three actions, strongest first', () => {
    expect(WATCH_ACTIONS).toEqual(['block', 'hold', 'flag']);
  });

  it('adds, edits and removes entries, keeping each one’s key', () => {
    let form = wordsFormFrom([word('suicid*'), word('idiot', 'block')]);
    form = wordsReducer(form, { kind: 'add' });
    expect(form.drafts[2]).toEqual({ key: 2, phrase: '', action: NEW_PHRASE_ACTION });
    form = wordsReducer(form, { kind: 'phrase', key: 2, value: 'kill myself' });
    form = wordsReducer(form, { kind: 'action', key: 2, value: 'flag' });
    form = wordsReducer(form, { kind: 'remove', key: 0 });
    expect(phrases(form)).toEqual(['idiot', 'kill myself']);
    expect(form.drafts.map((d) => d.key)).toEqual([1, 2]);
    expect(form.drafts[1]?.action).toBe('flag');
    // A key is never given twice, even after a removal.
    expect(wordsReducer(form, { kind: 'add' }).drafts.at(-1)?.key).toBe(3);
  });

  it(`holds at most ${WATCHED_WORDS_MAX} entries`, () => {
    let form = wordsFormFrom(
      Array.from({ length: WATCHED_WORDS_MAX - 1 }, (_, i) => word(`w${i}`)),
    );
    form = wordsReducer(form, { kind: 'add' });
    expect(wordsReducer(form, { kind: 'add' })).toBe(form);
    expect(form.drafts).toHaveLength(WATCHED_WORDS_MAX);
  });

  it('gives the list as the server stores it, in a request it accepts', () => {
    const form = wordsFormFrom([word('  kill   myself '), word('انتحار', 'hold')]);
    const check = checkWords(form);
    expect(check).toEqual({
      ok: true,
      value: [word('kill myself'), word('انتحار', 'hold')],
    });
    expect(check.ok && SetWatchedWordsRequest.safeParse({ words: check.value }).success).toBe(true);
    expect(checkWords(wordsFormFrom([]))).toEqual({ ok: true, value: [] });
  });

  it('names each entry the matcher would refuse, by its key', () => {
    let form = wordsFormFrom([word('ok'), word('  '), word('ki*ll'), word('ab*'), word('***')]);
    form = wordsReducer(form, { kind: 'remove', key: 0 });
    expect(checkWords(form)).toEqual({
      ok: false,
      errors: {
        '1': { kind: 'required' },
        '2': { kind: 'starPlacement' },
        '3': { kind: 'starTooShort' },
        '4': { kind: 'starPlacement' },
      },
    });
  });

  it('refuses the same phrase twice, as the server compares them', () => {
    const form = wordsFormFrom([word('Kill myself'), word('kill  MYSELF', 'block')]);
    expect(checkWords(form)).toEqual({ ok: false, errors: { '1': { kind: 'duplicate' } } });
    // Folded as the matcher folds them: a hyphen between two words is not a new phrase.
    const folded = wordsFormFrom([word('self-harm'), word('self harm')]);
    expect(checkWords(folded)).toEqual({ ok: false, errors: { '1': { kind: 'duplicate' } } });
  });
});

describe('phraseError', () => {
  it('accepts whole words and words that end in *', () => {
    expect(phraseError('suicid*')).toBeNull();
    expect(phraseError('self-harm')).toBeNull();
    expect(phraseError('أقتل نفسي')).toBeNull();
    expect(phraseError('x'.repeat(WATCHED_PHRASE_MAX))).toBeNull();
  });

  it('says why core’s matcher refuses a phrase', () => {
    expect(phraseError('')).toEqual({ kind: 'required' });
    expect(phraseError('x'.repeat(WATCHED_PHRASE_MAX + 1))).toEqual({
      kind: 'tooLong',
      max: WATCHED_PHRASE_MAX,
    });
    expect(phraseError('*cide')).toEqual({ kind: 'starPlacement' });
    expect(phraseError('su*')).toEqual({ kind: 'starTooShort' });
    expect(phraseError('?!')).toEqual({ kind: 'noLetters' });
    expect(phraseError('*')).toEqual({ kind: 'starPlacement' });
    expect(phraseError('kill *')).toEqual({ kind: 'starPlacement' });
  });
});

describe('wordsFor', () => {
  it('finds the list of one language', () => {
    const lists = [{ locale: 'ar', words: [word('انتحار')] }];
    expect(wordsFor(lists, 'ar')).toEqual([word('انتحار')]);
    expect(wordsFor(lists, 'uk')).toEqual([]);
  });
});
