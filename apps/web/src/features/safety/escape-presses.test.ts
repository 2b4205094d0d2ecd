import { describe, expect, it } from 'vitest';
import { EXIT_WINDOW_MS, countPress, createEscapePresses, isEscapePress } from './escape-presses';

const pressAll = (times: readonly number[]): boolean[] => {
  const presses = createEscapePresses();
  return times.map((t) => presses.press(t));
};

describe('Escape pressed three times', () => {
  it('exits on the third press within the window, not before', () => {
    expect(pressAll([1_000, 1_300, 1_600])).toEqual([false, false, true]);
  });

  it('counts presses spread over the whole window', () => {
    expect(pressAll([0, 1_000, EXIT_WINDOW_MS])).toEqual([false, false, true]);
  });

  it('forgets presses older than the window', () => {
    // One stray Escape (closing a dialog, say) long before does not make two presses an exit.
    expect(pressAll([0, 5_000, 5_200])).toEqual([false, false, false]);
    expect(pressAll([0, 1_500, 2_500, 3_000])).toEqual([false, false, false, true]);
  });

  it('starts again after an exit', () => {
    expect(pressAll([0, 100, 200, 300, 400, 500])).toEqual([
      false,
      false,
      true,
      false,
      false,
      true,
    ]);
  });

  it('does not exit on presses from a clock that went backwards', () => {
    expect(countPress([10_000, 10_100], 50)).toEqual({ times: [50], exit: false });
  });

  it('takes another count and window when asked', () => {
    expect(countPress([0], 400, { presses: 2, windowMs: 500 }).exit).toBe(true);
    expect(countPress([0], 600, { presses: 2, windowMs: 500 }).exit).toBe(false);
  });
});

describe('which keys count as a press', () => {
  const key = (key: string, more: Partial<KeyboardEvent> = {}) => ({
    key,
    repeat: false,
    isComposing: false,
    ...more,
  });

  it('counts Escape, by either name', () => {
    expect(isEscapePress(key('Escape'))).toBe(true);
    expect(isEscapePress(key('Esc'))).toBe(true);
    expect(isEscapePress(key('Enter'))).toBe(false);
  });

  it('does not count a key held down, or Escape that cancels an input method', () => {
    expect(isEscapePress(key('Escape', { repeat: true }))).toBe(false);
    expect(isEscapePress(key('Escape', { isComposing: true }))).toBe(false);
  });
});
