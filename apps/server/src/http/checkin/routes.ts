import {
  CHECKIN_GUESSES,
  acceptedWindows,
  checkEntryTime,
  codeChangesAt,
  codeWindow,
  enteredOnServerClock,
  fullBucket,
  take,
  type Bucket,
} from '@haven/core';
import type { Router } from 'express';
import { codeFor, newCheckinSecret } from '../../checkin/code';
import { HavenError } from '../../errors';
import type { ScheduledRecord } from '../../store/schedule-repo';
import type { HttpDeps } from '../deps';
import { groupFor } from '../groups/group-access';
import { mountRoute } from '../route';
import { baseUrl } from '../staff/staff-session';
import { rosterView } from './roster-view';

const MIN = 60_000;

const ENTRY_REFUSALS = {
  'in-the-future': 'This check-in claims to be from the future.',
  'too-old': 'This check-in waited too long to be sent; ask the facilitator to check you in.',
  'outside-session': 'Check-in is only open around the time of the session.',
} as const;

/** Venue check-in: the rotating code on the facilitator's screen, the roster, a headcount. */
export function checkinRoutes(router: Router, deps: HttpDeps): void {
  const { store } = deps;
  /** Wrong codes per member and session (this node's memory: a guess costs a minute anyway). */
  const guesses = new Map<string, Bucket>();

  function guessedWrong(key: string, now: number): boolean {
    const taken = take(guesses.get(key) ?? fullBucket(CHECKIN_GUESSES, now), CHECKIN_GUESSES, now);
    guesses.set(key, taken.bucket);
    return !taken.allowed;
  }

  /** A scheduled session of the group that meets at a venue, for its staff. */
  async function venueSession(
    groupId: string,
    sessionId: string,
    staff: Parameters<typeof groupFor>[1],
  ) {
    const { group } = await groupFor(groupId, staff, 'group:view', deps);
    const session = await store.schedule.find(sessionId);
    if (!session || session.groupId !== group.id)
      throw new HavenError('NOT_FOUND', 'No such scheduled session in this group.');
    return { group, session };
  }

  const meetsInPerson = (s: ScheduledRecord) => s.format !== 'online';

  mountRoute(router, 'checkin:code', deps, async ({ req, params, principal }) => {
    const { session } = await venueSession(params.groupId, params.sessionId, principal.staff);
    if (!meetsInPerson(session))
      throw new HavenError('CONFLICT', 'This session meets online only: nobody checks in.');
    if (session.cancelledAt) throw new HavenError('CONFLICT', 'This session was cancelled.');
    const secret = await store.attendance.checkinSecret(session.id, newCheckinSecret());
    if (!secret) throw new HavenError('NOT_FOUND', 'No such scheduled session in this group.');
    const now = deps.clock.now();
    const code = codeFor(secret, codeWindow(now));
    return {
      code,
      changesAt: new Date(codeChangesAt(now)).toISOString(),
      // The code travels in the fragment: it never reaches a server log.
      link: `${baseUrl(req, deps)}/check-in/${encodeURIComponent(session.id)}#${code}`,
    };
  });

  mountRoute(router, 'checkin:roster', deps, async ({ params, principal }) => {
    const { group, session } = await venueSession(
      params.groupId,
      params.sessionId,
      principal.staff,
    );
    return rosterView(store, group.id, session.id);
  });

  mountRoute(router, 'checkin:manual', deps, async ({ params, body, principal }) => {
    const { group, session } = await venueSession(
      params.groupId,
      params.sessionId,
      principal.staff,
    );
    const member = await store.participants.membershipByMemberId(group.id, params.memberId);
    if (!member || member.status !== 'admitted')
      throw new HavenError('NOT_FOUND', 'No such member of this group.');
    if (body.present)
      await store.attendance.checkIn(session.id, member.memberId, 'manual', deps.now(), deps.now());
    else await store.attendance.checkOut(session.id, member.memberId);
    return rosterView(store, group.id, session.id);
  });

  mountRoute(router, 'checkin:headcount', deps, async ({ params, body, principal }) => {
    const { group, session } = await venueSession(
      params.groupId,
      params.sessionId,
      principal.staff,
    );
    await store.attendance.setHeadcount(session.id, body.count, deps.now());
    return rosterView(store, group.id, session.id);
  });

  mountRoute(router, 'me:check-in', deps, async ({ params, body, principal }) => {
    const session = await store.schedule.find(params.sessionId);
    const group = session && (await store.groups.find(session.groupId));
    const member =
      group && (await store.participants.membership(group.id, principal.participantId));
    if (!session || !group || group.archivedAt || member?.status !== 'admitted')
      throw new HavenError('NOT_FOUND', 'No such session in your groups.');
    if (!meetsInPerson(session) || session.cancelledAt)
      throw new HavenError('CONFLICT', 'Nobody checks in to this session at a venue.');
    const now = deps.clock.now();
    const enteredAt = enteredOnServerClock(
      Date.parse(body.enteredAt),
      Date.parse(body.sentAt),
      now,
    );
    const startsAt = Date.parse(session.startsAt);
    const entry = checkEntryTime(enteredAt, now, {
      startsAt,
      endsAt: startsAt + session.durationMin * MIN,
    });
    if (!entry.ok) throw new HavenError('FORBIDDEN', ENTRY_REFUSALS[entry.reason]);
    // Without a secret no code was ever shown, so none can be right.
    const secret = await store.attendance.checkinSecret(session.id, newCheckinSecret());
    const right =
      secret !== null && acceptedWindows(enteredAt).some((w) => codeFor(secret, w) === body.code);
    if (!right && guessedWrong(`${session.id}:${member.memberId}`, now))
      throw new HavenError(
        'RATE_LIMITED',
        'Too many wrong codes; wait a minute, or ask the facilitator to check you in.',
      );
    if (!right)
      throw new HavenError(
        'FORBIDDEN',
        'That code is not the one on the screen now; type the code shown at the venue.',
      );
    await store.attendance.checkIn(
      session.id,
      member.memberId,
      'code',
      new Date(enteredAt).toISOString(),
      deps.now(),
    );
    const method = (await store.attendance.checkIns(session.id)).find(
      (c) => c.memberId === member.memberId,
    )?.method;
    return { sessionTitle: session.title, method: method ?? 'code' };
  });
}
