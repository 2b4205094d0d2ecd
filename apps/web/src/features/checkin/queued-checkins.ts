import { callRoute } from '../../services/api';
import { createCheckinQueue } from './checkin-queue';

/** Shorter than the app's default: at a venue with a weak link, "saved" beats a long wait. */
const SEND_TIMEOUT_MS = 10_000;

/** Merely reading `localStorage` throws when the browser blocks site storage. */
function siteStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * This phone's check-ins on their way. In localStorage, unlike the tab's other state: a
 * check-in typed without a signal must outlive the tab until it reaches the server.
 */
export const checkinQueue = createCheckinQueue({
  storage: siteStorage,
  now: () => Date.now(),
  send: (item) =>
    callRoute('me:check-in', {
      params: { sessionId: item.sessionId },
      // sentAt on the same clock as enteredAt: the server only trusts the difference.
      body: { code: item.code, enteredAt: item.enteredAt, sentAt: new Date().toISOString() },
      timeoutMs: SEND_TIMEOUT_MS,
    }),
  online: () => navigator.onLine,
});
