/**
 * The optional mood question at entry and at leaving: one of five faces. Answers are counted,
 * never stored against a person; a separate note says only that someone answered (so nobody
 * answers twice), not what.
 */
export const MOOD_VALUES = [1, 2, 3, 4, 5] as const;
export type MoodValue = (typeof MOOD_VALUES)[number];
export type MoodPhase = 'in' | 'out';

export interface MoodTally {
  /** Answers per value, 1 to 5. */
  counts: Record<MoodValue, number>;
}

export const answers = (tally: MoodTally): number =>
  MOOD_VALUES.reduce((sum, v) => sum + tally.counts[v], 0);

/** The mean answer, or null when nobody answered. */
export function meanMood(tally: MoodTally): number | null {
  const n = answers(tally);
  if (n === 0) return null;
  return MOOD_VALUES.reduce((sum, v) => sum + v * tally.counts[v], 0) / n;
}
