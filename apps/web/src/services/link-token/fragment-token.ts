/** What the server puts after `#` in a one-time link: url-safe, bounded. */
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

/** `#abc…` → the token in it, or null. */
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

export interface FragmentToken {
  /** The token of the link this tab was opened with, or the one it kept from it. */
  read: () => string | null;
  /**
   * Takes the token out of the address bar, so it does not stay on screen (or in a screenshot,
   * or in the tab's history). It is kept for this tab only, until it is used: phones often
   * reload a tab that was in the background, and the person should not have to find the link
   * again.
   */
  keep: (token: string | null) => void;
  /** Once used, the link is of no more use. */
  forget: () => void;
}

/** The token of one kind of one-time link (`/join#…`, `/staff/password#…`), kept under `key`. */
export function createFragmentToken(key: string): FragmentToken {
  return {
    read() {
      const fromLink = tokenFromFragment(window.location.hash);
      if (fromLink !== null) return fromLink;
      try {
        const kept = tabStorage()?.getItem(key) ?? null;
        return kept !== null && TOKEN.test(kept) ? kept : null;
      } catch {
        return null;
      }
    },
    keep(token) {
      const { hash, pathname, search } = window.location;
      if (hash) window.history.replaceState(window.history.state, '', pathname + search);
      if (token === null) return;
      try {
        tabStorage()?.setItem(key, token);
      } catch {
        // Then only this page load has it.
      }
    },
    forget() {
      try {
        tabStorage()?.removeItem(key);
      } catch {
        // Nothing kept.
      }
    },
  };
}
