import { z } from 'zod';

/** Who this tab was in a session as: staff by their cookie, a participant by the device token. */
export const JoinedAs = z.enum(['staff', 'participant']);
export type JoinedAs = z.infer<typeof JoinedAs>;

/** Remembers, per session, that this tab was in it: a reload then goes straight back in. */
export interface RejoinStore {
  load(sessionId: string): JoinedAs | null;
  save(sessionId: string, joinedAs: JoinedAs): void;
  clear(sessionId: string): void;
}

const key = (sessionId: string): string => `haven.joined.${sessionId}`;

/** Merely reading `sessionStorage` throws when the browser blocks site storage. */
function tabStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Per tab on purpose: being in a room is a state of this tab, so a second tab or tomorrow's
 * visit shows the join page. Storage can throw (private modes, quota); a reload then shows the
 * join page too.
 */
export function createTabRejoinStore(storage: Storage | null = tabStorage()): RejoinStore {
  return {
    load(sessionId) {
      try {
        const parsed = JoinedAs.safeParse(storage?.getItem(key(sessionId)));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    save(sessionId, joinedAs) {
      try {
        storage?.setItem(key(sessionId), joinedAs);
      } catch {
        // Not fatal: only a reload would show the join page again.
      }
    },
    clear(sessionId) {
      try {
        storage?.removeItem(key(sessionId));
      } catch {
        // Nothing to clear if storage is unavailable.
      }
    },
  };
}

export function createMemoryRejoinStore(): RejoinStore {
  const records = new Map<string, JoinedAs>();
  return {
    load: (sessionId) => records.get(sessionId) ?? null,
    save: (sessionId, joinedAs) => void records.set(sessionId, joinedAs),
    clear: (sessionId) => void records.delete(sessionId),
  };
}
