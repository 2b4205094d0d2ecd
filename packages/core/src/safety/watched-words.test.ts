import { describe, expect, it } from 'vitest';
import type { WatchedWord } from '@haven/protocol';
import {
  checkWatched,
  checkWatchedPhrase,
  compileWatchList,
  watchedPhraseKey,
  watchedPhraseProblem,
} from './watched-words';

const list = (...entries: WatchedWord[]) => compileWatchList(entries);
const actionOf = (entries: WatchedWord[], text: string) =>
  checkWatched(list(...entries), text).action;

describe('watched words in English', () => {
  const entries: WatchedWord[] = [
    { phrase: 'kill myself', action: 'flag' },
    { phrase: 'suicid*', action: 'flag' },
    { phrase: 'idiot', action: 'hold' },
    { phrase: 'buy pills', action: 'block' },
  ];

  it('matches whole words in order, whatever the case and punctuation', () => {
    expect(actionOf(entries, 'Some days I want to KILL... myself')).toBe('flag');
    expect(actionOf(entries, 'you are an Idiot!')).toBe('hold');
    expect(actionOf(entries, 'where can I buy   pills?')).toBe('block');
  });

  it('does not match inside other words or out of order', () => {
    expect(actionOf(entries, 'a skill myself I learnt')).toBeNull();
    expect(actionOf(entries, 'myself, I would never kill')).toBeNull();
    expect(actionOf(entries, 'idiotic')).toBeNull();
  });

  it('matches the beginning of words for an entry ending in *', () => {
    expect(actionOf(entries, 'I have been feeling suicidal')).toBe('flag');
    expect(actionOf(entries, 'Suicide is on my mind')).toBe('flag');
    expect(actionOf(entries, 'a suit')).toBeNull();
  });

  it('ignores accents', () => {
    expect(actionOf([{ phrase: 'desespere', action: 'flag' }], 'Je suis désespéré')).toBe('flag');
  });

  it('gives the strongest action and still reports a flag underneath it', () => {
    const verdict = checkWatched(list(...entries), 'idiot, I will kill myself');
    expect(verdict.action).toBe('hold');
    expect(verdict.flagged).toBe(true);
    expect(verdict.phrases).toEqual(['kill myself', 'idiot']);
    const blocked = checkWatched(list(...entries), 'buy pills to kill myself');
    expect(blocked).toMatchObject({ action: 'block', flagged: true });
  });

  it('finds nothing with an empty list', () => {
    expect(checkWatched(list(), 'anything')).toEqual({ action: null, flagged: false, phrases: [] });
  });
});

describe('watched words in Arabic and Persian', () => {
  it('ignores short vowels, tatweel and hamza forms', () => {
    const entries: WatchedWord[] = [{ phrase: 'أريد أن أموت', action: 'flag' }];
    // "I want to die", written with harakat and a stretched letter.
    expect(actionOf(entries, 'أُرِيدُ أَنْ أَمُـــوتَ')).toBe('flag');
    // Written without hamza seats, as many keyboards do.
    expect(actionOf(entries, 'اريد ان اموت اليوم')).toBe('flag');
  });

  it('matches a word with or without the particles joined to it', () => {
    const entries: WatchedWord[] = [{ phrase: 'انتحار', action: 'flag' }];
    expect(actionOf(entries, 'أفكر في الانتحار')).toBe('flag'); // "the suicide"
    expect(actionOf(entries, 'وبالانتحار')).toBe('flag');
    expect(actionOf(entries, 'انتحاري')).toBeNull(); // another word without a *
    // Written with the article in the list, bare in the message.
    expect(actionOf([{ phrase: 'الانتحار', action: 'flag' }], 'فكرت في انتحار')).toBe('flag');
  });

  it('does not read a particle into a short word: "بسم الله" is not "poison"', () => {
    const entries: WatchedWord[] = [{ phrase: 'سم', action: 'flag' }];
    expect(actionOf(entries, 'بسم الله الرحمن الرحيم')).toBeNull();
    expect(actionOf(entries, 'وسم')).toBeNull();
    expect(actionOf(entries, 'عندي سم')).toBe('flag');
  });

  it('treats Persian and Arabic letter forms alike, and drops the zero-width non-joiner', () => {
    // Persian "I want to kill myself" (خودکشی = suicide) written with Persian kaf and yeh.
    const entries: WatchedWord[] = [{ phrase: 'خودكشي', action: 'flag' }];
    expect(actionOf(entries, 'به خودکشی فکر می‌کنم')).toBe('flag');
    expect(actionOf([{ phrase: 'میکنم', action: 'hold' }], 'فکر می‌کنم')).toBe('hold');
  });

  it('reads Eastern Arabic digits as digits', () => {
    expect(actionOf([{ phrase: '911', action: 'hold' }], 'اتصل ٩١١')).toBe('hold');
  });
});

describe('watched words in Ukrainian', () => {
  it('ignores case and stress marks but keeps й and ї letters apart from и and і', () => {
    const entries: WatchedWord[] = [{ phrase: 'не хочу жити', action: 'flag' }];
    expect(actionOf(entries, 'Я більше НЕ ХОЧУ ЖИТИ.')).toBe('flag');
    expect(actionOf(entries, 'не хочу жи́ти')).toBe('flag');
    expect(actionOf([{ phrase: 'мій', action: 'hold' }], 'мии')).toBeNull();
    expect(actionOf([{ phrase: 'їжа', action: 'hold' }], 'іжа')).toBeNull();
  });

  it('treats ё as е and ґ as г, as keyboards often make people write them', () => {
    expect(actionOf([{ phrase: 'ещё', action: 'hold' }], 'еще раз')).toBe('hold');
    expect(actionOf([{ phrase: 'еще', action: 'hold' }], 'ещё раз')).toBe('hold');
    expect(actionOf([{ phrase: 'ґрати', action: 'hold' }], 'грати')).toBe('hold');
  });

  it('treats the apostrophe forms Ukrainians type as one', () => {
    const entries: WatchedWord[] = [{ phrase: "вб'ю", action: 'block' }];
    expect(actionOf(entries, 'я тебе вбʼю')).toBe('block');
    expect(actionOf(entries, 'я тебе вб’ю')).toBe('block');
  });

  it('matches inflected forms through a *', () => {
    const entries: WatchedWord[] = [{ phrase: 'самогубств*', action: 'flag' }];
    expect(actionOf(entries, 'думки про самогубство')).toBe('flag');
    expect(actionOf(entries, 'Самогубства')).toBe('flag');
  });
});

describe('a phrase a list accepts', () => {
  it('needs something to match and a * only at the end of a word', () => {
    expect(checkWatchedPhrase('  kill   myself ')).toEqual({ ok: true, value: 'kill myself' });
    expect(checkWatchedPhrase('!!!').ok).toBe(false);
    expect(checkWatchedPhrase('su*cide').ok).toBe(false);
    expect(checkWatchedPhrase('ab*').ok).toBe(false);
    expect(checkWatchedPhrase('sui* thoughts').ok).toBe(true);
    expect(checkWatchedPhrase('x'.repeat(81)).ok).toBe(false);
    expect(checkWatchedPhrase('x *').ok).toBe(false);
    expect(checkWatchedPhrase('***').ok).toBe(false);
    expect(watchedPhraseProblem('kill *')).toBe('star-placement');
    expect(watchedPhraseProblem('ab*')).toBe('short-prefix');
    expect(watchedPhraseProblem('...')).toBe('nothing-to-match');
    expect(watchedPhraseProblem('kill myself')).toBeNull();
  });

  it('knows the same phrase written another way', () => {
    expect(watchedPhraseKey('Kill   MYSELF')).toBe(watchedPhraseKey('kill myself'));
    expect(watchedPhraseKey('أريد')).toBe(watchedPhraseKey('اريد'));
    expect(watchedPhraseKey('suicid*')).not.toBe(watchedPhraseKey('suicid'));
  });
});
