import { describe, expect, it } from 'vitest';
import type { Report } from '@haven/protocol';
import { forModerators, mergeReports, openReports } from './reports';

const report = (id: string, minute: number, outcome: 'warned' | null = null): Report => ({
  id,
  sessionId: 's1',
  reporter: { id: 'p-amal', name: 'Amal' },
  subject: { id: 'p-bohdan', name: 'Bohdan' },
  seq: 3,
  messageText: 'you idiots',
  reason: 'It hurt.',
  createdAt: `2026-11-26T10:${String(minute).padStart(2, '0')}:00.000Z`,
  resolution: outcome
    ? { outcome, by: { id: 'm1', name: 'Farah' }, at: '2026-11-26T11:00:00.000Z' }
    : null,
});
const ids = (list: readonly Report[]) => list.map((r) => r.id);

describe('reports on a moderator’s page', () => {
  it('keeps one entry per report, oldest first', () => {
    const shown = mergeReports([report('b', 5)], [report('a', 1), report('b', 5)]);
    expect(ids(shown)).toEqual(['a', 'b']);
    expect(mergeReports(shown, [report('a', 1)])).toBe(shown);
  });

  it('keeps a resolved report resolved, even against an older copy', () => {
    const shown = mergeReports([report('a', 1)], [report('a', 1, 'warned')]);
    expect(shown[0]?.resolution?.outcome).toBe('warned');
    expect(mergeReports(shown, [report('a', 1)])).toBe(shown);
    expect(openReports(shown)).toBe(0);
  });

  it('lists open reports first', () => {
    expect(ids(forModerators([report('a', 1, 'warned'), report('b', 2)]))).toEqual(['b', 'a']);
    expect(openReports([report('a', 1, 'warned'), report('b', 2)])).toBe(1);
  });
});
