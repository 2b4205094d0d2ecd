import { describe, expect, it } from 'vitest';
import { createTabMediaPreferences, parsePreferences } from './media-preferences';

/** The part of Storage the store uses, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  } as Storage;
}

describe('media preferences', () => {
  it('remembers the choices per session', () => {
    const store = createTabMediaPreferences(memoryStorage());
    store.save('s1', { microphone: true, camera: false, receiveMode: 'data-saver' });
    expect(store.load('s1')).toEqual({
      microphone: true,
      camera: false,
      receiveMode: 'data-saver',
    });
    expect(store.load('s2')).toEqual({});
    store.clear('s1');
    expect(store.load('s1')).toEqual({});
  });

  it('treats an unreadable or foreign record as no choice', () => {
    expect(parsePreferences(null)).toEqual({});
    expect(parsePreferences('{not json')).toEqual({});
    expect(parsePreferences('{"microphone":"yes"}')).toEqual({});
    expect(parsePreferences('{"receiveMode":"everything"}')).toEqual({});
  });

  it('works without storage (blocked site data)', () => {
    const store = createTabMediaPreferences(null);
    store.save('s1', { camera: true });
    expect(store.load('s1')).toEqual({});
  });

  it('survives a storage that throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    const store = createTabMediaPreferences(throwing);
    expect(() => store.save('s1', { camera: true })).not.toThrow();
    expect(store.load('s1')).toEqual({});
    expect(() => store.clear('s1')).not.toThrow();
  });
});
