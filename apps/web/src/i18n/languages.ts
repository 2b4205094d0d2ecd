/**
 * Languages the app is translated into. Each is named in its own language (an endonym), so a
 * person can find theirs whatever the page is showing; those names are never translated.
 */
export const LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export type TextDirection = (typeof LANGUAGES)[number]['dir'];

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

/** `ar-EG`, `AR`, `ar_SY` → `ar`; anything untranslated → null. */
export function matchLanguage(tag: string | null | undefined): LanguageCode | null {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l.code === base)?.code ?? null;
}

export const directionOf = (code: LanguageCode): TextDirection =>
  LANGUAGES.find((l) => l.code === code)?.dir ?? 'ltr';

export interface LanguageSources {
  /** `?lang=` in the address. */
  query: string | null;
  /** What the person picked before (localStorage). */
  stored: string | null;
  /** The browser's preferences, best first. */
  browser: readonly string[];
}

/** Explicit choices first (the link, then a past pick), then the browser's preferences. */
export function detectLanguage(sources: LanguageSources): LanguageCode {
  return (
    matchLanguage(sources.query) ??
    matchLanguage(sources.stored) ??
    sources.browser.map(matchLanguage).find((code) => code !== null) ??
    DEFAULT_LANGUAGE
  );
}
