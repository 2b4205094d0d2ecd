import { describe, expect, it } from 'vitest';
import { auditDetail, knownAction } from './audit-view';

describe('knownAction', () => {
  it('knows the actions the server records', () => {
    expect(knownAction('mute-all')).toBe('mute-all');
    expect(knownAction('delete-message')).toBe('delete-message');
  });

  it('does not pretend to know a new one', () => {
    expect(knownAction('summon-dragons')).toBeNull();
  });
});

describe('auditDetail', () => {
  it('puts what was muted, for how long and how far into parts', () => {
    expect(auditDetail({ kind: 'audio' })).toEqual([{ kind: 'media', value: 'audio' }]);
    expect(auditDetail({ seconds: 15 })).toEqual([{ kind: 'duration', seconds: 15 }]);
    expect(auditDetail({ minutes: 5 })).toEqual([{ kind: 'duration', seconds: 300 }]);
    expect(auditDetail({ scope: 'group', inviteRevoked: true })).toEqual([
      { kind: 'scope', value: 'group' },
      { kind: 'invite-revoked' },
    ]);
  });

  it('leaves out which message was removed, and anything it does not know', () => {
    expect(auditDetail({ seq: 12 })).toEqual([]);
    expect(auditDetail({ kind: 'telepathy', inviteRevoked: false })).toEqual([]);
    expect(auditDetail(null)).toEqual([]);
  });
});
