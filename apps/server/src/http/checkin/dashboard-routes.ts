import { MOOD_VALUES, moodAsked } from '@haven/core';
import type { Router } from 'express';
import { dashboardCsv, groupDashboard } from '../../checkin/dashboard';
import { HavenError } from '../../errors';
import type { HttpDeps } from '../deps';
import { groupFor } from '../groups/group-access';
import { mountRoute } from '../route';

/** The facilitator's view after the sessions, and the participant's anonymous mood answer. */
export function dashboardRoutes(router: Router, deps: HttpDeps): void {
  const { store } = deps;

  mountRoute(router, 'dashboard:group', deps, async ({ params, principal }) => {
    const { group } = await groupFor(params.groupId, principal.staff, 'group:edit', deps);
    return groupDashboard(store, group, deps.clock.now());
  });

  mountRoute(router, 'dashboard:csv', deps, async ({ params, principal }) => {
    const { group } = await groupFor(params.groupId, principal.staff, 'group:edit', deps);
    const dashboard = await groupDashboard(store, group, deps.clock.now());
    return { filename: 'attendance.csv', csv: dashboardCsv(dashboard) };
  });

  mountRoute(router, 'me:mood', deps, async ({ params, body, principal }) => {
    const session = await store.sessions.find(params.sessionId);
    const member =
      session && (await store.participants.membership(session.groupId, principal.participantId));
    if (!session || member?.status !== 'admitted')
      throw new HavenError('NOT_FOUND', 'No such session in your groups.');
    if (!moodAsked(session.timing, deps.clock.now()))
      throw new HavenError('CONFLICT', 'This question is only asked around the session.');
    const value = MOOD_VALUES.find((v) => v === body.value);
    if (value === undefined) throw new HavenError('INVALID_ARGUMENT', 'value: 1 to 5.');
    if (!(await store.attendance.answerMood(session.info.id, member.memberId, body.phase, value)))
      throw new HavenError('CONFLICT', 'You have already answered this one.');
    return {};
  });
}
