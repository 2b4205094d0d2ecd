import { z } from 'zod';

/**
 * What this tab chose in a session: a reload comes back with the microphone and camera as they
 * were, the same receive mode and devices. Per tab, like being in the room itself.
 */
export const MediaPreferences = z.object({
  microphone: z.boolean().optional(),
  camera: z.boolean().optional(),
  receiveMode: z.enum(['all', 'data-saver', 'audio-only']).optional(),
  microphoneId: z.string().max(512).optional(),
  cameraId: z.string().max(512).optional(),
});
export type MediaPreferences = z.infer<typeof MediaPreferences>;

export interface MediaPreferencesStore {
  load(sessionId: string): MediaPreferences;
  save(sessionId: string, preferences: MediaPreferences): void;
  clear(sessionId: string): void;
}

const key = (sessionId: string): string => `haven.media.${sessionId}`;

/** Merely reading `sessionStorage` throws when the browser blocks site storage. */
function tabStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** A missing, unreadable or tampered record means no choices yet: the group's defaults apply. */
export function parsePreferences(raw: string | null): MediaPreferences {
  if (raw === null) return {};
  try {
    const parsed = MediaPreferences.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function createTabMediaPreferences(
  storage: Storage | null = tabStorage(),
): MediaPreferencesStore {
  return {
    load(sessionId) {
      try {
        return parsePreferences(storage?.getItem(key(sessionId)) ?? null);
      } catch {
        return {};
      }
    },
    save(sessionId, preferences) {
      try {
        storage?.setItem(key(sessionId), JSON.stringify(preferences));
      } catch {
        // Not fatal: a reload then starts from the group's defaults.
      }
    },
    clear(sessionId) {
      try {
        storage?.removeItem(key(sessionId));
      } catch {
        // Nothing stored to clear.
      }
    },
  };
}

export function createMemoryMediaPreferences(): MediaPreferencesStore {
  const records = new Map<string, MediaPreferences>();
  return {
    load: (sessionId) => records.get(sessionId) ?? {},
    save: (sessionId, preferences) => void records.set(sessionId, preferences),
    clear: (sessionId) => void records.delete(sessionId),
  };
}
