import { describe, expect, it } from 'vitest';
import {
  compactDate,
  isLocalDate,
  normalizeTime,
  splitLocal,
  wallClockAt,
  weekdayInMonth,
  weekdayOf,
} from './wall-clock';

describe('calendar dates', () => {
  it('knows real dates from malformed or impossible ones', () => {
    expect(isLocalDate('2026-03-03')).toBe(true);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('3/3/2026')).toBe(false);
    expect(isLocalDate('')).toBe(false);
  });

  it('finds the weekday and its place in the month', () => {
    expect(weekdayOf('2026-03-03')).toBe(2); // a Tuesday
    expect(weekdayInMonth('2026-03-03')).toEqual({ ordinal: 1, last: false });
    expect(weekdayInMonth('2026-03-24')).toEqual({ ordinal: 4, last: false });
    // March 2026 has five Tuesdays; the fifth is the last.
    expect(weekdayInMonth('2026-03-31')).toEqual({ ordinal: 5, last: true });
    // February 2026 has four: the fourth is also the last.
    expect(weekdayInMonth('2026-02-24')).toEqual({ ordinal: 4, last: true });
    expect(weekdayInMonth('nope')).toBeNull();
  });

  it('writes a date as an RRULE UNTIL', () => {
    expect(compactDate('2026-12-31')).toBe('20261231');
  });
});

describe('times', () => {
  it('keeps hours and minutes, dropping seconds some browsers add', () => {
    expect(normalizeTime('18:00')).toBe('18:00');
    expect(normalizeTime('07:05:00')).toBe('07:05');
    expect(normalizeTime('24:00')).toBeNull();
    expect(normalizeTime('6pm')).toBeNull();
  });

  it('splits a local date-time', () => {
    expect(splitLocal('2026-03-03T18:00')).toEqual({ date: '2026-03-03', time: '18:00' });
  });
});

describe('wallClockAt', () => {
  it('reads an instant on the clock of a zone, daylight saving included', () => {
    const winter = new Date('2026-01-15T17:00:00Z');
    const summer = new Date('2026-07-15T16:00:00Z');
    expect(wallClockAt(winter, 'Europe/Berlin')).toBe('2026-01-15T18:00');
    expect(wallClockAt(summer, 'Europe/Berlin')).toBe('2026-07-15T18:00');
    expect(wallClockAt(new Date('2026-03-03T00:30:00Z'), 'UTC')).toBe('2026-03-03T00:30');
    expect(wallClockAt(new Date('2026-03-03T00:30:00Z'), 'America/Toronto')).toBe(
      '2026-03-02T19:30',
    );
  });
});
