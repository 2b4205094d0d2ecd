import { describe, expect, it } from 'vitest';
import type { SupportAlert } from '@haven/protocol';
import { mergeAlerts, newCalls, unanswered } from './support-alerts';

const call = (id: string, minute: number, by: string | null = null): SupportAlert => ({
  id,
  participantId: `p-${id}`,
  displayName: `Person ${id}`,
  reason: 'asked',
  seq: null,
  raisedAt: `2026-11-26T10:${String(minute).padStart(2, '0')}:00.000Z`,
  acknowledged: by ? { by, name: 'Mo', at: '2026-11-26T11:00:00.000Z' } : null,
});
const ids = (list: readonly SupportAlert[]) => list.map((a) => a.id);

describe('calls for support on a moderator’s page', () => {
  it('keeps one entry per call, oldest first', () => {
    const shown = mergeAlerts([], [call('b', 5), call('a', 1)]);
    expect(ids(shown)).toEqual(['a', 'b']);
    expect(mergeAlerts(shown, [call('a', 1)])).toBe(shown);
    expect(ids(mergeAlerts(shown, [call('c', 3)]))).toEqual(['a', 'c', 'b']);
  });

  it('shows who took a call on, and never makes it unanswered again', () => {
    const taken = mergeAlerts([call('a', 1)], [call('a', 1, 'm1')]);
    expect(taken[0]!.acknowledged?.by).toBe('m1');
    expect(mergeAlerts(taken, [call('a', 1)])).toBe(taken);
    expect(mergeAlerts(taken, [call('a', 1, 'm1')])).toBe(taken);
  });

  it('counts the unanswered and finds the new ones', () => {
    const shown = [call('a', 1), call('b', 2, 'm1')];
    expect(unanswered(shown)).toBe(1);
    expect(ids(newCalls(shown, [call('a', 1), call('c', 3), call('d', 4, 'm1')]))).toEqual(['c']);
  });
});
