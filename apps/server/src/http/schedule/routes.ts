import { answer, roomWindow, type Rsvp } from '@haven/core/schedule';
import type { ScheduledSession, SeriesSummary, SeriesView } from '@haven/protocol';
import type { Router } from 'express';
import { HavenError } from '../../errors';
import {
  checkModerators,
  checkPlan,
  checkVenue,
  keepScheduled,
  movedStart,
} from '../../schedule/plan';
import { toScheduledSession } from '../../schedule/views';
import type { GroupRecord } from '../../store/groups-repo';
import type { ScheduledRecord, SeriesRecord } from '../../store/schedule-repo';
import type { HttpDeps } from '../deps';
import { groupFor } from '../groups/group-access';
import { mountRoute } from '../route';

const DAY_MS = 86_400_000;
/** The staff list looks back two weeks (to see what happened) and ahead twelve. */
const STAFF_BACK_DAYS = 14;
const STAFF_AHEAD_DAYS = 84;
const SERIES_PREVIEW = 5;

/** Facilitators plan sessions; the group's staff read the plan. */
export function scheduleRoutes(router: Router, deps: HttpDeps): void {
  const { store } = deps;

  async function views(group: GroupRecord, rows: readonly ScheduledRecord[]) {
    const rsvps = await store.schedule.rsvps(rows.map((r) => r.id));
    return rows.map((r) => toScheduledSession(r, group, rsvps.get(r.id) ?? []));
  }

  const summary = (series: SeriesRecord): SeriesSummary => ({
    id: series.id,
    title: series.title,
    recurrence: series.recurrence,
    firstStart: series.firstStart,
    timeZone: series.timeZone,
    stopped: series.stoppedAt !== null,
  });

  async function seriesView(group: GroupRecord, series: SeriesRecord): Promise<SeriesView> {
    const next = await store.schedule.ofSeries(series.id, deps.now(), SERIES_PREVIEW);
    return { ...summary(series), next: await views(group, next) };
  }

  mountRoute(router, 'schedule:list', deps, async ({ params, principal: { staff } }) => {
    const { group } = await groupFor(params.groupId, staff, 'group:view', deps);
    const now = deps.clock.now();
    await keepScheduled(store, deps.ids, await store.schedule.runningSeries(group.id), now);
    const rows = await store.schedule.between(
      [group.id],
      new Date(now - STAFF_BACK_DAYS * DAY_MS).toISOString(),
      new Date(now + STAFF_AHEAD_DAYS * DAY_MS).toISOString(),
    );
    return {
      sessions: await views(group, rows),
      series: (await store.schedule.seriesOf(group.id)).map(summary),
    };
  });

  mountRoute(router, 'schedule:create-series', deps, async ({ params, body, principal }) => {
    const { group } = await groupFor(params.groupId, principal.staff, 'group:edit', deps);
    if (group.archivedAt) throw new HavenError('CONFLICT', 'This group is archived.');
    const series = await checkPlan(store, group, body, deps.ids.next(), deps.now());
    await store.schedule.createSeries(series);
    await keepScheduled(store, deps.ids, [series], deps.clock.now());
    deps.log.info({ groupId: group.id, seriesId: series.id }, 'series planned');
    return seriesView(group, series);
  });

  mountRoute(router, 'schedule:stop-series', deps, async ({ params, principal }) => {
    const { group } = await groupFor(params.groupId, principal.staff, 'group:edit', deps);
    const series = await store.schedule.findSeries(group.id, params.seriesId);
    if (!series) throw new HavenError('NOT_FOUND', 'No such series in this group.');
    // Stopping twice is not an error: the series is stopped either way.
    await store.schedule.stopSeries(series.id, deps.now());
    return seriesView(group, { ...series, stoppedAt: series.stoppedAt ?? deps.now() });
  });

  mountRoute(router, 'schedule:update-session', deps, async ({ params, body, principal }) => {
    const { group } = await groupFor(params.groupId, principal.staff, 'group:edit', deps);
    const session = await store.schedule.find(params.sessionId);
    if (!session || session.groupId !== group.id)
      throw new HavenError('NOT_FOUND', 'No such scheduled session in this group.');
    if (session.endedAt) throw new HavenError('CONFLICT', 'This session has already ended.');
    const format = body.format ?? session.format;
    const venue =
      format === 'online' ? null : body.venue !== undefined ? body.venue : session.venue;
    checkVenue(format, venue);
    if (body.moderatorIds) await checkModerators(store, group.id, body.moderatorIds);
    await store.schedule.update(session.id, {
      ...(body.start !== undefined && {
        startsAt: movedStart(body.start, group.timeZone),
        moved: true,
      }),
      ...(body.durationMin !== undefined && { durationMin: body.durationMin }),
      ...(body.format !== undefined && { format }),
      ...((body.venue !== undefined || body.format !== undefined) && { venue }),
      ...(body.capacity !== undefined && { capacity: body.capacity }),
      ...(body.moderatorIds !== undefined && { moderatorIds: [...new Set(body.moderatorIds)] }),
      ...(body.cancelled !== undefined && {
        cancelledAt: body.cancelled ? (session.cancelledAt ?? deps.now()) : null,
      }),
    });
    const updated = await store.schedule.find(session.id);
    if (!updated) throw new HavenError('NOT_FOUND', 'No such scheduled session in this group.');
    const [view] = await views(group, [updated]);
    return view as ScheduledSession;
  });
}

/** A member's answer to one session; the waiting list follows from everyone's answers. */
export function rsvpOf(
  rsvps: readonly Rsvp[],
  memberId: string,
  wants: 'going' | 'not_going',
  at: string,
): Rsvp {
  return answer(rsvps.find((r) => r.memberId === memberId) ?? null, memberId, wants, at);
}

/** Whether a member may walk into the session's room now. */
export function joinableNow(session: ScheduledRecord, now: number): boolean {
  if (session.endedAt) return false;
  return roomWindow(
    {
      startsAt: Date.parse(session.startsAt),
      durationMin: session.durationMin,
      opensBeforeMin: session.opensBeforeMin,
      cancelled: session.cancelledAt !== null,
    },
    false,
    now,
  ).open;
}
