/** What the server puts after `/join#`: url-safe, bounded. */
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;
const KEY = 'haven.invite';

/** `#abc…` → the invite token in it, or null. */
export function tokenFromFragment(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    const token = decodeURIComponent(raw);
    return TOKEN.test(token) ? token : null;
  } catch {
    return null;
  }
}

function tabStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** The token of the link this tab was opened with, or the one it kept from it. */
export function readInviteToken(): string | null {
  const fromLink = tokenFromFragment(window.location.hash);
  if (fromLink !== null) return fromLink;
  try {
    const kept = tabStorage()?.getItem(KEY) ?? null;
    return kept !== null && TOKEN.test(kept) ? kept : null;
  } catch {
    return null;
  }
}

/**
 * Takes the invite token out of the address bar, so it does not stay on screen (or in a
 * screenshot, or in the tab's history). It is kept for this tab only, until the invite is used:
 * phones often reload a tab that was in the background, and the person should not have to find
 * the link again.
 */
export function keepInviteToken(token: string | null): void {
  const { hash, pathname, search } = window.location;
  if (hash) window.history.replaceState(window.history.state, '', pathname + search);
  if (token === null) return;
  try {
    tabStorage()?.setItem(KEY, token);
  } catch {
    // Then only this page load has it.
  }
}

/** Once the invite is used, the device token is the person's key; the link is not needed. */
export function forgetInviteToken(): void {
  try {
    tabStorage()?.removeItem(KEY);
  } catch {
    // Nothing kept.
  }
}
