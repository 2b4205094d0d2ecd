import { instantToLocal, seats, statusOf, type Rsvp } from '@haven/core/schedule';
import type { MyScheduledSession, ScheduledSession } from '@haven/protocol';
import type { GroupRecord } from '../store/groups-repo';
import type { ScheduledRecord } from '../store/schedule-repo';

const MIN = 60_000;

/** A scheduled session as staff and members see it: times in UTC and on the group's clock. */
export function toScheduledSession(
  s: ScheduledRecord,
  group: Pick<GroupRecord, 'name' | 'timeZone' | 'capacity'>,
  rsvps: readonly Rsvp[],
): ScheduledSession {
  const capacity = s.capacity ?? group.capacity;
  const taken = seats(rsvps, capacity);
  const startsAt = new Date(s.startsAt);
  return {
    id: s.id,
    groupId: s.groupId,
    groupName: group.name,
    title: s.title,
    seriesId: s.seriesId,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + s.durationMin * MIN).toISOString(),
    timeZone: group.timeZone,
    localStart: instantToLocal(startsAt, group.timeZone),
    format: s.format,
    venue: s.venue,
    capacity,
    opensBeforeMin: s.opensBeforeMin,
    cancelled: s.cancelledAt !== null,
    moved: s.moved,
    moderatorIds: s.moderatorIds,
    seats: { going: taken.going.length, waitlisted: taken.waitlisted.length },
  };
}

/** The same, for one member: their own answer and whether they can walk in now. */
export function toMyScheduledSession(
  session: ScheduledSession,
  rsvps: readonly Rsvp[],
  memberId: string,
  joinable: boolean,
): MyScheduledSession {
  return {
    ...session,
    myRsvp: statusOf(seats(rsvps, session.capacity), memberId),
    joinable,
  };
}
