import type { Request, Response } from 'express';
import type { SignedIn } from '@haven/protocol';
import { hashSecret, newSecret } from '../../auth/tokens';
import type { StaffRecord } from '../../store/staff-repo';
import type { HttpDeps } from '../deps';
import { STAFF_COOKIE } from '../principal';

/** A staff sign-in lasts a working day; then the person signs in again. */
export const STAFF_SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export const toStaffView = (s: StaffRecord): SignedIn['staff'] => ({
  id: s.id,
  email: s.email,
  name: s.name,
  role: s.role,
  isAdmin: s.isAdmin,
});

/** Starts a session: the cookie holds the secret, the store its hash and the CSRF token. */
export async function startStaffSession(
  req: Request,
  res: Response,
  staff: StaffRecord,
  deps: HttpDeps,
): Promise<SignedIn> {
  const secret = newSecret();
  const csrfToken = newSecret();
  const now = deps.clock.now();
  await deps.store.staff.createSession({
    tokenHash: hashSecret(secret),
    staffId: staff.id,
    csrfToken,
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + STAFF_SESSION_TTL_MS).toISOString(),
  });
  res.cookie(STAFF_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'lax',
    // Browsers send Secure cookies only over HTTPS, which localhost development lacks.
    secure: !LOOPBACK.has(req.hostname),
    path: '/',
    maxAge: STAFF_SESSION_TTL_MS,
  });
  return { staff: toStaffView(staff), csrfToken };
}

export function clearStaffCookie(res: Response): void {
  res.clearCookie(STAFF_COOKIE, { path: '/' });
}

/** Where links Haven hands out point: PUBLIC_URL, or the address this request came to. */
export const baseUrl = (req: Request, deps: HttpDeps): string =>
  deps.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
