import { SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_CLIENT, can } from '@haven/core';
import type { Router } from 'express';
import { hashPassword, prepareDecoy, verifyDecoy, verifyPassword } from '../../auth/passwords';
import { hashSecret, newSecret } from '../../auth/tokens';
import { HavenError } from '../../errors';
import type { HttpDeps } from '../deps';
import { mountRoute } from '../route';
import { KeyedLimiter } from '../throttle';
import { baseUrl, clearStaffCookie, startStaffSession, toStaffView } from './staff-session';

const STAFF_INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const PASSWORD_RESET_TTL_MS = 24 * 60 * 60 * 1000;
const WRONG_CREDENTIALS = 'Email or password is incorrect.';

export function staffRoutes(router: Router, deps: HttpDeps): void {
  prepareDecoy();
  const perAccount = new KeyedLimiter(SIGN_IN_PER_ACCOUNT, deps.clock);
  const perClient = new KeyedLimiter(SIGN_IN_PER_CLIENT, deps.clock);

  mountRoute(router, 'auth:sign-in', deps, async ({ req, res, body }) => {
    const email = body.email.trim().toLowerCase();
    // Both limits are charged on every attempt, so neither can be probed through the other.
    const accountOk = perAccount.take(email);
    const clientOk = perClient.take(req.ip ?? 'unknown');
    if (!accountOk || !clientOk)
      throw new HavenError(
        'RATE_LIMITED',
        'Too many sign-in attempts; wait a minute and try again.',
      );
    const staff = await deps.store.staff.findByEmail(email);
    // Always one argon2 verification, whatever the account: timing tells nothing.
    const valid = staff
      ? (await verifyPassword(staff.passwordHash, body.password)) && !staff.disabled
      : await verifyDecoy(body.password);
    if (!staff || !valid) throw new HavenError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    return startStaffSession(req, res, staff, deps);
  });

  mountRoute(router, 'auth:sign-out', deps, async ({ res, principal }) => {
    await deps.store.staff.deleteSession(principal.sessionHash);
    clearStaffCookie(res);
    // Open rooms go too: on a shared computer, signing out must not leave a moderator's room
    // open in another tab. Their other signed-in devices reconnect with their own cookies.
    deps.disconnect(principal.staff.id);
    return {};
  });

  mountRoute(router, 'auth:me', deps, ({ principal }) =>
    Promise.resolve({ staff: toStaffView(principal.staff), csrfToken: principal.csrfToken }),
  );

  mountRoute(router, 'staff:invite', deps, async ({ req, body, principal: { staff } }) => {
    if (!can({ id: staff.id, role: staff.role, isAdmin: staff.isAdmin }, 'staff:invite'))
      throw new HavenError('FORBIDDEN', 'Only facilitators can invite staff.');
    const token = newSecret();
    const now = deps.clock.now();
    const expiresAt = new Date(now + STAFF_INVITE_TTL_MS).toISOString();
    await deps.store.staff.createInvite({
      tokenHash: hashSecret(token),
      role: body.role,
      createdBy: staff.id,
      createdAt: new Date(now).toISOString(),
      expiresAt,
    });
    // The token rides in the fragment: browsers never send it to servers or in a Referer.
    return { link: `${baseUrl(req, deps)}/staff/join#${token}`, expiresAt };
  });

  mountRoute(router, 'staff:list', deps, async ({ principal: { staff } }) => {
    if (!can({ id: staff.id, role: staff.role, isAdmin: staff.isAdmin }, 'staff:invite'))
      throw new HavenError('FORBIDDEN', 'Only facilitators can see the staff list.');
    const all = await deps.store.staff.list();
    return { staff: all.filter((s) => !s.disabled).map(toStaffView) };
  });

  mountRoute(router, 'staff:accept-invite', deps, async ({ req, res, body }) => {
    // The token first: without a valid invite nothing is said about which emails exist.
    const tokenHash = hashSecret(body.token);
    if (!(await deps.store.staff.inviteIsOpen(tokenHash, deps.now())))
      throw new HavenError('NOT_FOUND', 'This invite link is not valid any more.');
    if (await deps.store.staff.findByEmail(body.email))
      throw new HavenError(
        'CONFLICT',
        'An account with this email already exists; sign in instead.',
      );
    const role = await deps.store.staff.useInvite(tokenHash, deps.now());
    if (!role) throw new HavenError('NOT_FOUND', 'This invite link is not valid any more.');
    const id = deps.ids.next();
    await deps.store.staff.create({
      id,
      email: body.email,
      name: body.name,
      passwordHash: await hashPassword(body.password),
      role,
      isAdmin: false,
      createdAt: deps.now(),
    });
    const staff = await deps.store.staff.findById(id);
    if (!staff) throw new Error('created staff account not found');
    return startStaffSession(req, res, staff, deps);
  });

  mountRoute(router, 'staff:reset-password', deps, async ({ req, params, principal }) => {
    const { staff } = principal;
    if (!can({ id: staff.id, role: staff.role, isAdmin: staff.isAdmin }, 'staff:reset-password'))
      throw new HavenError('FORBIDDEN', 'Only an administrator can reset passwords.');
    const target = await deps.store.staff.findById(params.staffId);
    if (!target) throw new HavenError('NOT_FOUND', 'No such staff account.');
    return createResetLink(target.id, baseUrl(req, deps), deps);
  });

  mountRoute(router, 'staff:set-password', deps, async ({ body }) => {
    const staffId = await deps.store.staff.usePasswordReset(hashSecret(body.token), deps.now());
    if (!staffId) throw new HavenError('NOT_FOUND', 'This link is not valid any more.');
    await deps.store.staff.setPasswordHash(staffId, await hashPassword(body.password));
    await deps.store.staff.deletePasswordResetsOf(staffId);
    deps.disconnect(staffId);
    // Whoever knew the old password is signed out everywhere.
    await deps.store.staff.deleteSessionsOf(staffId);
    return {};
  });
}

/** A one-time link with which a staff member sets a new password. */
export async function createResetLink(
  staffId: string,
  base: string,
  deps: Pick<HttpDeps, 'store' | 'clock'>,
): Promise<{ link: string; expiresAt: string }> {
  const token = newSecret();
  const now = deps.clock.now();
  const expiresAt = new Date(now + PASSWORD_RESET_TTL_MS).toISOString();
  await deps.store.staff.createPasswordReset({
    tokenHash: hashSecret(token),
    staffId,
    createdAt: new Date(now).toISOString(),
    expiresAt,
  });
  return { link: `${base}/staff/password#${token}`, expiresAt };
}
