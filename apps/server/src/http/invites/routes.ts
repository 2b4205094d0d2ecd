import { inviteStatus } from '@haven/core';
import type { InviteView } from '@haven/protocol';
import type { Router } from 'express';
import { hashSecret, newSecret } from '../../auth/tokens';
import { HavenError } from '../../errors';
import type { InviteRecord } from '../../store/invites-repo';
import type { HttpDeps } from '../deps';
import { groupFor } from '../groups/group-access';
import { mountRoute } from '../route';
import { baseUrl } from '../staff/staff-session';
import { enterGroup } from './enter-group';

const DAY_MS = 24 * 60 * 60 * 1000;

const statusOf = (i: InviteRecord, now: number) =>
  inviteStatus(
    {
      expiresAt: Date.parse(i.expiresAt),
      maxUses: i.maxUses,
      uses: i.uses,
      revokedAt: i.revokedAt === null ? null : Date.parse(i.revokedAt),
    },
    now,
  );

const toView = (i: InviteRecord, now: number): InviteView => ({
  id: i.id,
  createdAt: i.createdAt,
  expiresAt: i.expiresAt,
  maxUses: i.maxUses,
  uses: i.uses,
  status: statusOf(i, now),
});

export function inviteRoutes(router: Router, deps: HttpDeps): void {
  const { store } = deps;

  /** The invite behind a token and its group, or the reason it no longer opens anything. */
  async function openInvite(token: string) {
    const invite = await store.invites.findByToken(hashSecret(token));
    const group = invite && (await store.groups.find(invite.groupId));
    if (!invite || !group || group.archivedAt)
      throw new HavenError('NOT_FOUND', 'This invite link does not lead anywhere.');
    const status = statusOf(invite, deps.clock.now());
    if (status === 'revoked')
      throw new HavenError('INVITE_REVOKED', 'This invite link was withdrawn by the group.');
    if (status !== 'active')
      throw new HavenError('INVITE_EXPIRED', 'This invite link has expired; ask for a new one.');
    return { invite, group };
  }

  mountRoute(router, 'invites:list', deps, async ({ params, principal: { staff } }) => {
    await groupFor(params.groupId, staff, 'group:edit', deps);
    const now = deps.clock.now();
    return {
      invites: (await store.invites.listForGroup(params.groupId)).map((i) => toView(i, now)),
    };
  });

  mountRoute(
    router,
    'invites:create',
    deps,
    async ({ req, params, body, principal: { staff } }) => {
      const { group } = await groupFor(params.groupId, staff, 'group:edit', deps);
      if (group.archivedAt) throw new HavenError('CONFLICT', 'This group is archived.');
      const token = newSecret();
      const now = deps.clock.now();
      const record = {
        id: deps.ids.next(),
        groupId: group.id,
        createdAt: new Date(now).toISOString(),
        expiresAt: new Date(now + body.expiresInDays * DAY_MS).toISOString(),
        maxUses: body.maxUses,
      };
      await store.invites.create({ ...record, tokenHash: hashSecret(token), createdBy: staff.id });
      return {
        invite: toView({ ...record, uses: 0, revokedAt: null }, now),
        // In the fragment: browsers never send it to a server, so no log or Referer holds it.
        link: `${baseUrl(req, deps)}/join#${token}`,
      };
    },
  );

  mountRoute(router, 'invites:revoke', deps, async ({ params, principal: { staff } }) => {
    await groupFor(params.groupId, staff, 'group:edit', deps);
    await store.invites.revoke(params.groupId, params.inviteId, deps.now());
    const invite = (await store.invites.listForGroup(params.groupId)).find(
      (i) => i.id === params.inviteId,
    );
    if (!invite) throw new HavenError('NOT_FOUND', 'No such invite in this group.');
    return toView(invite, deps.clock.now());
  });

  mountRoute(router, 'invites:inspect', deps, async ({ body }) => {
    const { group } = await openInvite(body.token);
    return {
      group: {
        id: group.id,
        name: group.name,
        description: group.description,
        language: group.language,
        agreement: group.agreement,
      },
    };
  });

  mountRoute(router, 'invites:accept', deps, async ({ body, principal }) => {
    const { group } = await openInvite(body.token);
    return enterGroup(group, 'invite', body, principal, deps, async () => {
      // Counted atomically: two people racing for the last use cannot both get in.
      const used = await store.invites.use(hashSecret(body.token), deps.now());
      if (!used)
        throw new HavenError('INVITE_EXPIRED', 'This invite link has expired; ask for a new one.');
      return used.id;
    });
  });

  mountRoute(router, 'public:join-group', deps, async ({ params, body, principal }) => {
    const group = await store.groups.find(params.groupId);
    if (!group) throw new HavenError('NOT_FOUND', 'No such group.');
    return enterGroup(group, 'open-link', body, principal, deps);
  });
}
