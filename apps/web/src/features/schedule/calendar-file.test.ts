import { describe, expect, it } from 'vitest';
import { icsFilename } from './calendar-file';

describe('icsFilename', () => {
  it('keeps a plain name and makes sure it ends in .ics', () => {
    expect(icsFilename('tuesday-circle.ics', 'Tuesday circle')).toBe('tuesday-circle.ics');
    expect(icsFilename('tuesday-circle.ICS', 'x')).toBe('tuesday-circle.ics');
    expect(icsFilename('tuesday-circle', 'x')).toBe('tuesday-circle.ics');
  });

  it('drops folders, control characters and characters file systems refuse', () => {
    expect(icsFilename('../../etc/passwd', 'x')).toBe('passwd.ics');
    expect(icsFilename('C:\\Users\\a\\b?.ics', 'x')).toBe('b.ics');
    expect(icsFilename('a\u0000b\nc:d.ics', 'x')).toBe('abcd.ics');
    expect(icsFilename('...hidden.ics', 'x')).toBe('hidden.ics');
  });

  it('falls back to the title, then to a name of its own', () => {
    expect(icsFilename('', 'حلقة الثلاثاء')).toBe('حلقة الثلاثاء.ics');
    expect(icsFilename('.ics', '')).toBe('haven-session.ics');
  });

  it('keeps names short', () => {
    expect(icsFilename('x'.repeat(300), '')).toBe(`${'x'.repeat(80)}.ics`);
  });
});
