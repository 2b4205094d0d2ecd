/**
 * In-person check-in at the venue. The facilitator's screen shows a short code that changes
 * every CODE_WINDOW_MS; a participant types it (or scans it) on their phone. A code is judged by
 * when it was entered, not when it arrived, so a check-in typed on a flaky venue connection and
 * sent minutes later still counts — but only for a while, and only around the session's time.
 */
export const CODE_WINDOW_MS = 45_000;
export const CODE_DIGITS = 6;
/**
 * A queued check-in older than this is refused. Long enough for a venue without signal for a
 * whole session; short enough that a code sent home cannot be used the next day.
 */
export const MAX_QUEUED_MS = 3 * 3_600_000;
/** Clocks on phones drift: a moment "in the future" by this much is still now. */
export const CLOCK_SKEW_MS = 60_000;
/** Check-in opens an hour before the start and closes an hour after the end. */
export const CHECKIN_EARLY_MS = 3_600_000;
export const CHECKIN_LATE_MS = 3_600_000;

/** The number of the code window a moment falls in. */
export const codeWindow = (at: number): number => Math.floor(at / CODE_WINDOW_MS);

/** When the code shown at `at` stops being shown (the screen's countdown). */
export const codeChangesAt = (at: number): number => (codeWindow(at) + 1) * CODE_WINDOW_MS;

/**
 * The windows whose code is accepted for something entered at `enteredAt`: its own, and the one
 * before (typing a code that changes while you type is not a mistake).
 */
export const acceptedWindows = (enteredAt: number): [number, number] => [
  codeWindow(enteredAt),
  codeWindow(enteredAt) - 1,
];

export type EntryCheck =
  { ok: true } | { ok: false; reason: 'in-the-future' | 'too-old' | 'outside-session' };

/**
 * When a code was entered, on the server's clock. Phones' clocks are often wrong (set by hand,
 * never synced), but the time between typing and sending, measured on one phone clock, is not:
 * so the moment is the server's now minus that wait. A negative wait (the clock went back) is
 * taken as none.
 */
export const enteredOnServerClock = (enteredAt: number, sentAt: number, now: number): number =>
  now - Math.max(0, sentAt - enteredAt);

/** Whether a claimed moment of entry can be believed for this session, as judged at `now`. */
export function checkEntryTime(
  enteredAt: number,
  now: number,
  session: { startsAt: number; endsAt: number },
): EntryCheck {
  if (enteredAt > now + CLOCK_SKEW_MS) return { ok: false, reason: 'in-the-future' };
  if (enteredAt < now - MAX_QUEUED_MS) return { ok: false, reason: 'too-old' };
  if (
    enteredAt < session.startsAt - CHECKIN_EARLY_MS ||
    enteredAt > session.endsAt + CHECKIN_LATE_MS
  )
    return { ok: false, reason: 'outside-session' };
  return { ok: true };
}
