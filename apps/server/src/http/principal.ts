import type { Request } from 'express';
import { parse as parseCookies } from 'cookie';
import { hashSecret } from '../auth/tokens';
import type { StaffRecord } from '../store/staff-repo';
import type { Store } from '../store/store';

export const STAFF_COOKIE = 'haven_staff';

/** Who is calling, from the cookie or the device token — never from the body. */
export type HttpPrincipal =
  | { kind: 'anonymous' }
  | { kind: 'staff'; staff: StaffRecord; csrfToken: string; sessionHash: string }
  | { kind: 'participant'; participantId: string };

export async function resolvePrincipal(
  req: Request,
  store: Store,
  now: string,
): Promise<HttpPrincipal> {
  const cookie = parseCookies(req.headers.cookie ?? '')[STAFF_COOKIE];
  if (cookie) {
    const sessionHash = hashSecret(cookie);
    const session = await store.staff.findSession(sessionHash, now);
    if (session) return { kind: 'staff', ...session, sessionHash };
  }
  const bearer = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(req.headers.authorization ?? '');
  if (bearer?.[1]) {
    const participant = await store.participants.findByDeviceToken(hashSecret(bearer[1]));
    if (participant) return { kind: 'participant', participantId: participant.id };
  }
  return { kind: 'anonymous' };
}
