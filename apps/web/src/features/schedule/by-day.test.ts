import { describe, expect, it } from 'vitest';
import { groupByDay, sameWallClock } from './by-day';

const at = (id: string, startsAt: string) => ({ id, startsAt });

describe('groupByDay', () => {
  it('puts sessions under the day they start on the reader’s clock, in order', () => {
    const sessions = [
      at('late', '2026-03-03T22:30:00Z'),
      at('next', '2026-03-04T17:00:00Z'),
      at('early', '2026-03-03T08:00:00Z'),
    ];
    expect(groupByDay(sessions, 'UTC').map((d) => [d.day, d.items.map((s) => s.id)])).toEqual([
      ['2026-03-03', ['early', 'late']],
      ['2026-03-04', ['next']],
    ]);
    // In Kabul (UTC+4:30) the late one is already the next day.
    expect(
      groupByDay(sessions, 'Asia/Kabul').map((d) => [d.day, d.items.map((s) => s.id)]),
    ).toEqual([
      ['2026-03-03', ['early']],
      ['2026-03-04', ['late', 'next']],
    ]);
  });

  it('keeps the first start of each day for its heading', () => {
    const [day] = groupByDay(
      [at('a', '2026-03-03T18:00:00Z'), at('b', '2026-03-03T08:00:00Z')],
      'UTC',
    );
    expect(day?.firstStart).toBe('2026-03-03T08:00:00Z');
  });

  it('is empty for no sessions', () => {
    expect(groupByDay([], 'UTC')).toEqual([]);
  });
});

describe('sameWallClock', () => {
  it('tells zones that show the same time apart from those that do not', () => {
    const times = ['2026-03-03T17:00:00Z', '2026-07-03T17:00:00Z'];
    expect(sameWallClock(times, 'Europe/Berlin', 'Europe/Paris')).toBe(true);
    expect(sameWallClock(times, 'Europe/Berlin', 'Europe/Kyiv')).toBe(false);
    // Same offset in winter only: Berlin keeps summer time, Algiers does not.
    expect(sameWallClock(['2026-01-10T12:00:00Z'], 'Europe/Berlin', 'Africa/Algiers')).toBe(true);
    expect(sameWallClock(times, 'Europe/Berlin', 'Africa/Algiers')).toBe(false);
  });
});
