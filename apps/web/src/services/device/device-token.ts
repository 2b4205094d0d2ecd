/**
 * The device token is this person's key: the same browser comes back as the same pseudonymous
 * participant, in every group they joined from it. It lives in localStorage so it outlives the
 * tab; nothing else about the person is kept there.
 */
// Quick exit keeps this key unless the person chose otherwise (features/safety/quick-exit.ts):
// forgetting it would also forget their place in closed groups.
export const DEVICE_TOKEN_KEY = 'haven.device';

/** What the server issues and the handshake accepts; anything else is not ours. */
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

export interface DeviceTokenStore {
  load(): string | null;
  save(token: string): void;
  clear(): void;
}

/** Merely reading `localStorage` throws when the browser blocks site storage. */
function siteStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Storage can be missing or throw (private modes, quota): the identity then lasts only for this
 * page, and the person joins again next time.
 */
export function createDeviceTokenStore(
  storage: () => Storage | null = siteStorage,
): DeviceTokenStore {
  let fallback: string | null = null;
  return {
    load() {
      try {
        const stored = storage()?.getItem(DEVICE_TOKEN_KEY) ?? null;
        if (stored !== null && TOKEN.test(stored)) return stored;
      } catch {
        // Fall through to the in-memory copy.
      }
      return fallback;
    },
    save(token) {
      if (!TOKEN.test(token)) return;
      fallback = token;
      try {
        storage()?.setItem(DEVICE_TOKEN_KEY, token);
      } catch {
        // Kept in memory for this page only.
      }
    },
    clear() {
      fallback = null;
      try {
        storage()?.removeItem(DEVICE_TOKEN_KEY);
      } catch {
        // Nothing stored to clear.
      }
    },
  };
}

/** This browser's device token. */
export const deviceTokens: DeviceTokenStore = createDeviceTokenStore();
