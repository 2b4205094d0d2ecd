import { describe, expect, it } from 'vitest';
import { formatCount, formatMood, withByteOrderMark } from './figures';

describe('formatCount', () => {
  it('shows counts with the language’s grouping and "<5" as it is', () => {
    expect(formatCount(12, 'en')).toBe('12');
    expect(formatCount(0, 'en')).toBe('0');
    expect(formatCount(1200, 'en')).toBe('1,200');
    expect(formatCount('<5', 'en')).toBe('<5');
    expect(formatCount('<5', 'ar')).toBe('<5');
    expect(formatCount('withheld', 'en')).toBe('—');
  });
});

describe('formatMood', () => {
  it('shows a mean to one decimal, and nothing when it is withheld', () => {
    expect(formatMood(3.4, 'en')).toBe('3.4');
    expect(formatMood(4, 'en')).toBe('4.0');
    expect(formatMood(null, 'en')).toBeNull();
  });
});

describe('withByteOrderMark', () => {
  it('marks the file as UTF-8 once', () => {
    expect(withByteOrderMark('a,b\r\n')).toBe('\uFEFFa,b\r\n');
    expect(withByteOrderMark('\uFEFFa,b\r\n')).toBe('\uFEFFa,b\r\n');
  });
});
