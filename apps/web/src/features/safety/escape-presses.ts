/** Escape pressed this many times, each within the window of the first, is a quick exit. */
export const EXIT_PRESSES = 3;
export const EXIT_WINDOW_MS = 2_000;

export interface PressCount {
  /** When the presses that still count happened, oldest first. */
  readonly times: readonly number[];
  /** This press completed the gesture (and the count starts again). */
  readonly exit: boolean;
}

/**
 * Counts one press at `now` (ms on any clock that does not jump, such as an event's
 * `timeStamp`). Presses older than the window no longer count; a clock that went backwards
 * starts the count again rather than exiting on presses far apart.
 */
export function countPress(
  times: readonly number[],
  now: number,
  { presses = EXIT_PRESSES, windowMs = EXIT_WINDOW_MS } = {},
): PressCount {
  const recent = [...times.filter((t) => t <= now && now - t <= windowMs), now];
  return recent.length >= presses ? { times: [], exit: true } : { times: recent, exit: false };
}

/** The count for one page: `press` says whether this press is the one that exits. */
export function createEscapePresses(): { press: (now: number) => boolean } {
  let times: readonly number[] = [];
  return {
    press(now) {
      const counted = countPress(times, now);
      times = counted.times;
      return counted.exit;
    },
  };
}

/**
 * Whether a keydown is one press of Escape for the count. A key held down is one press; 'Esc'
 * is what older browsers call it. Escape while composing (an input method's candidate list)
 * cancels the composition, and is not meant for the page.
 */
export const isEscapePress = (event: Pick<KeyboardEvent, 'key' | 'repeat' | 'isComposing'>) =>
  (event.key === 'Escape' || event.key === 'Esc') && !event.repeat && !event.isComposing;
