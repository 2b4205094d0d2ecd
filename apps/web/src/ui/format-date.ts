const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}|${withTime}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      dateStyle: 'medium',
      ...(withTime && { timeStyle: 'short' }),
    });
    formatters.set(key, format);
  }
  return format;
}

/** A day (and time) in the reader's language and time zone; empty for a malformed instant. */
export function formatDate(iso: string, language: string, withTime = false): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : formatter(language, withTime).format(date);
}
