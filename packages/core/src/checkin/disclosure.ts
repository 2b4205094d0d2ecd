/**
 * Small-cell suppression. In a group of eight, "2 people came online" or "mood 1.5 from 3
 * answers" can point at someone; so any count from 1 to 4 is shown as "<5", and a mean is shown
 * only when at least 5 answers are behind it. Zero reveals nobody and is shown.
 */
export const SMALL_CELL = 5;
export type ShownCount = number | '<5';

export const shownCount = (n: number): ShownCount => (n > 0 && n < SMALL_CELL ? '<5' : n);

/** A mean rounded to one decimal, or null when too few answers are behind it. */
export const shownMean = (mean: number | null, answers: number): number | null =>
  mean === null || answers < SMALL_CELL ? null : Math.round(mean * 10) / 10;
