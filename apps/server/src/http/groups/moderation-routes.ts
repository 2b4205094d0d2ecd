import type { Router } from 'express';
import { HavenError } from '../../errors';
import type { HttpDeps } from '../deps';
import { mountRoute } from '../route';
import { groupFor } from './group-access';

/** What moderation left behind, for the group's facilitators: bans and each session's log. */
export function moderationRoutes(router: Router, deps: HttpDeps): void {
  const { store } = deps;

  mountRoute(router, 'groups:bans', deps, async ({ params, principal: { staff } }) => {
    await groupFor(params.groupId, staff, 'group:edit', deps);
    const bans = await store.bans.listInForce(params.groupId);
    return {
      bans: bans.map((b) => ({
        id: b.id,
        participantId: b.memberId,
        displayName: b.displayName,
        scope: b.sessionId === null ? ('group' as const) : ('session' as const),
        sessionId: b.sessionId,
        createdAt: b.createdAt,
      })),
    };
  });

  mountRoute(router, 'groups:lift-ban', deps, async ({ params, principal: { staff } }) => {
    await groupFor(params.groupId, staff, 'group:edit', deps);
    const ban = await store.bans.lift(params.groupId, params.banId, deps.now());
    if (!ban) throw new HavenError('NOT_FOUND', 'No such ban.');
    deps.banLifted(params.groupId, ban.memberId);
    // Out of the group no more: they may come back by invite or the open link, like anyone who left.
    if (ban.sessionId === null) {
      const m = await store.participants.membership(params.groupId, ban.participantId);
      if (m?.status === 'removed')
        await store.participants.setStatus(params.groupId, ban.participantId, 'left', deps.now());
    }
    return {};
  });

  mountRoute(router, 'sessions:audit', deps, async ({ params, principal: { staff } }) => {
    await groupFor(params.groupId, staff, 'group:edit', deps);
    const session = await store.sessions.find(params.sessionId);
    if (session?.groupId !== params.groupId) throw new HavenError('NOT_FOUND', 'No such session.');
    const entries = await store.audit.forSession(params.sessionId);
    return {
      entries: entries.map((e) => ({
        at: e.at,
        actorName: e.actorName,
        action: e.action,
        targetName: e.targetName,
        detail: e.detail,
      })),
    };
  });

  mountRoute(router, 'sessions:reports', deps, async ({ params, principal: { staff } }) => {
    await groupFor(params.groupId, staff, 'group:edit', deps);
    const session = await store.sessions.find(params.sessionId);
    if (session?.groupId !== params.groupId) throw new HavenError('NOT_FOUND', 'No such session.');
    return { reports: await store.reports.of(params.sessionId) };
  });
}
