import { describe, expect, it } from 'vitest';
import { retentionCutoff } from './retention';

describe('retention', () => {
  it('keeps exactly the retention period, counted back from now', () => {
    const now = Date.parse('2026-12-01T12:00:00.000Z');
    expect(retentionCutoff(now, 90)).toBe('2026-09-02T12:00:00.000Z');
    expect(retentionCutoff(now, 1)).toBe('2026-11-30T12:00:00.000Z');
  });
});
