import { describe, expect, it } from 'vitest';
import { browserTimeZone, timeZoneChoices, timeZoneOption } from './time-zones';

describe('timeZoneChoices', () => {
  it('offers the known zones with UTC and keeps the saved one', () => {
    expect(timeZoneChoices('Asia/Kabul', ['Europe/Berlin', 'Asia/Kabul'])).toEqual([
      'Asia/Kabul',
      'Europe/Berlin',
      'UTC',
    ]);
    expect(timeZoneChoices('Old/Zone', ['Europe/Berlin'])).toEqual([
      'Europe/Berlin',
      'Old/Zone',
      'UTC',
    ]);
  });

  it('lists what this runtime knows', () => {
    const zones = timeZoneChoices('UTC');
    expect(zones).toContain('Europe/Berlin');
    expect(zones).toContain('UTC');
  });
});

describe('timeZoneOption', () => {
  it('shows the zone with its offset at that moment', () => {
    const winter = new Date('2026-01-15T12:00:00Z');
    const summer = new Date('2026-07-15T12:00:00Z');
    expect(timeZoneOption('Europe/Berlin', 'en', winter)).toBe('Europe/Berlin (GMT+01:00)');
    expect(timeZoneOption('Europe/Berlin', 'en', summer)).toBe('Europe/Berlin (GMT+02:00)');
    expect(timeZoneOption('America/New_York', 'en', winter)).toBe('America/New York (GMT-05:00)');
  });

  it('shows a zone it cannot read by its name alone', () => {
    expect(timeZoneOption('Old/Zone', 'en', new Date())).toBe('Old/Zone');
  });
});

describe('browserTimeZone', () => {
  it('is a zone name', () => {
    expect(browserTimeZone()).toMatch(/\w/);
  });
});
