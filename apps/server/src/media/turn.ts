import { createHmac, randomBytes } from 'node:crypto';
import type { IceServer } from '@haven/protocol';

/** TURN credentials live this long; a session that outlasts them keeps its allocation. */
export const TURN_CREDENTIAL_TTL_S = 12 * 60 * 60;

/**
 * Short-lived TURN credentials in coturn's "REST API" scheme (use-auth-secret): the username
 * carries its expiry, the password is an HMAC of it, so no per-user state is shared with the
 * relay. The name part is random: the relay's logs never learn who someone is.
 */
export function turnServers(
  turn: { urls: string[]; secret: string } | null,
  nowMs: number,
): IceServer[] {
  if (!turn) return [];
  const expiry = Math.floor(nowMs / 1000) + TURN_CREDENTIAL_TTL_S;
  const username = `${expiry}:${randomBytes(6).toString('hex')}`;
  const credential = createHmac('sha1', turn.secret).update(username).digest('base64');
  return [{ urls: turn.urls, username, credential }];
}
