import { describe, expect, it } from 'vitest';
import { LanguageTag } from '@haven/protocol';
import { GROUP_LANGUAGES, languageChoices, languageLabel, languageName } from './group-languages';

describe('group languages', () => {
  it('offers at least the launch languages, each a tag the server accepts', () => {
    const tags = GROUP_LANGUAGES.map((l) => l.tag);
    for (const tag of ['en', 'ar', 'fa', 'uk', 'es', 'fr']) expect(tags).toContain(tag);
    for (const tag of tags) expect(LanguageTag.safeParse(tag).success, tag).toBe(true);
  });

  it('names a language in itself, and in the reader’s language beside it', () => {
    expect(languageName('ar')).toBe('العربية');
    expect(languageName('xx-YY')).toBe('xx-YY');
    expect(languageLabel('fa-AF', 'en')).toMatch(/^دری \(.+\)$/);
    expect(languageLabel('en', 'en')).toBe('English');
  });

  it('keeps a group’s current language among the choices', () => {
    expect(languageChoices('en')).toEqual(GROUP_LANGUAGES.map((l) => l.tag));
    expect(languageChoices('ku')[0]).toBe('ku');
  });
});
