import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration';

describe('formatDuration', () => {
  it('says whole minutes in minutes and the rest in seconds', () => {
    expect(formatDuration(15, 'en')).toBe('15 seconds');
    expect(formatDuration(60, 'en')).toBe('1 minute');
    expect(formatDuration(120, 'en')).toBe('2 minutes');
    expect(formatDuration(90, 'en')).toBe('90 seconds');
  });

  it('uses the language’s own digits and words', () => {
    const arabic = formatDuration(120, 'ar');
    expect(arabic).not.toMatch(/[0-9]|minute/);
    expect(arabic).toMatch(/[\u0600-\u06FF]/);
  });
});
