import { DEVICE_TOKEN_KEY } from '../../services/device';
import { LEAVE_TIMEOUT_MS, type SessionController } from '../room/session-controller';
import { KEEP_DEVICE_KEY, keepsDevice } from './keep-device-choice';

/**
 * Where a quick exit goes: an everyday recipe page of our own (public/recipes). Our own, so that
 * no other site learns of the exit; with no name, logo or script of Haven's, and nothing fetched
 * but its one small script. That script adds one more history entry with the same address, so
 * that "back", pressed by whoever picks the phone up, stays on the recipe. Chrome's back button
 * may skip an entry that added another before any tap on the page; it then goes to what was open
 * before Haven, never into it, because a participant's pages replace one another in the history
 * (see `navigate`). The script is a file because the server's Content-Security-Policy allows no
 * inline script; neither file explains itself in a comment, as anyone may read a page's source.
 */
export const NEUTRAL_PAGE = '/recipes/lentil-soup.html';
/** The neutral page's own <title>, shown in the tab from the moment of the exit. */
export const NEUTRAL_TITLE = 'Red lentil soup – Kitchen notes';
/** Fetched ahead (see `prefetchNeutralPage`) so that the exit works without the network. */
export const NEUTRAL_FILES = [NEUTRAL_PAGE, '/recipes/lentil-soup.js'] as const;

/**
 * Every key in this origin's localStorage but the ones the person chose to keep. The origin
 * serves nothing but Haven, so any key at all, prefixed `haven.` or a library's, is a trace.
 */
export function keysToForget(keys: readonly string[], keepDevice: boolean): string[] {
  const kept = new Set(keepDevice ? [DEVICE_TOKEN_KEY, KEEP_DEVICE_KEY] : []);
  return keys.filter((key) => !kept.has(key));
}

function keysOf(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** Empties the tab's storage and the site's, except the device key if the person keeps it. */
export function forgetHaven(site: Storage | null, tab: Storage | null): void {
  try {
    tab?.clear();
  } catch {
    // Blocked storage holds nothing.
  }
  if (!site) return;
  try {
    // Listed first: removing while walking the indices would skip keys.
    for (const key of keysToForget(keysOf(site), keepsDevice(site))) site.removeItem(key);
  } catch {
    // Blocked storage holds nothing.
  }
}

export interface QuickExitDeps {
  /** Takes Haven off the screen and out of the tab's title, before anything else. */
  blank: () => void;
  /** Tells the server the person has gone; must not wait for anything. */
  goodbye?: (() => void) | undefined;
  site: () => Storage | null;
  tab: () => Storage | null;
  /** Replaces the tab's current history entry with the neutral page (`location.replace`). */
  replace: (url: string) => void;
}

/**
 * Leaves at once: nothing is awaited, so a slow or dead network cannot hold the person on the
 * page. The page is blanked first, as the neutral page may take seconds to come on a slow
 * network. Unloading the page drops the chat from memory; nothing in the app asks to stay (no
 * `beforeunload`).
 */
export function quickExit({ blank, goodbye, site, tab, replace }: QuickExitDeps): void {
  try {
    blank();
  } catch {
    // Nothing may stop the way out.
  }
  try {
    goodbye?.();
  } catch {
    // The way out never depends on the connection.
  }
  forgetHaven(site(), tab());
  replace(NEUTRAL_PAGE);
}

/**
 * Nothing of the session stays on screen while the neutral page loads: the tab gets its title,
 * the page goes blank (the page's own background, without a word or a face on it), and the
 * browser's bar loses Haven's colour.
 */
export function blankPage(doc: Pick<Document, 'title' | 'body' | 'querySelector'>): void {
  doc.title = NEUTRAL_TITLE;
  doc.body.style.display = 'none';
  doc.querySelector('meta[name="theme-color"]')?.remove();
}

/**
 * Asks the browser to fetch the neutral page ahead, into its cache (the server lets it keep the
 * files a day), so that a quick exit shows the recipe at once even on a slow network or none.
 */
export function prefetchNeutralPage(doc: Document): void {
  for (const href of NEUTRAL_FILES) {
    if (doc.head.querySelector(`link[rel="prefetch"][href="${href}"]`)) continue;
    const link = doc.createElement('link');
    link.rel = 'prefetch';
    link.href = href;
    doc.head.append(link);
  }
}

/**
 * The goodbye from a session page: `session:leave` as Leave sends it, but without waiting for
 * the answer and without the leaving question. The socket closes now, not when the page
 * unloads (the neutral page may take a while on a slow network), so the person leaves the room
 * or the lobby at once, and the camera and microphone go off at once too.
 */
export function leaveAtOnce(
  controller: Pick<SessionController, 'getSnapshot' | 'signaling' | 'dispose'>,
  media: { dispose: () => void },
): void {
  const signaling = controller.signaling();
  if (signaling && controller.getSnapshot().live)
    void signaling.request('session:leave', {}, { timeoutMs: LEAVE_TIMEOUT_MS });
  media.dispose();
  // Closing the connection on purpose is itself a goodbye to the server (socket.io may drop a
  // leave that arrives together with the close); the leave above covers a slow close.
  controller.dispose();
}

/** Merely reading `localStorage` or `sessionStorage` throws when the browser blocks them. */
export function siteStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
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

/** This page's quick exit. */
export function quickExitNow(goodbye?: () => void): void {
  quickExit({
    blank: () => blankPage(document),
    goodbye,
    site: siteStorage,
    tab: tabStorage,
    replace: (url) => window.location.replace(url),
  });
}
