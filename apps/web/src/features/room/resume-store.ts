import { z } from 'zod';

/** What lets this tab come back as the same person after a dropped connection or a reload. */
const ResumeRecord = z.object({
  resumeToken: z.string().min(16).max(128),
  displayName: z.string().min(1),
  agreementVersion: z.number().int().positive(),
});
export type ResumeRecord = z.infer<typeof ResumeRecord>;

export interface ResumeStore {
  load(sessionId: string): ResumeRecord | null;
  save(sessionId: string, record: ResumeRecord): void;
  clear(sessionId: string): void;
}

const key = (sessionId: string): string => `haven.resume.${sessionId}`;

/** Merely reading `sessionStorage` throws when the browser blocks site storage. */
function tabStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Per tab on purpose (privacy): sessionStorage dies with the tab, and nothing identifying is
 * kept in localStorage. Storage can throw (private modes, quota); the session then simply does
 * not survive a reload.
 */
export function createTabResumeStore(storage: Storage | null = tabStorage()): ResumeStore {
  return {
    load(sessionId) {
      try {
        const raw = storage?.getItem(key(sessionId));
        if (!raw) return null;
        const parsed = ResumeRecord.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    save(sessionId, record) {
      try {
        storage?.setItem(key(sessionId), JSON.stringify(record));
      } catch {
        // Not fatal: only a reload would lose the identity.
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

export function createMemoryResumeStore(): ResumeStore {
  const records = new Map<string, ResumeRecord>();
  return {
    load: (sessionId) => records.get(sessionId) ?? null,
    save: (sessionId, record) => void records.set(sessionId, record),
    clear: (sessionId) => void records.delete(sessionId),
  };
}
