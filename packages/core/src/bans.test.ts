import { describe, expect, it } from 'vitest';
import { banKeepingOut, keepsOut } from './bans';

const LIFTED = '2026-11-26T10:00:00.000Z';

describe('bans', () => {
  it('a session ban keeps out of its session only, never out of the group', () => {
    const ban = { sessionId: 's1', liftedAt: null };
    expect(keepsOut(ban, 's1')).toBe(true);
    expect(keepsOut(ban, 's2')).toBe(false);
    expect(keepsOut(ban, null)).toBe(false);
  });

  it('a group ban keeps out of every session and of the group itself', () => {
    const ban = { sessionId: null, liftedAt: null };
    expect(keepsOut(ban, 's1')).toBe(true);
    expect(keepsOut(ban, 's-later')).toBe(true);
    expect(keepsOut(ban, null)).toBe(true);
  });

  it('a lifted ban keeps nobody out', () => {
    expect(keepsOut({ sessionId: null, liftedAt: LIFTED }, 's1')).toBe(false);
    expect(keepsOut({ sessionId: 's1', liftedAt: LIFTED }, 's1')).toBe(false);
  });

  it('finds the ban in force among several, lifted ones aside', () => {
    const bans = [
      { id: 'old-group', sessionId: null, liftedAt: LIFTED },
      { id: 'session', sessionId: 's1', liftedAt: null },
    ];
    expect(banKeepingOut(bans, 's1')?.id).toBe('session');
    expect(banKeepingOut(bans, 's2')).toBeNull();
    expect(banKeepingOut([], 's1')).toBeNull();
  });
});
