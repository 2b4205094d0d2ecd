import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TURN_CREDENTIAL_TTL_S, turnServers } from './turn';

describe('TURN credentials', () => {
  const turn = { urls: ['turn:turn.example.org:3478'], secret: 'a-long-shared-secret-for-coturn' };

  it('are none without a relay', () => {
    expect(turnServers(null, 0)).toEqual([]);
  });

  it("follow coturn's use-auth-secret scheme and expire", () => {
    const now = Date.UTC(2026, 10, 26, 12);
    const [server] = turnServers(turn, now);
    const [expiry, name] = (server?.username ?? '').split(':');
    expect(Number(expiry)).toBe(now / 1000 + TURN_CREDENTIAL_TTL_S);
    // The name part says nothing about the person: it is random each time.
    expect(name).toMatch(/^[0-9a-f]{12}$/);
    expect(turnServers(turn, now)[0]?.username).not.toBe(server?.username);
    expect(server?.credential).toBe(
      createHmac('sha1', turn.secret)
        .update(server?.username ?? '')
        .digest('base64'),
    );
    expect(server?.urls).toEqual(turn.urls);
  });
});
