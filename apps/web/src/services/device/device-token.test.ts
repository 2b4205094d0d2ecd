import { describe, expect, it } from 'vitest';
import { createDeviceTokenStore } from './device-token';

/** The part of the Storage interface the store uses, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const TOKEN = 'device-0123456789abcdef_XYZ';

describe('device token store', () => {
  it('keeps the token across stores on the same storage, until cleared', () => {
    const storage = memoryStorage();
    createDeviceTokenStore(() => storage).save(TOKEN);
    const later = createDeviceTokenStore(() => storage);
    expect(later.load()).toBe(TOKEN);
    later.clear();
    expect(createDeviceTokenStore(() => storage).load()).toBeNull();
  });

  it('ignores something that is not a token', () => {
    const storage = memoryStorage();
    storage.setItem('haven.device', 'not a token');
    const store = createDeviceTokenStore(() => storage);
    expect(store.load()).toBeNull();
    store.save('<script>');
    expect(storage.getItem('haven.device')).toBe('not a token');
  });

  it('keeps the token for this page when storage is blocked', () => {
    const store = createDeviceTokenStore(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(store.load()).toBeNull();
    store.save(TOKEN);
    expect(store.load()).toBe(TOKEN);
  });
});
