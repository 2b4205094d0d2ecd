/**
 * Session times in words, in the reader's language and a given zone: the group's (for staff who
 * plan on its clock) or the reader's own (undefined: this device's zone). Intl does the work,
 * so Arabic gets its own digits and calendar wording with no extra code or data.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

type Style = 'dateTime' | 'day' | 'dayWithYear' | 'time';

const STYLES: Record<Style, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  day: { weekday: 'long', day: 'numeric', month: 'long' },
  dayWithYear: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  time: { hour: 'numeric', minute: '2-digit' },
};

/** The zone if this browser knows it; an old one may not, and then shows the device's clock. */
export function knownZone(zone: string | undefined): string | undefined {
  if (zone === undefined) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}

function formatter(language: string, style: Style, zone: string | undefined) {
  const key = `${language}|${style}|${zone ?? ''}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { ...STYLES[style], timeZone: knownZone(zone) });
    formatters.set(key, format);
  }
  return format;
}

const instant = (iso: string): Date | null => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

function range(style: Style, startsAt: string, endsAt: string, language: string, zone?: string) {
  const [start, end] = [instant(startsAt), instant(endsAt)];
  if (!start) return '';
  const format = formatter(language, style, zone);
  if (!end) return format.format(start);
  // formatRange says the shared day once ("Mar 3, 2026, 6:00 – 7:30 PM").
  return typeof format.formatRange === 'function'
    ? format.formatRange(start, end)
    : `${format.format(start)} – ${format.format(end)}`;
}

/** Day and times of a session: "Mar 3, 2026, 6:00 – 7:30 PM". */
export const formatSessionWhen = (
  startsAt: string,
  endsAt: string,
  language: string,
  zone?: string,
): string => range('dateTime', startsAt, endsAt, language, zone);

/** Only the times, for a list already grouped by day: "6:00 – 7:30 PM". */
export const formatTimeRange = (
  startsAt: string,
  endsAt: string,
  language: string,
  zone?: string,
): string => range('time', startsAt, endsAt, language, zone);

/** One moment with its day: "Mar 3, 2026, 6:00 PM". */
export function formatMoment(iso: string, language: string, zone?: string): string {
  const date = instant(iso);
  return date ? formatter(language, 'dateTime', zone).format(date) : '';
}

/** A time of day: "5:45 PM", "17:45" or "٥:٤٥ م" as the language writes it. */
export function formatClock(iso: string, language: string, zone?: string): string {
  const date = instant(iso);
  return date ? formatter(language, 'time', zone).format(date) : '';
}

/** A day as a heading: "Tuesday, March 3", with the year when asked. */
export function formatDay(iso: string, language: string, zone?: string, withYear = false): string {
  const date = instant(iso);
  return date ? formatter(language, withYear ? 'dayWithYear' : 'day', zone).format(date) : '';
}

/** A zone for people to read: "America/New_York" → "America/New York". */
export const zoneLabel = (zone: string): string => zone.replace(/_/g, ' ');
