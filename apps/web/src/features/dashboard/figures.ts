import type { ShownCount } from '@haven/protocol';

/** Drawn for a count the server withheld (it would give a small one away). */
export const WITHHELD = '—';

/** A count as the dashboard shows it: the language's digits, "<5", or a dash when withheld. */
export function formatCount(count: ShownCount, language: string): string {
  if (count === '<5') return '<5';
  if (count === 'withheld') return WITHHELD;
  return new Intl.NumberFormat(language).format(count);
}

/** A mean mood to one decimal ("3.4"), or null when too few answered to show one. */
export function formatMood(mean: number | null, language: string): string | null {
  if (mean === null) return null;
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(mean);
}

/**
 * The CSV as a file Excel also reads right: without a byte-order mark it takes UTF-8 for the
 * local code page, and Arabic titles turn to noise.
 */
export const withByteOrderMark = (csv: string): string =>
  csv.startsWith('\uFEFF') ? csv : `\uFEFF${csv}`;
