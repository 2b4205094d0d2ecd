export { applyToDocument, chooseLanguage, createI18n, suggestLanguage } from './i18n';
export {
  LANGUAGES,
  directionOf,
  matchLanguage,
  type LanguageCode,
  type TextDirection,
} from './languages';
