const formatters = new Map<string, Intl.DateTimeFormat>();

/** Hours and minutes in the reader's language (Arabic gets Arabic-Indic digits). */
export function formatTime(iso: string, language: string): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' });
    formatters.set(language, formatter);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : formatter.format(date);
}
