import { can } from '@haven/core';
import type { Router } from 'express';
import { HavenError } from '../../errors';
import { resourcesFor } from '../../safety/crisis-resources';
import { PLATFORM } from '../../store/safety-repo';
import type { HttpDeps } from '../deps';
import { groupFor } from '../groups/group-access';
import { mountRoute } from '../route';

/** Crisis resources: kept by facilitators per group, by administrators for the platform. */
export function safetyRoutes(router: Router, deps: HttpDeps): void {
  const { store } = deps;

  const listsOf = async (owner: string) => ({
    lists: [...(await store.safety.resourcesOf(owner))].map(([locale, resources]) => ({
      locale,
      resources,
    })),
  });

  mountRoute(router, 'safety:group-resources', deps, async ({ params, principal }) => {
    const { group } = await groupFor(params.groupId, principal.staff, 'group:view', deps);
    return listsOf(group.id);
  });

  mountRoute(router, 'safety:set-group-resources', deps, async ({ params, body, principal }) => {
    const { group } = await groupFor(params.groupId, principal.staff, 'group:edit', deps);
    await store.safety.setResources(group.id, params.locale, body.resources);
    return listsOf(group.id);
  });

  mountRoute(router, 'safety:platform-resources', deps, () => listsOf(PLATFORM));

  mountRoute(router, 'safety:set-platform-resources', deps, async ({ params, body, principal }) => {
    const { staff } = principal;
    if (!can({ id: staff.id, role: staff.role, isAdmin: staff.isAdmin }, 'platform:edit'))
      throw new HavenError('FORBIDDEN', 'Only administrators set the platform-wide list.');
    await store.safety.setResources(PLATFORM, params.locale, body.resources);
    return listsOf(PLATFORM);
  });

  mountRoute(router, 'me:crisis-resources', deps, async ({ params, principal }) => {
    const group = await store.groups.find(params.groupId);
    const member =
      group && (await store.participants.membership(group.id, principal.participantId));
    if (!group || member?.status !== 'admitted')
      throw new HavenError('NOT_FOUND', 'You are not a member of this group.');
    return resourcesFor(store, group, params.locale);
  });
}
