import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it('keeps staff pages behind sign-in', () => {
    expect(safeReturnPath('/staff')).toBe('/staff');
    expect(safeReturnPath('/staff/groups/g1')).toBe('/staff/groups/g1');
  });

  it('drops other places, other sites and the sign-in pages themselves', () => {
    for (const path of [
      null,
      '',
      'https://evil.example/staff',
      '//evil.example/staff',
      '/staff/sign-in',
      '/staff/password',
      '/s/abc',
      '/nowhere',
    ])
      expect(safeReturnPath(path), String(path)).toBeNull();
  });
});
