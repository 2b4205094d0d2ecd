import { normalizeDisplayName } from '@haven/core';
import type { MyMembership } from '@haven/protocol';
import type { Router } from 'express';
import { HavenError } from '../../errors';
import type { HttpDeps } from '../deps';
import { mountRoute } from '../route';

/** A participant's own view of their place in a group, from their device token. */
export function meRoutes(router: Router, deps: HttpDeps): void {
  const { store } = deps;
  /** Scheduled sessions appear among a member's rooms from a day before they start. */
  const soon = () => new Date(deps.clock.now() + 86_400_000).toISOString();

  async function membershipOf(groupId: string, participantId: string): Promise<MyMembership> {
    const group = await store.groups.find(groupId);
    const membership = group && (await store.participants.membership(groupId, participantId));
    if (!group || !membership || membership.status === 'left' || membership.status === 'removed')
      throw new HavenError('NOT_FOUND', 'You are not a member of this group.');
    // Session links only for admitted members: someone waiting for approval has none yet.
    const sessions =
      group.archivedAt || membership.status !== 'admitted'
        ? []
        : await store.sessions.listForGroup(groupId, soon());
    return {
      groupId,
      groupName: group.name,
      displayName: membership.displayName,
      status: membership.status,
      acceptedVersion: await store.participants.acceptedVersion(groupId, participantId),
      agreement: group.agreement,
      sessions: sessions.map((s) => ({ id: s.id, title: s.title })),
    };
  }

  mountRoute(router, 'me:leave-group', deps, async ({ params, principal }) => {
    await membershipOf(params.groupId, principal.participantId);
    await store.participants.setStatus(params.groupId, principal.participantId, 'left', deps.now());
    deps.disconnect(principal.participantId);
    return {};
  });

  mountRoute(router, 'me:data', deps, async ({ principal }) => ({
    ...(await store.participants.dataOf(principal.participantId)),
    messages: await store.chat.allBy(principal.participantId),
    heldMessages: await store.held.allBy(principal.participantId),
    checkinMessages: await store.talks.writtenBy(principal.participantId),
    reports: await store.reports.madeBy(principal.participantId),
  }));

  mountRoute(router, 'me:delete', deps, async ({ principal }) => {
    await store.participants.deleteEverything(principal.participantId, deps.now());
    deps.disconnect(principal.participantId);
    return {};
  });

  mountRoute(router, 'me:membership', deps, ({ params, principal }) =>
    membershipOf(params.groupId, principal.participantId),
  );

  mountRoute(router, 'me:update-membership', deps, async ({ params, body, principal }) => {
    const current = await membershipOf(params.groupId, principal.participantId);
    const name = normalizeDisplayName(body.displayName);
    if (!name.ok) throw new HavenError('INVALID_ARGUMENT', name.reason);
    if (body.agreementVersion !== current.agreement.version)
      throw new HavenError('AGREEMENT_CHANGED', 'The group agreement has changed; read it again.');
    const now = deps.now();
    // Only the name: a status decided meanwhile by a facilitator must not be written back.
    await store.participants.setDisplayName(
      params.groupId,
      principal.participantId,
      name.value,
      now,
    );
    await store.participants.recordAcceptance(
      params.groupId,
      principal.participantId,
      body.agreementVersion,
      now,
    );
    return membershipOf(params.groupId, principal.participantId);
  });
}
