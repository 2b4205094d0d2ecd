import { describe, expect, it } from 'vitest';
import { checkRecurrence, occurrencesBetween } from '@haven/core/schedule';
import { buildRecurrence, fitRepeat, repeatChoices } from './recurrence';

/** The local starts of a series the server would plan from this rule. */
function plannedStarts(firstStart: string, rule: string | null, limit = 6): string[] {
  return occurrencesBetween(
    { firstStart, timeZone: 'Europe/Berlin', rule },
    new Date('2026-01-01T00:00:00Z'),
    new Date('2028-01-01T00:00:00Z'),
    limit,
  ).map((o) => o.key);
}

describe('buildRecurrence', () => {
  it('is null for a single session', () => {
    expect(buildRecurrence('none', '2026-03-03', { kind: 'never' })).toBeNull();
  });

  it('repeats weekly and every two weeks on the first date’s weekday', () => {
    expect(buildRecurrence('weekly', '2026-03-03', { kind: 'never' })).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(buildRecurrence('biweekly', '2026-03-07', { kind: 'never' })).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA',
    );
  });

  it('repeats monthly on the same weekday of the month, the fifth as the last', () => {
    expect(buildRecurrence('monthly', '2026-03-03', { kind: 'never' })).toBe(
      'FREQ=MONTHLY;BYDAY=1TU',
    );
    expect(buildRecurrence('monthly', '2026-03-31', { kind: 'never' })).toBe(
      'FREQ=MONTHLY;BYDAY=-1TU',
    );
    expect(buildRecurrence('monthly', '2026-02-24', { kind: 'never' })).toBe(
      'FREQ=MONTHLY;BYDAY=4TU',
    );
    expect(buildRecurrence('monthly-last', '2026-02-24', { kind: 'never' })).toBe(
      'FREQ=MONTHLY;BYDAY=-1TU',
    );
  });

  it('ends after a number of sessions or on a date', () => {
    expect(buildRecurrence('weekly', '2026-03-03', { kind: 'after', count: 8 })).toBe(
      'FREQ=WEEKLY;BYDAY=TU;COUNT=8',
    );
    expect(buildRecurrence('monthly', '2026-03-03', { kind: 'on', date: '2026-12-31' })).toBe(
      'FREQ=MONTHLY;BYDAY=1TU;UNTIL=20261231',
    );
  });

  it('builds rules the server accepts as they are, which plan the sessions meant', () => {
    const cases = [
      ['weekly', '2026-03-03', { kind: 'after', count: 3 }],
      ['biweekly', '2026-03-03', { kind: 'on', date: '2026-04-14' }],
      ['monthly', '2026-03-31', { kind: 'after', count: 3 }],
      ['monthly-last', '2026-02-24', { kind: 'never' }],
    ] as const;
    for (const [repeat, date, end] of cases) {
      const rule = buildRecurrence(repeat, date, end) ?? '';
      expect(checkRecurrence(rule), rule).toEqual({ ok: true, rule });
    }
    const weekly = buildRecurrence('weekly', '2026-03-03', { kind: 'after', count: 3 });
    expect(plannedStarts('2026-03-03T18:00', weekly)).toEqual([
      '2026-03-03T18:00',
      '2026-03-10T18:00',
      '2026-03-17T18:00',
    ]);
    const fortnightly = buildRecurrence('biweekly', '2026-03-03', {
      kind: 'on',
      date: '2026-03-31',
    });
    expect(plannedStarts('2026-03-03T18:00', fortnightly)).toEqual([
      '2026-03-03T18:00',
      '2026-03-17T18:00',
      '2026-03-31T18:00',
    ]);
    const lastTuesday = buildRecurrence('monthly', '2026-03-31', { kind: 'after', count: 3 });
    expect(plannedStarts('2026-03-31T18:00', lastTuesday)).toEqual([
      '2026-03-31T18:00',
      '2026-04-28T18:00',
      '2026-05-26T18:00',
    ]);
  });
});

describe('repeatChoices', () => {
  it('offers "the last" weekday only where the date is the last of the month', () => {
    expect(repeatChoices('2026-03-03')).toEqual(['none', 'weekly', 'biweekly', 'monthly']);
    expect(repeatChoices('2026-02-24')).toEqual([
      'none',
      'weekly',
      'biweekly',
      'monthly',
      'monthly-last',
    ]);
    expect(repeatChoices('2026-03-31')).toEqual(['none', 'weekly', 'biweekly', 'monthly-last']);
  });

  it('keeps the monthly intent when the date moves to where only the other form exists', () => {
    expect(fitRepeat('monthly', '2026-03-31')).toBe('monthly-last');
    expect(fitRepeat('monthly-last', '2026-03-03')).toBe('monthly');
    expect(fitRepeat('weekly', '2026-03-31')).toBe('weekly');
  });
});
