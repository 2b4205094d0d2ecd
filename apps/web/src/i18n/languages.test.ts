import { describe, expect, it } from 'vitest';
import { detectLanguage, directionOf, matchLanguage } from './languages';

describe('matchLanguage', () => {
  it('reduces a tag to a translated base language', () => {
    expect(matchLanguage('ar-EG')).toBe('ar');
    expect(matchLanguage('AR_sy')).toBe('ar');
    expect(matchLanguage('en')).toBe('en');
  });

  it('rejects untranslated or missing tags', () => {
    expect(matchLanguage('fa-IR')).toBeNull();
    expect(matchLanguage('')).toBeNull();
    expect(matchLanguage(null)).toBeNull();
  });
});

describe('detectLanguage', () => {
  it('prefers the link, then the stored pick, then the browser', () => {
    expect(detectLanguage({ query: 'ar', stored: 'en', browser: ['en-US'] })).toBe('ar');
    expect(detectLanguage({ query: 'xx', stored: 'ar', browser: ['en-US'] })).toBe('ar');
    expect(detectLanguage({ query: null, stored: null, browser: ['fa-IR', 'ar-SY'] })).toBe('ar');
  });

  it('falls back to English', () => {
    expect(detectLanguage({ query: null, stored: null, browser: ['uk-UA'] })).toBe('en');
  });
});

describe('directionOf', () => {
  it('is right-to-left for Arabic only', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
  });
});
