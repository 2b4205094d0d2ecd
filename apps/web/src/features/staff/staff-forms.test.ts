import { describe, expect, it } from 'vitest';
import { parseWholeNumber } from './form-check';
import { checkNewAccount, checkNewPassword, checkSignIn } from './staff-forms';

describe('checkSignIn', () => {
  it('needs both fields, and trims only the email', () => {
    expect(checkSignIn('  f@example.org ', ' secret ')).toEqual({
      ok: true,
      value: { email: 'f@example.org', password: ' secret ' },
    });
    expect(checkSignIn(' ', '')).toEqual({
      ok: false,
      errors: { email: { kind: 'required' }, password: { kind: 'required' } },
    });
  });
});

describe('checkNewPassword', () => {
  it('asks for at least 12 characters and at most 256', () => {
    expect(checkNewPassword('')).toEqual({ kind: 'required' });
    expect(checkNewPassword('x'.repeat(11))).toEqual({ kind: 'tooShort', min: 12 });
    expect(checkNewPassword('x'.repeat(12))).toBeNull();
    expect(checkNewPassword('x'.repeat(257))).toEqual({ kind: 'tooLong', max: 256 });
  });
});

describe('checkNewAccount', () => {
  it('accepts a name, an email address and a long enough password', () => {
    expect(
      checkNewAccount({
        name: ' Musa ',
        email: 'musa@example.org ',
        password: 'a long passphrase',
      }),
    ).toEqual({
      ok: true,
      value: { name: 'Musa', email: 'musa@example.org', password: 'a long passphrase' },
    });
  });

  it('says which fields are wrong', () => {
    expect(checkNewAccount({ name: '', email: 'musa', password: 'short' })).toEqual({
      ok: false,
      errors: {
        name: { kind: 'required' },
        email: { kind: 'email' },
        password: { kind: 'tooShort', min: 12 },
      },
    });
    expect(checkNewAccount({ name: 'x'.repeat(81), email: '', password: 'x'.repeat(12) })).toEqual({
      ok: false,
      errors: { name: { kind: 'tooLong', max: 80 }, email: { kind: 'required' } },
    });
  });
});

describe('parseWholeNumber', () => {
  it('reads whole numbers within bounds only', () => {
    expect(parseWholeNumber(' 12 ', 2, 50)).toEqual({ ok: true, value: 12 });
    for (const raw of ['', '1', '51', '3.5', '-4', '1e1', 'twelve'])
      expect(parseWholeNumber(raw, 2, 50), raw).toEqual({
        ok: false,
        error: { kind: 'wholeNumber', min: 2, max: 50 },
      });
  });
});
