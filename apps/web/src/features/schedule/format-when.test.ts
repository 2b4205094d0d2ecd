import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatDay,
  formatMoment,
  formatSessionWhen,
  formatTimeRange,
  knownZone,
  zoneLabel,
} from './format-when';

const START = '2026-03-03T17:00:00.000Z';
const END = '2026-03-03T18:30:00.000Z';

describe('session times', () => {
  it('writes the day and times on the clock of the zone asked for', () => {
    const berlin = formatSessionWhen(START, END, 'en', 'Europe/Berlin');
    expect(berlin).toContain('2026');
    expect(berlin).toMatch(/6:00/);
    expect(berlin).toMatch(/7:30/);
    expect(formatSessionWhen(START, END, 'en', 'America/Toronto')).toMatch(/12:00/);
  });

  it('writes the times alone, and single moments', () => {
    expect(formatTimeRange(START, END, 'en', 'UTC')).toMatch(/5:00.*6:30/);
    expect(formatClock('2026-03-03T16:45:00Z', 'en', 'Europe/Berlin')).toMatch(/5:45/);
    expect(formatMoment(START, 'en', 'UTC')).toMatch(/Mar 3, 2026.*5:00/);
  });

  it('writes the day of the reader’s clock, in their language', () => {
    expect(formatDay('2026-03-03T23:30:00Z', 'en', 'UTC')).toBe('Tuesday, March 3');
    expect(formatDay('2026-03-03T23:30:00Z', 'en', 'Asia/Kabul')).toBe('Wednesday, March 4');
    expect(formatDay(START, 'en', 'UTC', true)).toBe('Tuesday, March 3, 2026');
    expect(formatDay(START, 'ar', 'UTC')).toContain('الثلاثاء');
  });

  it('is empty for something that is not an instant', () => {
    expect(formatSessionWhen('nope', END, 'en')).toBe('');
    expect(formatClock('nope', 'en')).toBe('');
  });

  it('falls back to the device clock for a zone this browser does not know', () => {
    expect(knownZone('Mars/Olympus_Mons')).toBeUndefined();
    expect(knownZone('Asia/Kabul')).toBe('Asia/Kabul');
    expect(formatMoment(START, 'en', 'Mars/Olympus_Mons')).toMatch(/2026/);
  });

  it('shows zones with spaces', () => {
    expect(zoneLabel('America/New_York')).toBe('America/New York');
  });
});
