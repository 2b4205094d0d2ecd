import { monthlyPlace, type Repeat } from './recurrence';
import { dateAsUtc, type LocalDate } from './wall-clock';

/** Which `schedule.repeats.<key>` names a choice, with the weekday's place for monthly ones. */
export type RepeatLabel =
  | { key: 'none' | 'weeklyPlain' | 'biweeklyPlain' | 'monthlyPlain' }
  | { key: 'weekly' | 'biweekly'; weekday: string }
  | { key: 'monthly'; weekday: string; ordinal: '1' | '2' | '3' | '4' | 'last' };

const ORDINALS = { 1: '1', 2: '2', 3: '3', 4: '4' } as const;

/**
 * How the Repeats field names a choice for the date picked: "Every week on Tuesday", "Every month
 * on the last Tuesday". Before there is a date, the plain names ("Every week").
 */
export function repeatLabel(repeat: Repeat, date: LocalDate, language: string): RepeatLabel {
  if (repeat === 'none') return { key: 'none' };
  const day = dateAsUtc(date);
  if (!day) return { key: repeat === 'monthly-last' ? 'monthlyPlain' : `${repeat}Plain` };
  // The date is a calendar day, not an instant: read it on UTC's clock so it never shifts.
  const weekday = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
    day,
  );
  if (repeat === 'weekly' || repeat === 'biweekly') return { key: repeat, weekday };
  const place = monthlyPlace(repeat, date);
  const ordinal =
    place === null || place.ordinal === -1
      ? 'last'
      : ORDINALS[place.ordinal as keyof typeof ORDINALS];
  return { key: 'monthly', weekday, ordinal };
}
