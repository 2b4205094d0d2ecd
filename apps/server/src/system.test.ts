import { describe, expect, it } from 'vitest';
import { randomIds } from './system';

describe('random ids', () => {
  it('are 16 url-safe characters and never repeat, across refills of the pool', () => {
    const ids = Array.from({ length: 2000 }, () => randomIds.next());
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
