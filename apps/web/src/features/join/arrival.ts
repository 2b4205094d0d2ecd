/**
 * A one-time note, per session, that this tab arrives from the invite page, where the person
 * has just chosen their name and accepted the agreement: the session page then lets them in
 * without asking the same thing again.
 */
const key = (sessionId: string): string => `haven.arriving.${sessionId}`;

function tabStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

export function noteArrivalFromInvite(sessionId: string): void {
  try {
    tabStorage()?.setItem(key(sessionId), '1');
  } catch {
    // Then the session page asks them to press Join session; nothing is lost.
  }
}

/** Reads the note without spending it (render may run twice); `forgetArrival` spends it. */
export function arrivedFromInvite(sessionId: string): boolean {
  try {
    return tabStorage()?.getItem(key(sessionId)) === '1';
  } catch {
    return false;
  }
}

export function forgetArrival(sessionId: string): void {
  try {
    tabStorage()?.removeItem(key(sessionId));
  } catch {
    // Nothing kept.
  }
}
