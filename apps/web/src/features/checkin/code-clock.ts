import { CODE_WINDOW_MS } from '@haven/core';

/**
 * When the venue screen asks for the next code. The server says when the code it shows stops
 * (`changesAt`, on its clock); the screen sets a timer for then rather than asking every second.
 */

/** Asked a little after the change, so the server has surely moved on to the next code. */
export const REFRESH_MARGIN_MS = 500;
/** Same code again: this tablet's clock runs ahead of the server's; ask again shortly. */
export const SAME_CODE_RETRY_MS = 2_000;
/** After a failed request (the venue's connection), while the last code may still be shown. */
export const FAILED_RETRY_MS = 5_000;

export interface CodeTiming {
  /** When the code changes, on this device's clock. */
  changesAt: number;
  /** When to ask for the next one. */
  refreshAt: number;
}

/**
 * A code's timing on this device's clock. A tablet's clock can be off: the wait is kept within
 * one code window, and a reply with the code already shown means "ask again soon".
 */
export function codeTiming(
  changesAt: string,
  receivedAt: number,
  previousChangesAt: string | null,
): CodeTiming {
  const end = Date.parse(changesAt);
  const wait = Number.isNaN(end) ? 0 : Math.min(Math.max(end - receivedAt, 0), CODE_WINDOW_MS);
  const local = receivedAt + wait;
  return {
    changesAt: local,
    refreshAt:
      previousChangesAt === changesAt ? receivedAt + SAME_CODE_RETRY_MS : local + REFRESH_MARGIN_MS,
  };
}

/** Whole seconds until the code changes, for "Changes in 0:32" (0 while the next is fetched). */
export const secondsUntil = (timing: CodeTiming, now: number): number =>
  Math.max(0, Math.ceil((timing.changesAt - now) / 1000));

/**
 * Whether a code may still be shown: the server accepts it for its own window and the next, so
 * when the next cannot be fetched (the connection dropped), the last stays on screen until then.
 */
export const stillAccepted = (timing: CodeTiming, now: number): boolean =>
  now < timing.changesAt + CODE_WINDOW_MS;
