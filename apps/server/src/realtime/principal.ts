import { parse as parseCookies } from 'cookie';
import type { SocketPrincipal } from '@haven/protocol';
import { hashSecret } from '../auth/tokens';
import { STAFF_COOKIE } from '../http/principal';
import type { Store } from '../store/store';

/** Who opens a connection: staff by their session cookie, a participant by their device token. */
export async function resolveSocketPrincipal(
  cookieHeader: string | undefined,
  deviceToken: string | undefined,
  store: Store,
  now: string,
): Promise<SocketPrincipal | null> {
  const cookie = parseCookies(cookieHeader ?? '')[STAFF_COOKIE];
  if (cookie) {
    const session = await store.staff.findSession(hashSecret(cookie), now);
    if (session) return { kind: 'staff', staffId: session.staff.id };
  }
  if (deviceToken) {
    const participant = await store.participants.findByDeviceToken(hashSecret(deviceToken));
    if (participant) return { kind: 'participant', participantId: participant.id };
  }
  return null;
}
