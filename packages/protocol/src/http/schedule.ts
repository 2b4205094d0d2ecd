import { z } from 'zod';
import { Id, Instant } from '../common';
import { GROUP_CAPACITY_MAX } from './groups';

/** A wall-clock date and time in the group's time zone: `2026-03-03T18:00`. */
export const LocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'a local date and time like 2026-03-03T18:00');

export const SessionFormat = z.enum(['online', 'in_person', 'hybrid']);
export type SessionFormat = z.infer<typeof SessionFormat>;

export const VENUE_TEXT_MAX = 300;
export const Venue = z.strictObject({
  name: z.string().trim().min(1).max(120),
  address: z.string().trim().max(VENUE_TEXT_MAX).default(''),
  accessNotes: z
    .string()
    .trim()
    .max(VENUE_TEXT_MAX)
    .default('')
    .describe('Step-free access, the door to use, the floor…'),
});
export type Venue = z.infer<typeof Venue>;

export const DURATION_MIN_MAX = 8 * 60;

/** A session or a series of them, as a facilitator plans it. */
const PlanFields = {
  title: z.string().trim().min(1).max(120),
  durationMin: z.number().int().min(15).max(DURATION_MIN_MAX),
  format: SessionFormat,
  venue: Venue.nullable().describe('Required for in_person and hybrid; null for online.'),
  capacity: z
    .number()
    .int()
    .min(2)
    .max(GROUP_CAPACITY_MAX)
    .nullable()
    .describe("Null: the group's capacity."),
  lobby: z.boolean().optional().describe('Default: yes for closed groups.'),
  opensBeforeMin: z
    .number()
    .int()
    .min(0)
    .max(120)
    .describe('Participants may enter the room this long before the start.'),
  moderatorIds: z
    .array(Id)
    .max(10)
    .describe('Staff of the group who run it (besides facilitators).'),
};

export const CreateSeriesRequest = z.strictObject({
  ...PlanFields,
  durationMin: PlanFields.durationMin.default(90),
  format: PlanFields.format.default('online'),
  venue: PlanFields.venue.default(null),
  capacity: PlanFields.capacity.default(null),
  opensBeforeMin: PlanFields.opensBeforeMin.default(15),
  moderatorIds: PlanFields.moderatorIds.default([]),
  firstStart: LocalDateTime.describe("The first session's start, on the group's wall clock."),
  recurrence: z
    .string()
    .max(200)
    .nullable()
    .default(null)
    .describe('An RRULE body (FREQ=WEEKLY;BYDAY=TU…), daily/weekly/monthly; null: one session.'),
});

/** One occurrence changed on its own: moved, cancelled, or its details edited. */
export const UpdateScheduledSessionRequest = z
  .strictObject({
    start: LocalDateTime.describe("New start on the group's wall clock (moves this one only)."),
    durationMin: PlanFields.durationMin,
    venue: PlanFields.venue,
    format: PlanFields.format,
    capacity: PlanFields.capacity,
    cancelled: z.boolean(),
    moderatorIds: PlanFields.moderatorIds,
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Change at least one field.' });

export const ScheduledSession = z.object({
  id: Id,
  groupId: Id,
  groupName: z.string(),
  title: z.string(),
  seriesId: Id.nullable(),
  startsAt: Instant,
  endsAt: Instant,
  timeZone: z.string().describe("The group's IANA time zone."),
  /** The start on the group's wall clock, for staff planning in the group's zone. */
  localStart: LocalDateTime,
  format: SessionFormat,
  venue: Venue.nullable(),
  capacity: z.number().int(),
  opensBeforeMin: z.number().int(),
  cancelled: z.boolean(),
  moved: z.boolean().describe('Moved away from the series rhythm.'),
  moderatorIds: z.array(Id),
  seats: z.object({
    going: z.number().int(),
    waitlisted: z.number().int(),
  }),
});
export type ScheduledSession = z.infer<typeof ScheduledSession>;

export const SeriesSummary = z.object({
  id: Id,
  title: z.string(),
  recurrence: z.string().nullable().describe('The RRULE body; null for a single session.'),
  firstStart: LocalDateTime,
  timeZone: z.string(),
  stopped: z.boolean(),
});
export type SeriesSummary = z.infer<typeof SeriesSummary>;
export const SeriesView = SeriesSummary.extend({
  next: z.array(ScheduledSession).describe('The next few sessions of the series.'),
});
export type SeriesView = z.infer<typeof SeriesView>;
export const SeriesParams = z.strictObject({ groupId: Id, seriesId: Id });
export const ScheduledSessionParams = z.strictObject({ groupId: Id, sessionId: Id });
export const Schedule = z.object({
  sessions: z.array(ScheduledSession),
  series: z.array(SeriesSummary).describe('Every series of the group, newest first.'),
});
export type Schedule = z.infer<typeof Schedule>;

export const RsvpStatus = z.enum(['going', 'waitlisted', 'not_going']);
export type RsvpStatus = z.infer<typeof RsvpStatus>;
export const RsvpRequest = z.strictObject({ answer: z.enum(['going', 'not_going']) });
export const MyScheduledSession = ScheduledSession.extend({
  myRsvp: RsvpStatus.nullable(),
  /** True when this session's room lets people in now. */
  joinable: z.boolean(),
});
export type MyScheduledSession = z.infer<typeof MyScheduledSession>;
export const MySchedule = z.object({ sessions: z.array(MyScheduledSession) });
export type MySchedule = z.infer<typeof MySchedule>;
export const MySessionParams = z.strictObject({ sessionId: Id });
export const CalendarFile = z.object({
  filename: z.string(),
  ics: z.string().describe('text/calendar: titles and times only, never names or places.'),
});
export const CalendarFeed = z.object({
  url: z
    .string()
    .describe('Subscribe to this in a calendar app. A new link stops the previous one.'),
});
