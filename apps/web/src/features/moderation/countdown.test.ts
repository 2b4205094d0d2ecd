import { describe, expect, it } from 'vitest';
import { formatCountdown, secondsLeft } from './countdown';

const END = '2025-01-01T10:00:15.000Z';
const at = (iso: string) => Date.parse(iso);

describe('secondsLeft', () => {
  it('counts whole seconds down to the end, rounding up', () => {
    expect(secondsLeft(END, at('2025-01-01T10:00:00.000Z'))).toBe(15);
    expect(secondsLeft(END, at('2025-01-01T10:00:00.001Z'))).toBe(15);
    expect(secondsLeft(END, at('2025-01-01T10:00:14.100Z'))).toBe(1);
    expect(secondsLeft(END, at('2025-01-01T10:00:15.000Z'))).toBe(0);
  });

  it('never goes below zero, and reads a malformed end as over', () => {
    expect(secondsLeft(END, at('2025-01-01T10:05:00.000Z'))).toBe(0);
    expect(secondsLeft('not a date', 0)).toBe(0);
  });
});

describe('formatCountdown', () => {
  it('shows minutes and two-digit seconds', () => {
    expect(formatCountdown(15)).toBe('0:15');
    expect(formatCountdown(5)).toBe('0:05');
    expect(formatCountdown(120)).toBe('2:00');
    expect(formatCountdown(905)).toBe('15:05');
  });

  it('shows nothing below zero', () => {
    expect(formatCountdown(-3)).toBe('0:00');
  });

  it('uses the language’s digits', () => {
    expect(formatCountdown(15, 'ar-EG')).toBe('٠:١٥');
  });
});
