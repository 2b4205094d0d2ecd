import { parseRoute } from '../../app/routes';

const KEY = 'haven.staff.return';

/** Only a staff page behind sign-in is a place to come back to; anything else is dropped. */
export function safeReturnPath(path: string | null): string | null {
  if (path === null || !path.startsWith('/')) return null;
  const route = parseRoute(path);
  return route.name === 'staff-home' || route.name === 'staff-group' ? path : null;
}

function tabStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The page someone was on when their session ended, so that signing in again leads back to it.
 * Kept for the tab, not in the address: the sign-in page stays at `/staff/sign-in`.
 */
export function rememberReturnPath(path: string): void {
  const safe = safeReturnPath(path);
  try {
    if (safe) tabStorage()?.setItem(KEY, safe);
  } catch {
    // Then sign-in leads to the staff start page.
  }
}

/** Where to go after signing in (once: the path is forgotten as it is read). */
export function takeReturnPath(fallback: string): string {
  try {
    const kept = tabStorage()?.getItem(KEY) ?? null;
    tabStorage()?.removeItem(KEY);
    return safeReturnPath(kept) ?? fallback;
  } catch {
    return fallback;
  }
}
