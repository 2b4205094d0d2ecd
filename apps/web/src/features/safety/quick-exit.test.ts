import { describe, expect, it } from 'vitest';
import type { Signaling } from '../../services/signaling';
import type { SessionSnapshot } from '../room/session-controller';
import { KEEP_DEVICE_KEY, chooseKeepDevice, keepsDevice } from './keep-device-choice';
import { readFileSync } from 'node:fs';
import {
  NEUTRAL_FILES,
  NEUTRAL_PAGE,
  NEUTRAL_TITLE,
  blankPage,
  forgetHaven,
  keysToForget,
  leaveAtOnce,
  quickExit,
} from './quick-exit';

/** The part of the Storage interface the code uses, in memory. */
function memoryStorage(entries: Record<string, string> = {}): Storage {
  const items = new Map<string, string>(Object.entries(entries));
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

const keysIn = (storage: Storage): string[] =>
  Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').sort();

/** What Haven leaves in a participant's browser over time. */
const SITE = {
  'haven.device': 'device-0123456789abcdef_XYZ',
  'haven.language': 'ar',
  'haven.checkins': '[]',
  'haven.staff.return': '/staff',
  debug: 'mediasoup-client:*',
};
const TAB = {
  'haven.joined.s1': 'participant',
  'haven.media.s1': '{"camera":false}',
  'haven.mood.s1.in': '1',
  'haven.arriving.s1': '1',
  'haven.invite': 'invite-token-0123456789',
};

describe('what a quick exit forgets', () => {
  it('keeps only the device key and the choice itself when the person keeps the device', () => {
    const keys = [...Object.keys(SITE), KEEP_DEVICE_KEY];
    expect(keysToForget(keys, true).sort()).toEqual(
      ['debug', 'haven.checkins', 'haven.language', 'haven.staff.return'].sort(),
    );
  });

  it('forgets every key, the device key and the choice too, when they do not', () => {
    const keys = [...Object.keys(SITE), KEEP_DEVICE_KEY];
    expect(keysToForget(keys, false).sort()).toEqual([...keys].sort());
  });

  it('keeps the device by default, before the person chose anything', () => {
    const site = memoryStorage(SITE);
    const tab = memoryStorage(TAB);
    forgetHaven(site, tab);
    expect(keysIn(site)).toEqual(['haven.device']);
    expect(site.getItem('haven.device')).toBe(SITE['haven.device']);
    expect(keysIn(tab)).toEqual([]);
  });

  it('keeps the device and the choice when the person chose to keep it', () => {
    const site = memoryStorage(SITE);
    chooseKeepDevice(site, true);
    forgetHaven(site, memoryStorage(TAB));
    expect(keysIn(site)).toEqual(['haven.device', KEEP_DEVICE_KEY].sort());
    expect(keepsDevice(site)).toBe(true);
  });

  it('leaves nothing at all when the person chose to be forgotten', () => {
    const site = memoryStorage(SITE);
    chooseKeepDevice(site, false);
    expect(keepsDevice(site)).toBe(false);
    forgetHaven(site, memoryStorage(TAB));
    expect(keysIn(site)).toEqual([]);
    // With nothing left, the next visit starts from the default again.
    expect(keepsDevice(site)).toBe(true);
  });

  it('still clears what it can when storage is missing or blocked', () => {
    const blocked: Storage = {
      ...memoryStorage(),
      get length(): number {
        throw new DOMException('blocked', 'SecurityError');
      },
      clear: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    const tab = memoryStorage(TAB);
    expect(() => forgetHaven(blocked, tab)).not.toThrow();
    expect(keysIn(tab)).toEqual([]);
    const site = memoryStorage(SITE);
    expect(() => forgetHaven(site, null)).not.toThrow();
    expect(keysIn(site)).toEqual(['haven.device']);
    expect(() => forgetHaven(null, blocked)).not.toThrow();
  });
});

describe('quick exit', () => {
  it('blanks the page, says goodbye, forgets, then replaces the page, in that order', () => {
    const steps: string[] = [];
    const site = memoryStorage(SITE);
    const tab = memoryStorage(TAB);
    quickExit({
      blank: () => steps.push('blank'),
      goodbye: () => steps.push('goodbye'),
      site: () => {
        steps.push('forget');
        return site;
      },
      tab: () => tab,
      replace: (url) => {
        steps.push(`replace ${url}`);
        expect(keysIn(site)).toEqual(['haven.device']);
        expect(keysIn(tab)).toEqual([]);
      },
    });
    expect(steps).toEqual(['blank', 'goodbye', 'forget', `replace ${NEUTRAL_PAGE}`]);
  });

  it('goes even when blanking or the goodbye throws, or there is no goodbye', () => {
    const replaced: string[] = [];
    const deps = {
      blank: () => undefined,
      site: () => null,
      tab: () => null,
      replace: (url: string) => void replaced.push(url),
    };
    quickExit({
      ...deps,
      goodbye: () => {
        throw new Error('socket gone');
      },
    });
    quickExit(deps);
    quickExit({
      ...deps,
      blank: () => {
        throw new Error('no document');
      },
    });
    expect(replaced).toEqual([NEUTRAL_PAGE, NEUTRAL_PAGE, NEUTRAL_PAGE]);
  });

  it('blanks the page at once: the neutral title, no content, no colour of Haven’s', () => {
    const removed: string[] = [];
    const doc = {
      title: 'Evening circle – Haven',
      body: { style: { display: '' } } as HTMLElement,
      querySelector: (selector: string) => ({ remove: () => void removed.push(selector) }),
    } as unknown as Document;
    blankPage(doc);
    expect(doc.title).toBe(NEUTRAL_TITLE);
    expect(doc.body.style.display).toBe('none');
    expect(removed).toEqual(['meta[name="theme-color"]']);
  });

  it('titles the blank tab as the neutral page does, and fetches ahead all it needs', () => {
    const publicFile = (path: string) =>
      readFileSync(new URL(`../../../public${path}`, import.meta.url), 'utf8');
    const page = publicFile(NEUTRAL_PAGE);
    expect(page).toContain(`<title>${NEUTRAL_TITLE}</title>`);
    expect(NEUTRAL_FILES).toContain(NEUTRAL_PAGE);
    for (const src of page.matchAll(/(?:src|href)="(\/[^"]+)"/g))
      expect(NEUTRAL_FILES).toContain(src[1]);
    for (const path of NEUTRAL_FILES) expect(() => publicFile(path)).not.toThrow();
  });

  it('is a same-origin path, so the page is our own', () => {
    expect(NEUTRAL_PAGE).toMatch(/^\/[a-z-]+\/[a-z-]+\.html$/);
  });
});

describe('leaving a session at once', () => {
  function fakeSession(live: boolean) {
    const calls: string[] = [];
    const signaling = {
      request: (event: string) => {
        calls.push(`request ${event}`);
        // An answer that never comes must not hold anything up.
        return new Promise(() => undefined);
      },
    } as unknown as Signaling;
    const controller = {
      getSnapshot: () => ({ live }) as SessionSnapshot,
      signaling: () => signaling,
      dispose: () => void calls.push('dispose controller'),
    };
    const media = { dispose: () => void calls.push('dispose media') };
    return { calls, controller, media };
  }

  it('sends session:leave without waiting, turns media off and closes the socket', () => {
    const { calls, controller, media } = fakeSession(true);
    leaveAtOnce(controller, media);
    expect(calls).toEqual(['request session:leave', 'dispose media', 'dispose controller']);
  });

  it('only closes the socket when not in the room (joining, or waiting in the lobby)', () => {
    const { calls, controller, media } = fakeSession(false);
    leaveAtOnce(controller, media);
    expect(calls).toEqual(['dispose media', 'dispose controller']);
  });

  it('closes what there is when there is no socket', () => {
    const { calls, media } = fakeSession(true);
    const controller = {
      getSnapshot: () => ({ live: false }) as SessionSnapshot,
      signaling: () => null,
      dispose: () => void calls.push('dispose controller'),
    };
    leaveAtOnce(controller, media);
    expect(calls).toEqual(['dispose media', 'dispose controller']);
  });
});
