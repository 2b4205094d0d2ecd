/**
 * A length of time in words, in the person's language with its own plural rules ("15 seconds",
 * "2 minutes", "١٥ ثانية"): whole minutes as minutes, anything else as seconds.
 */
export function formatDuration(seconds: number, locale: string): string {
  const minutes = seconds >= 60 && seconds % 60 === 0;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: minutes ? 'minute' : 'second',
    unitDisplay: 'long',
  }).format(minutes ? seconds / 60 : seconds);
}
