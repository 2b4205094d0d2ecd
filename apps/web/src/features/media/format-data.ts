/**
 * A data amount as people see it on their phone bill: kB below a megabyte, MB above, in the
 * page's language and digits. Decimal units, like operators' data plans.
 */
export function formatDataAmount(bytes: number, locale: string): string {
  const megabytes = bytes / 1_000_000;
  if (megabytes >= 1)
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'megabyte',
      maximumFractionDigits: megabytes < 10 ? 1 : 0,
    }).format(megabytes);
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  }).format(Math.max(1, Math.round(bytes / 1_000)));
}
