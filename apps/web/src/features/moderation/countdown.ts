/**
 * Whole seconds left until `endsAt`, rounded up (the last second shows as 0:01, not 0:00) and
 * never below zero. The end comes from the server's clock; a phone whose clock is off shows a
 * turn a little longer or shorter, but the server ends it on time either way.
 */
export function secondsLeft(endsAt: string, now: number): number {
  const end = Date.parse(endsAt);
  if (Number.isNaN(end)) return 0;
  return Math.max(0, Math.ceil((end - now) / 1000));
}

/** `m:ss`, with the locale's own digits (Arabic-Indic in Arabic). */
export function formatCountdown(seconds: number, locale = 'en'): string {
  const whole = Math.max(0, Math.floor(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  const digits = (n: number, min: number) =>
    new Intl.NumberFormat(locale, { minimumIntegerDigits: min, useGrouping: false }).format(n);
  // The colon stays between the digits in right-to-left text too.
  return `${digits(minutes, 1)}:${digits(rest, 2)}`;
}
