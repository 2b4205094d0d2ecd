import { describe, expect, it } from 'vitest';
import { formatDataAmount } from './format-data';

describe('formatDataAmount', () => {
  it('shows megabytes with one decimal below ten', () => {
    expect(formatDataAmount(1_200_000, 'en')).toBe('1.2 MB');
    expect(formatDataAmount(1_000_000, 'en')).toBe('1 MB');
  });

  it('rounds larger amounts to whole megabytes', () => {
    expect(formatDataAmount(23_456_000, 'en')).toBe('23 MB');
  });

  it('shows kilobytes below a megabyte, never zero', () => {
    expect(formatDataAmount(350_400, 'en')).toBe('350 kB');
    expect(formatDataAmount(120, 'en')).toBe('1 kB');
  });

  it('speaks the page language', () => {
    expect(formatDataAmount(1_200_000, 'ar')).not.toBe('1.2 MB');
    expect(formatDataAmount(350_000, 'ar')).toMatch(/كيلوبايت/);
  });
});
