import { describe, expect, it } from 'vitest';
import { checkRecurrence, occurrencesBetween, type SeriesTiming } from './recurrence';
import { instantToLocal, isTimeZone, localToInstant } from './local-time';

const iso = (d: Date) => d.toISOString().slice(0, 16);
const YEAR_FROM = new Date('2026-01-01T00:00:00Z');
const YEAR_TO = new Date('2027-01-01T00:00:00Z');

describe('recurrence rules', () => {
  it('accepts daily, weekly and monthly rules and stores them in one normal form', () => {
    expect(checkRecurrence('freq=weekly;byday=tu')).toEqual({
      ok: true,
      rule: 'FREQ=WEEKLY;BYDAY=TU',
    });
    expect(checkRecurrence('RRULE:UNTIL=20261231;FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH')).toEqual({
      ok: true,
      rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20261231',
    });
    expect(checkRecurrence('FREQ=MONTHLY;BYDAY=-1FR;COUNT=6').ok).toBe(true);
    expect(checkRecurrence('FREQ=MONTHLY;BYMONTHDAY=15').ok).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['FREQ=HOURLY', 'finer than a day'],
    ['FREQ=WEEKLY;BYHOUR=9,18', 'two a day'],
    ['FREQ=WEEKLY;COUNT=3;UNTIL=20261231', 'count and until'],
    ['FREQ=WEEKLY;BYDAY=XX', 'not a weekday'],
    ['FREQ=WEEKLY;BYDAY=1TU', 'numbered weekday outside monthly'],
    ['FREQ=WEEKLY;INTERVAL=0', 'interval 0'],
    ['FREQ=WEEKLY;COUNT=100000', 'too many'],
    ['FREQ=WEEKLY;FREQ=DAILY', 'a key twice'],
    ['FREQ=DAILY;BYMONTHDAY=3', 'month day outside monthly'],
    ['FREQ=WEEKLY;UNTIL=tomorrow', 'until not a date'],
    ['FREQ', 'no value'],
  ])('refuses %j (%s) with a reason', (rule) => {
    const check = checkRecurrence(rule);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.reason).not.toBe('');
  });
});

describe('time zones', () => {
  it('knows IANA zones and refuses made-up ones', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('America/Toronto')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('moves a time skipped by the spring change forward, and takes the second of a repeated one', () => {
    // Berlin, 29 March 2026: 02:00 → 03:00. 02:30 does not exist; it is 03:30 CEST.
    expect(localToInstant('2026-03-29T02:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    // 25 October 2026: 02:30 happens twice; Haven takes the second, in CET (+1).
    expect(localToInstant('2026-10-25T02:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T01:30:00.000Z',
    );
    expect(instantToLocal(new Date('2026-07-01T16:00:00Z'), 'Europe/Berlin')).toBe(
      '2026-07-01T18:00',
    );
  });
});

describe('occurrences', () => {
  const weekly = (zone: string, firstStart: string): SeriesTiming => ({
    firstStart,
    timeZone: zone,
    rule: 'FREQ=WEEKLY;BYDAY=TU',
  });

  it('keeps Tuesday 18:00 in Berlin across both daylight-saving changes', () => {
    const spring = occurrencesBetween(
      weekly('Europe/Berlin', '2026-03-17T18:00'),
      new Date('2026-03-20T00:00Z'),
      new Date('2026-04-05T00:00Z'),
    );
    // CET (+1) before 29 March, CEST (+2) after.
    expect(spring.map((o) => iso(o.startsAt))).toEqual(['2026-03-24T17:00', '2026-03-31T16:00']);
    expect(spring.map((o) => o.key)).toEqual(['2026-03-24T18:00', '2026-03-31T18:00']);

    const autumn = occurrencesBetween(
      weekly('Europe/Berlin', '2026-03-17T18:00'),
      new Date('2026-10-18T00:00Z'),
      new Date('2026-11-01T00:00Z'),
    );
    expect(autumn.map((o) => iso(o.startsAt))).toEqual(['2026-10-20T16:00', '2026-10-27T17:00']);
  });

  it('keeps Tuesday 18:00 in Toronto across its own, different, change dates', () => {
    const timing = weekly('America/Toronto', '2026-02-24T18:00');
    // 8 March 2026: EST (−5) → EDT (−4). 1 November 2026: back.
    expect(
      occurrencesBetween(timing, new Date('2026-03-01T00:00Z'), new Date('2026-03-12T00:00Z')).map(
        (o) => iso(o.startsAt),
      ),
    ).toEqual(['2026-03-03T23:00', '2026-03-10T22:00']);
    expect(
      occurrencesBetween(timing, new Date('2026-10-25T00:00Z'), new Date('2026-11-05T00:00Z')).map(
        (o) => iso(o.startsAt),
      ),
    ).toEqual(['2026-10-27T22:00', '2026-11-03T23:00']);
    // In the weeks when Berlin has changed and Toronto not yet (or the other way), the gap
    // between the two groups' sessions is 5 hours instead of 6: each follows its own clock.
  });

  it('stops at UNTIL (a local date, inclusive) and after COUNT', () => {
    const until = occurrencesBetween(
      {
        firstStart: '2026-06-02T18:00',
        timeZone: 'Europe/Berlin',
        rule: 'FREQ=WEEKLY;UNTIL=20260616',
      },
      YEAR_FROM,
      YEAR_TO,
    );
    expect(until.map((o) => o.key)).toEqual([
      '2026-06-02T18:00',
      '2026-06-09T18:00',
      '2026-06-16T18:00',
    ]);
    const count = occurrencesBetween(
      { firstStart: '2026-06-02T18:00', timeZone: 'Europe/Berlin', rule: 'FREQ=DAILY;COUNT=2' },
      YEAR_FROM,
      YEAR_TO,
    );
    expect(count.map((o) => o.key)).toEqual(['2026-06-02T18:00', '2026-06-03T18:00']);
  });

  it('reads an UNTIL in UTC as an instant, not as wall-clock time', () => {
    // 17:00Z on 16 June is 19:00 in Berlin: the 18:00 session that day is still in.
    const found = occurrencesBetween(
      {
        firstStart: '2026-06-02T18:00',
        timeZone: 'Europe/Berlin',
        rule: 'FREQ=WEEKLY;UNTIL=20260616T170000Z',
      },
      YEAR_FROM,
      YEAR_TO,
    );
    expect(found.map((o) => o.key)).toEqual([
      '2026-06-02T18:00',
      '2026-06-09T18:00',
      '2026-06-16T18:00',
    ]);
  });

  it('finds the last Friday of each month, and a single session once', () => {
    const lastFriday = occurrencesBetween(
      { firstStart: '2026-01-30T10:00', timeZone: 'Asia/Tehran', rule: 'FREQ=MONTHLY;BYDAY=-1FR' },
      YEAR_FROM,
      new Date('2026-04-01T00:00Z'),
    );
    expect(lastFriday.map((o) => o.key)).toEqual([
      '2026-01-30T10:00',
      '2026-02-27T10:00',
      '2026-03-27T10:00',
    ]);
    const once = { firstStart: '2026-05-05T18:00', timeZone: 'Europe/Kyiv', rule: null };
    expect(occurrencesBetween(once, YEAR_FROM, YEAR_TO).map((o) => iso(o.startsAt))).toEqual([
      '2026-05-05T15:00',
    ]);
    expect(occurrencesBetween(once, new Date('2026-06-01T00:00Z'), YEAR_TO)).toEqual([]);
  });

  it('lists only what starts within the window, up to the limit', () => {
    const daily = { firstStart: '2026-01-01T09:00', timeZone: 'UTC', rule: 'FREQ=DAILY' };
    const window = occurrencesBetween(
      daily,
      new Date('2026-01-10T09:00Z'),
      new Date('2026-01-12T09:00Z'),
    );
    expect(window.map((o) => o.key)).toEqual(['2026-01-10T09:00', '2026-01-11T09:00']);
    expect(occurrencesBetween(daily, YEAR_FROM, YEAR_TO, 5)).toHaveLength(5);
  });
});
