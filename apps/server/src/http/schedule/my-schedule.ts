import type { MyScheduledSession } from '@haven/protocol';
import type { Router } from 'express';
import { hashSecret, newSecret } from '../../auth/tokens';
import { HavenError } from '../../errors';
import { calendarFile, calendarFilename, type CalendarEvent } from '../../schedule/calendar';
import { keepScheduled } from '../../schedule/plan';
import { toMyScheduledSession, toScheduledSession } from '../../schedule/views';
import type { GroupRecord } from '../../store/groups-repo';
import type { Membership } from '../../store/participants-repo';
import type { ScheduledRecord } from '../../store/schedule-repo';
import type { HttpDeps } from '../deps';
import { mountRoute } from '../route';
import { baseUrl } from '../staff/staff-session';
import { joinableNow, rsvpOf } from './routes';

const DAY_MS = 86_400_000;
const MEMBER_AHEAD_DAYS = 56;
const SERIES_FILE_MAX = 200;

export const toCalendarEvent = (s: ScheduledRecord): CalendarEvent => {
  const startsAt = new Date(s.startsAt);
  return {
    uid: `${s.id}@haven`,
    title: s.title,
    startsAt,
    endsAt: new Date(startsAt.getTime() + s.durationMin * 60_000),
    cancelled: s.cancelledAt !== null,
  };
};

/** A member's view of the schedule: their groups' coming sessions, answers and calendars. */
export function myScheduleRoutes(router: Router, deps: HttpDeps): void {
  const { store } = deps;

  /** The admitted member's group and membership for a session, or NOT_FOUND. */
  async function mine(sessionId: string, participantId: string) {
    const session = await store.schedule.find(sessionId);
    const group = session && (await store.groups.find(session.groupId));
    const membership = group && (await store.participants.membership(group.id, participantId));
    if (!session || !group || group.archivedAt || membership?.status !== 'admitted')
      throw new HavenError('NOT_FOUND', 'No such session in your groups.');
    return { session, group, membership };
  }

  async function myView(
    session: ScheduledRecord,
    group: GroupRecord,
    membership: Membership,
  ): Promise<MyScheduledSession> {
    const rsvps = (await store.schedule.rsvps([session.id])).get(session.id) ?? [];
    return toMyScheduledSession(
      toScheduledSession(session, group, rsvps),
      rsvps,
      membership.memberId,
      joinableNow(session, deps.clock.now()),
    );
  }

  mountRoute(router, 'me:schedule', deps, async ({ principal }) => {
    const now = deps.clock.now();
    const memberships = await store.participants.admittedMemberships(principal.participantId);
    const groups = new Map<string, { group: GroupRecord; membership: Membership }>();
    for (const membership of memberships) {
      const group = await store.groups.find(membership.groupId);
      if (group && !group.archivedAt) groups.set(group.id, { group, membership });
    }
    for (const { group } of groups.values())
      await keepScheduled(store, deps.ids, await store.schedule.runningSeries(group.id), now);
    // From a day back: a session under way now is still "coming" for someone late.
    const rows = (
      await store.schedule.between(
        [...groups.keys()],
        new Date(now - DAY_MS).toISOString(),
        new Date(now + MEMBER_AHEAD_DAYS * DAY_MS).toISOString(),
      )
    ).filter((s) => Date.parse(s.startsAt) + s.durationMin * 60_000 > now);
    const rsvps = await store.schedule.rsvps(rows.map((r) => r.id));
    return {
      sessions: rows.flatMap((s) => {
        const mineHere = groups.get(s.groupId);
        if (!mineHere) return [];
        const answers = rsvps.get(s.id) ?? [];
        return [
          toMyScheduledSession(
            toScheduledSession(s, mineHere.group, answers),
            answers,
            mineHere.membership.memberId,
            joinableNow(s, now),
          ),
        ];
      }),
    };
  });

  mountRoute(router, 'me:rsvp', deps, async ({ params, body, principal }) => {
    const { session, group, membership } = await mine(params.sessionId, principal.participantId);
    if (session.cancelledAt) throw new HavenError('CONFLICT', 'This session was cancelled.');
    if (Date.parse(session.startsAt) + session.durationMin * 60_000 <= deps.clock.now())
      throw new HavenError('CONFLICT', 'This session is over.');
    const rsvps = (await store.schedule.rsvps([session.id])).get(session.id) ?? [];
    const rsvp = rsvpOf(rsvps, membership.memberId, body.answer, deps.now());
    await store.schedule.setRsvp(session.id, rsvp, deps.now());
    return myView(session, group, membership);
  });

  mountRoute(router, 'me:session-calendar', deps, async ({ params, principal }) => {
    const { session } = await mine(params.sessionId, principal.participantId);
    return {
      filename: calendarFilename(session.title),
      ics: calendarFile('Haven', [toCalendarEvent(session)], new Date(deps.clock.now())),
    };
  });

  mountRoute(router, 'me:series-calendar', deps, async ({ params, principal }) => {
    const { session } = await mine(params.sessionId, principal.participantId);
    const all =
      session.seriesId === null
        ? [session]
        : await store.schedule.ofSeries(session.seriesId, session.startsAt, SERIES_FILE_MAX);
    return {
      filename: calendarFilename(session.title),
      ics: calendarFile('Haven', all.map(toCalendarEvent), new Date(deps.clock.now())),
    };
  });

  mountRoute(router, 'me:calendar-feed', deps, async ({ req, params, principal }) => {
    const group = await store.groups.find(params.groupId);
    const membership =
      group && (await store.participants.membership(group.id, principal.participantId));
    if (!group || group.archivedAt || membership?.status !== 'admitted')
      throw new HavenError('NOT_FOUND', 'You are not a member of this group.');
    const token = newSecret();
    await store.participants.setFeedToken(group.id, principal.participantId, hashSecret(token));
    return { url: `${baseUrl(req, deps)}/api/calendar/${token}.ics` };
  });
}
