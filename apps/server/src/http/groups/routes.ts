import { can } from '@haven/core';
import type { Router } from 'express';
import { HavenError } from '../../errors';
import type { HttpDeps } from '../deps';
import { mountRoute } from '../route';
import { groupFor } from './group-access';
import { toGroupView } from './views';

export function groupRoutes(router: Router, deps: HttpDeps): void {
  const { store } = deps;

  /** The group as the caller sees it, after a change. */
  const reload = async (groupId: string, staffId: string) => {
    const group = await store.groups.find(groupId);
    if (!group) throw new HavenError('NOT_FOUND', 'No such group.');
    return toGroupView(group, await store.groups.staffRole(groupId, staffId));
  };

  /** A group always keeps someone who can manage it: its last facilitator cannot be taken away. */
  async function keepOneFacilitator(groupId: string, staffId: string): Promise<void> {
    const staff = await store.groups.staffOf(groupId);
    const facilitators = staff.filter((s) => s.role === 'facilitator');
    if (facilitators.length === 1 && facilitators[0]?.staffId === staffId)
      throw new HavenError('CONFLICT', 'A group needs at least one facilitator.');
  }

  mountRoute(router, 'groups:list', deps, async ({ principal: { staff } }) => {
    const mine = await store.groups.listForStaff(staff.id);
    if (!staff.isAdmin) return { groups: mine.map((g) => toGroupView(g, g.role)) };
    const roles = new Map(mine.map((g) => [g.id, g.role]));
    const all = await store.groups.listAll();
    return { groups: all.map((g) => toGroupView(g, roles.get(g.id) ?? null)) };
  });

  mountRoute(router, 'groups:create', deps, async ({ body, principal: { staff } }) => {
    if (!can({ id: staff.id, role: staff.role, isAdmin: staff.isAdmin }, 'group:create'))
      throw new HavenError('FORBIDDEN', 'Only facilitators can create groups.');
    const id = deps.ids.next();
    await store.groups.create({
      id,
      ...body,
      agreementText: body.agreement,
      createdAt: deps.now(),
    });
    await store.groups.assignStaff(id, staff.id, 'facilitator');
    return reload(id, staff.id);
  });

  mountRoute(router, 'groups:get', deps, async ({ params, principal: { staff } }) => {
    const { group } = await groupFor(params.groupId, staff, 'group:view', deps);
    return toGroupView(group, await store.groups.staffRole(group.id, staff.id));
  });

  mountRoute(router, 'groups:update', deps, async ({ params, body, principal: { staff } }) => {
    const { group } = await groupFor(params.groupId, staff, 'group:edit', deps);
    // Series run on the group's clock: moving the clock under them would split the schedule.
    if (
      body.timeZone !== undefined &&
      body.timeZone !== group.timeZone &&
      (await store.schedule.runningSeries(group.id)).length > 0
    )
      throw new HavenError(
        'CONFLICT',
        "Stop the group's repeating series before changing its time zone, then plan them again.",
      );
    await store.groups.update(params.groupId, body);
    if (body.media !== undefined) deps.groupMediaChanged(params.groupId);
    if (body.maskContacts !== undefined) deps.groupMaskChanged(params.groupId, body.maskContacts);
    return reload(params.groupId, staff.id);
  });

  mountRoute(router, 'groups:archive', deps, async ({ params, principal: { staff } }) => {
    const { group } = await groupFor(params.groupId, staff, 'group:edit', deps);
    if (!group.archivedAt) await store.groups.archive(group.id, deps.now());
    return reload(group.id, staff.id);
  });

  mountRoute(
    router,
    'groups:set-agreement',
    deps,
    async ({ params, body, principal: { staff } }) => {
      const { group } = await groupFor(params.groupId, staff, 'group:edit', deps);
      // Publishing the same text again is not a new version: nobody is asked to re-accept.
      if (group.agreement.text !== body.text)
        await store.groups.newAgreement(group.id, body.text, deps.now());
      return reload(group.id, staff.id);
    },
  );

  mountRoute(router, 'groups:staff', deps, async ({ params, principal: { staff } }) => {
    await groupFor(params.groupId, staff, 'group:view', deps);
    return { staff: await store.groups.staffOf(params.groupId) };
  });

  mountRoute(
    router,
    'groups:assign-staff',
    deps,
    async ({ params, body, principal: { staff } }) => {
      await groupFor(params.groupId, staff, 'group:edit', deps);
      const member = await store.staff.findById(params.staffId);
      if (!member || member.disabled) throw new HavenError('NOT_FOUND', 'No such staff account.');
      // A moderator account cannot be made a facilitator through a group.
      if (body.role === 'facilitator' && member.role !== 'facilitator')
        throw new HavenError('FORBIDDEN', 'Only facilitator accounts can facilitate a group.');
      if (body.role !== 'facilitator') await keepOneFacilitator(params.groupId, member.id);
      await store.groups.assignStaff(params.groupId, member.id, body.role);
      // A new role takes effect at once: the person's open rooms re-admit them with it.
      deps.disconnect(member.id);
      return { staff: await store.groups.staffOf(params.groupId) };
    },
  );

  mountRoute(router, 'groups:unassign-staff', deps, async ({ params, principal: { staff } }) => {
    await groupFor(params.groupId, staff, 'group:edit', deps);
    await keepOneFacilitator(params.groupId, params.staffId);
    await store.groups.unassignStaff(params.groupId, params.staffId);
    deps.disconnect(params.staffId);
    return { staff: await store.groups.staffOf(params.groupId) };
  });

  mountRoute(router, 'groups:members', deps, async ({ params, principal: { staff } }) => {
    await groupFor(params.groupId, staff, 'group:view', deps);
    const members = await store.participants.membersOf(params.groupId);
    return {
      members: members.flatMap((m) =>
        m.status === 'requested' || m.status === 'admitted'
          ? [{ participantId: m.memberId, displayName: m.displayName, status: m.status }]
          : [],
      ),
    };
  });

  mountRoute(router, 'groups:admit-member', deps, async ({ params, principal: { staff } }) => {
    await groupFor(params.groupId, staff, 'group:edit', deps);
    // Staff name members by their id in this group, never by their identity across groups.
    const m = await store.participants.membershipByMemberId(params.groupId, params.participantId);
    if (m?.status !== 'requested') throw new HavenError('NOT_FOUND', 'Nobody is waiting.');
    await store.participants.setStatus(params.groupId, m.participantId, 'admitted', deps.now());
    return {};
  });

  mountRoute(router, 'groups:decline-member', deps, async ({ params, principal: { staff } }) => {
    await groupFor(params.groupId, staff, 'group:edit', deps);
    const m = await store.participants.membershipByMemberId(params.groupId, params.participantId);
    if (m?.status !== 'requested' && m?.status !== 'admitted')
      throw new HavenError('NOT_FOUND', 'No such member.');
    // Removed, not "left": the removal holds against old invites and open links.
    await store.participants.setStatus(params.groupId, m.participantId, 'removed', deps.now());
    deps.disconnect(m.participantId);
    return {};
  });

  mountRoute(router, 'sessions:list', deps, async ({ params, principal: { staff } }) => {
    await groupFor(params.groupId, staff, 'group:view', deps);
    // Sessions planned further ahead are in the schedule.
    const sessions = await store.sessions.listForGroup(
      params.groupId,
      new Date(deps.clock.now() + 86_400_000).toISOString(),
    );
    return {
      sessions: sessions.map((s) => ({
        id: s.id,
        title: s.title,
        createdAt: s.createdAt,
        lobby: s.lobby,
      })),
    };
  });

  mountRoute(router, 'sessions:create', deps, async ({ params, body, principal: { staff } }) => {
    const { group } = await groupFor(params.groupId, staff, 'group:edit', deps);
    if (group.archivedAt) throw new HavenError('CONFLICT', 'This group is archived.');
    const session = {
      id: deps.ids.next(),
      groupId: group.id,
      title: body.title,
      createdAt: deps.now(),
      // Closed groups meet behind a door by default: a moderator lets people in.
      lobby: body.lobby ?? group.visibility === 'closed',
    };
    await store.sessions.create(session);
    return {
      id: session.id,
      title: session.title,
      createdAt: session.createdAt,
      lobby: session.lobby,
    };
  });

  mountRoute(router, 'public:groups', deps, async () => {
    const open = await store.groups.listOpen();
    return {
      groups: open.map((g) => ({
        id: g.id,
        name: g.name,
        description: g.description,
        language: g.language,
      })),
    };
  });
}
