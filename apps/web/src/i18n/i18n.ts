import i18next, { type i18n as I18n } from 'i18next';
import en from './locales/en.json';
import ar from './locales/ar.json';
import {
  DEFAULT_LANGUAGE,
  detectLanguage,
  directionOf,
  matchLanguage,
  type LanguageCode,
} from './languages';

export const resources = {
  en: { translation: en },
  ar: { translation: ar },
} as const;

/** A language pick is not sensitive, so unlike anything about the person it outlives the tab. */
const STORAGE_KEY = 'haven.language';

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeStored(code: LanguageCode): void {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // The pick then lasts only for this page.
  }
}

/** Mirrors the whole layout: `dir` on <html> flips every logical CSS property at once. */
export function applyToDocument(tag: string): void {
  const code = matchLanguage(tag) ?? DEFAULT_LANGUAGE;
  document.documentElement.lang = code;
  document.documentElement.dir = directionOf(code);
}

/**
 * True while the language is only the default, neither picked (link, picker, a past pick) nor
 * matched from the browser: a session's own language is then a better guess.
 */
let onlyDefault = false;

export function createI18n(): I18n {
  const query = new URLSearchParams(window.location.search).get('lang');
  const stored = readStored();
  const browser = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  const lng = detectLanguage({ query, stored, browser });
  const fromQuery = matchLanguage(query);
  if (fromQuery) writeStored(fromQuery);
  onlyDefault =
    fromQuery === null &&
    matchLanguage(stored) === null &&
    browser.every((tag) => matchLanguage(tag) === null);

  const instance = i18next.createInstance();
  instance.on('languageChanged', applyToDocument);
  void instance.init({
    resources,
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['en', 'ar'],
    // Resources are bundled: initialise synchronously so the first render is translated.
    initAsync: false,
    // React escapes; escaping here too would show entities in the page.
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  applyToDocument(instance.language);
  return instance;
}

export function chooseLanguage(i18n: I18n, code: LanguageCode): void {
  onlyDefault = false;
  writeStored(code);
  void i18n.changeLanguage(code);
}

/**
 * Follows a session's own language when nothing better is known: people often use a
 * second-hand phone set to a language they do not read.
 */
export function suggestLanguage(i18n: I18n, tag: string): void {
  const code = matchLanguage(tag);
  if (!onlyDefault || code === null || code === i18n.language) return;
  void i18n.changeLanguage(code);
}
