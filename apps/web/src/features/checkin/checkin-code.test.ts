import { describe, expect, it } from 'vitest';
import { codeFromFragment, normalizeCode } from './checkin-code';

describe('normalizeCode', () => {
  it('takes six digits as they are', () => {
    expect(normalizeCode('123456')).toBe('123456');
    expect(normalizeCode('000042')).toBe('000042');
  });

  it('takes the code as the screen groups it, and stray spaces', () => {
    expect(normalizeCode(' 123 456 ')).toBe('123456');
    expect(normalizeCode('123-456')).toBe('123456');
    expect(normalizeCode('123\u00A0456')).toBe('123456');
  });

  it('takes the digits of Arabic and Persian keyboards', () => {
    expect(normalizeCode('١٢٣٤٥٦')).toBe('123456');
    expect(normalizeCode('۰۹۸ ۷۶۵')).toBe('098765');
    expect(normalizeCode('\u200F١٢٣\u200F٤٥٦')).toBe('123456');
  });

  it('refuses anything that is not six digits', () => {
    expect(normalizeCode('')).toBeNull();
    expect(normalizeCode('12345')).toBeNull();
    expect(normalizeCode('1234567')).toBeNull();
    expect(normalizeCode('12a456')).toBeNull();
    expect(normalizeCode('１２３４５６')).toBeNull();
  });
});

describe('codeFromFragment', () => {
  it('reads the code of a QR link', () => {
    expect(codeFromFragment('#123456')).toBe('123456');
    expect(codeFromFragment('123456')).toBe('123456');
    expect(codeFromFragment('#123%20456')).toBe('123456');
  });

  it('gives nothing for an empty, broken or foreign fragment', () => {
    expect(codeFromFragment('')).toBeNull();
    expect(codeFromFragment('#')).toBeNull();
    expect(codeFromFragment('#%E0%A4%A')).toBeNull();
    expect(codeFromFragment('#token-abcdefghijklmnop')).toBeNull();
  });
});
