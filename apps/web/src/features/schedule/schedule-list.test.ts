import { describe, expect, it } from 'vitest';
import type { ScheduledSession } from '@haven/protocol';
import { comingSessions, seriesToStop } from './schedule-list';

const session = (
  id: string,
  startsAt: string,
  change: Partial<ScheduledSession> = {},
): ScheduledSession => ({
  id,
  groupId: 'g1',
  groupName: 'Newcomers',
  title: 'Tuesday circle',
  seriesId: 'series1',
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + 90 * 60_000).toISOString(),
  timeZone: 'Europe/Berlin',
  localStart: '2026-03-03T18:00',
  format: 'online',
  venue: null,
  capacity: 12,
  opensBeforeMin: 15,
  cancelled: false,
  moved: false,
  moderatorIds: [],
  seats: { going: 0, waitlisted: 0 },
  ...change,
});

const NOW = Date.parse('2026-03-03T18:00:00Z');

describe('comingSessions', () => {
  it('keeps what is not over, the one under way included, soonest first', () => {
    const list = [
      session('later', '2026-03-10T17:00:00Z'),
      session('past', '2026-02-24T17:00:00Z'),
      session('now', '2026-03-03T17:00:00Z'),
    ];
    expect(comingSessions(list, NOW).map((s) => s.id)).toEqual(['now', 'later']);
  });
});

describe('seriesToStop', () => {
  it('names each series once, by its next session that still takes place', () => {
    const coming = [
      session('a', '2026-03-10T17:00:00Z', { cancelled: true }),
      session('b', '2026-03-12T17:00:00Z', { seriesId: null, title: 'One-off' }),
      session('c', '2026-03-17T17:00:00Z'),
      session('d', '2026-03-24T17:00:00Z'),
      session('e', '2026-03-20T17:00:00Z', { seriesId: 'stopped', cancelled: true }),
    ];
    expect(seriesToStop(coming).map((s) => [s.seriesId, s.next.id])).toEqual([['series1', 'c']]);
  });
});
