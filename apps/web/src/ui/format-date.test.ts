import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date';

describe('formatDate', () => {
  it('shows the day, and the time when asked', () => {
    const day = formatDate('2026-03-02T10:00:00.000Z', 'en');
    expect(day).toMatch(/2026/);
    expect(formatDate('2026-03-02T10:00:00.000Z', 'en', true).length).toBeGreaterThan(day.length);
  });

  it('is empty for something that is not an instant', () => {
    expect(formatDate('not a date', 'en')).toBe('');
  });
});
