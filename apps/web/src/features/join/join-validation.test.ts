import { describe, expect, it } from 'vitest';
import { checkJoinForm } from './join-validation';

describe('checkJoinForm', () => {
  it('accepts a name and the agreement, normalising the name', () => {
    expect(checkJoinForm('  Amal   K ', true)).toEqual({ ok: true, displayName: 'Amal K' });
    expect(checkJoinForm('أمل', true)).toEqual({ ok: true, displayName: 'أمل' });
  });

  it('reports an empty name and a missing agreement together', () => {
    expect(checkJoinForm('   ', false)).toEqual({
      ok: false,
      name: 'nameEmpty',
      agreement: 'mustAgree',
    });
  });

  it('reports an over-long name', () => {
    expect(checkJoinForm('x'.repeat(41), true)).toEqual({
      ok: false,
      name: 'nameTooLong',
      agreement: null,
    });
  });

  it('counts an emoji as one character', () => {
    expect(checkJoinForm('🌿'.repeat(40), true).ok).toBe(true);
  });
});
