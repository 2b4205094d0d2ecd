import {
  CreateSeriesRequest,
  GROUP_CAPACITY_MAX,
  Venue,
  VENUE_TEXT_MAX,
  type HttpBody,
  type SessionFormat,
} from '@haven/protocol';
import {
  checkText,
  parseWholeNumber,
  settle,
  type FieldError,
  type FormCheck,
} from '../staff/form-check';
import { buildRecurrence, type Repeat, type SeriesEnd } from './recurrence';
import {
  isLocalDate,
  joinLocal,
  normalizeTime,
  type LocalDate,
  type LocalDateTime,
} from './wall-clock';

const shape = CreateSeriesRequest.shape;
export const TITLE_MAX = shape.title.maxLength ?? 120;
export const DURATION_LIMITS = {
  min: shape.durationMin.unwrap().minValue ?? 15,
  max: shape.durationMin.unwrap().maxValue ?? 480,
};
export const OPENS_BEFORE_LIMITS = {
  min: shape.opensBeforeMin.unwrap().minValue ?? 0,
  max: shape.opensBeforeMin.unwrap().maxValue ?? 120,
};
export const CAPACITY_LIMITS = { min: 2, max: GROUP_CAPACITY_MAX };
export const VENUE_NAME_MAX = Venue.shape.name.maxLength ?? 120;
export { VENUE_TEXT_MAX };
/** The server's own bound on COUNT (core's MAX_COUNT): ten years of weekly sessions. */
export const COUNT_MAX = 520;
export const FORMATS: readonly SessionFormat[] = ['online', 'in_person', 'hybrid'];

export type EndKind = SeriesEnd['kind'];
export const END_KINDS: readonly EndKind[] = ['never', 'on', 'after'];

/** "Schedule a session" as typed: numbers and dates stay text until they are checked. */
export interface PlanDraft {
  title: string;
  /** The first start on the group's wall clock. */
  date: string;
  time: string;
  repeat: Repeat;
  endKind: EndKind;
  endDate: string;
  endCount: string;
  duration: string;
  format: SessionFormat;
  venueName: string;
  venueAddress: string;
  venueAccess: string;
  /** Empty: the group's capacity. */
  capacity: string;
  opensBefore: string;
  moderatorIds: string[];
}

export type PlanField =
  | 'title'
  | 'date'
  | 'time'
  | 'endDate'
  | 'endCount'
  | 'duration'
  | 'venueName'
  | 'venueAddress'
  | 'venueAccess'
  | 'capacity'
  | 'opensBefore';

export type NewSeries = HttpBody<'schedule:create-series'>;

/** A one-off online session of an hour and a half, its room open 15 minutes before. */
export const newPlanDraft = (today: LocalDate): PlanDraft => ({
  title: '',
  date: today,
  time: '',
  repeat: 'none',
  endKind: 'never',
  endDate: '',
  endCount: '8',
  duration: '90',
  format: 'online',
  venueName: '',
  venueAddress: '',
  venueAccess: '',
  capacity: '',
  opensBefore: '15',
  moderatorIds: [],
});

/** A place people come to: in person and hybrid sessions need one; online ones have none. */
export const needsVenue = (format: SessionFormat): boolean => format !== 'online';

type StartCheck = { date: FieldError | null; time: FieldError | null; start: LocalDateTime | null };

/**
 * A start typed as a date and a time on the group's clock. `now` is the group's wall clock now:
 * both are local times of one zone, so they compare as strings.
 */
export function checkStart(
  date: string,
  time: string,
  now: LocalDateTime,
  { allowPast = false } = {},
): StartCheck {
  const day = date.trim();
  const dateError: FieldError | null =
    day === '' ? { kind: 'required' } : isLocalDate(day) ? null : { kind: 'date' };
  const clock = normalizeTime(time);
  const timeError: FieldError | null =
    time.trim() === '' ? { kind: 'required' } : clock ? null : { kind: 'time' };
  if (dateError || timeError || !clock) return { date: dateError, time: timeError, start: null };
  const start = joinLocal(day, clock);
  if (allowPast || start > now) return { date: null, time: null, start };
  // Said at the field that makes it past: an earlier day, or today's hour that has gone.
  const today = now.slice(0, 10);
  return day < today
    ? { date: { kind: 'past' }, time: null, start: null }
    : { date: null, time: { kind: 'past' }, start: null };
}

function checkEnd(draft: PlanDraft, firstDate: string) {
  if (draft.repeat === 'none' || draft.endKind === 'never')
    return { endDate: null, endCount: null, end: { kind: 'never' } as SeriesEnd };
  if (draft.endKind === 'after') {
    const count = parseWholeNumber(draft.endCount, 1, COUNT_MAX);
    return count.ok
      ? { endDate: null, endCount: null, end: { kind: 'after', count: count.value } as SeriesEnd }
      : { endDate: null, endCount: count.error, end: null };
  }
  const date = draft.endDate.trim();
  const error: FieldError | null =
    date === ''
      ? { kind: 'required' }
      : !isLocalDate(date)
        ? { kind: 'date' }
        : isLocalDate(firstDate) && date < firstDate
          ? { kind: 'beforeStart' }
          : null;
  return error
    ? { endDate: error, endCount: null, end: null }
    : { endDate: null, endCount: null, end: { kind: 'on', date } as SeriesEnd };
}

function checkCapacity(raw: string) {
  if (raw.trim() === '') return { error: null, value: null };
  const parsed = parseWholeNumber(raw, CAPACITY_LIMITS.min, CAPACITY_LIMITS.max);
  return parsed.ok ? { error: null, value: parsed.value } : { error: parsed.error, value: null };
}

/**
 * The request for "Schedule a session", or what to say at which field. A single session must be
 * in the future; a repeating series may have begun already (a group that has met for a while),
 * the server then plans its coming sessions.
 */
export function checkPlanDraft(
  draft: PlanDraft,
  now: LocalDateTime,
): FormCheck<NewSeries, PlanField> {
  const title = draft.title.trim();
  const start = checkStart(draft.date, draft.time, now, { allowPast: draft.repeat !== 'none' });
  const end = checkEnd(draft, draft.date.trim());
  const duration = parseWholeNumber(draft.duration, DURATION_LIMITS.min, DURATION_LIMITS.max);
  const opensBefore = parseWholeNumber(
    draft.opensBefore,
    OPENS_BEFORE_LIMITS.min,
    OPENS_BEFORE_LIMITS.max,
  );
  const capacity = checkCapacity(draft.capacity);
  const venue = needsVenue(draft.format)
    ? {
        name: draft.venueName.trim(),
        address: draft.venueAddress.trim(),
        accessNotes: draft.venueAccess.trim(),
      }
    : null;
  return settle<NewSeries, PlanField>(
    {
      title: checkText(title, { required: true, max: TITLE_MAX }),
      date: start.date,
      time: start.time,
      endDate: end.endDate,
      endCount: end.endCount,
      duration: duration.ok ? null : duration.error,
      // People need to find the place: its name and address; access notes may be empty.
      venueName: venue && checkText(venue.name, { required: true, max: VENUE_NAME_MAX }),
      venueAddress: venue && checkText(venue.address, { required: true, max: VENUE_TEXT_MAX }),
      venueAccess: venue && checkText(venue.accessNotes, { max: VENUE_TEXT_MAX }),
      capacity: capacity.error,
      opensBefore: opensBefore.ok ? null : opensBefore.error,
    },
    () => ({
      title,
      firstStart: start.start ?? '',
      recurrence: end.end && buildRecurrence(draft.repeat, draft.date.trim(), end.end),
      durationMin: duration.ok ? duration.value : DURATION_LIMITS.min,
      format: draft.format,
      venue,
      capacity: capacity.value,
      opensBeforeMin: opensBefore.ok ? opensBefore.value : OPENS_BEFORE_LIMITS.min,
      moderatorIds: [...draft.moderatorIds],
    }),
  );
}

/** "Move": one session's new start on the group's clock, from now on. */
export function checkMove(
  date: string,
  time: string,
  now: LocalDateTime,
): FormCheck<{ start: LocalDateTime }, 'date' | 'time'> {
  const start = checkStart(date, time, now);
  return settle({ date: start.date, time: start.time }, () => ({ start: start.start ?? '' }));
}
