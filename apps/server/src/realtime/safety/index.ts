import { can } from '@haven/core';
import type { Reply } from '@haven/protocol';
import { HavenError } from '../../errors';
import { resourcesFor } from '../../safety/crisis-resources';
import { actorIn } from '../actor';
import { modsChannel } from '../channels';
import type { createHandlerRegistry, RoomHandlerContext } from '../handler';
import { recordAction } from '../moderation/audit';
import { raiseAlert } from './raise-alert';

/**
 * "I need support": a private call from a participant to the session's moderators. It reaches
 * the moderators' channel only; nobody else in the room can tell it happened. It stays in their
 * list until one of them takes it on.
 */
export function registerSafetyHandlers({
  handleInRoom,
}: ReturnType<typeof createHandlerRegistry>): void {
  handleInRoom('support:request', request);
  handleInRoom('support:alerts', alerts);
  handleInRoom('support:acknowledge', acknowledge);
}

function request(ctx: RoomHandlerContext<'support:request'>): Promise<Reply<'support:request'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    if (!can(actorIn(room, identity), 'support:request'))
      throw new HavenError('FORBIDDEN', 'This is for participants; moderators have their channel.');
    const alert = await raiseAlert(room, deps, identity, { reason: 'asked', seq: null });
    const group = await deps.store.groups.find(room.groupId);
    return {
      alertId: alert.id,
      resources: await resourcesFor(
        deps.store,
        { id: room.groupId, language: group?.language ?? room.info.language },
        payload.locale,
      ),
    };
  });
}

async function alerts(ctx: RoomHandlerContext<'support:alerts'>): Promise<Reply<'support:alerts'>> {
  const { room, identity, deps } = ctx;
  if (!can(actorIn(room, identity), 'support:respond'))
    throw new HavenError('FORBIDDEN', 'Only moderators see calls for support.');
  return { alerts: await deps.store.safety.alerts(room.id) };
}

function acknowledge(
  ctx: RoomHandlerContext<'support:acknowledge'>,
): Promise<Reply<'support:acknowledge'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    if (!can(actorIn(room, identity), 'support:respond'))
      throw new HavenError('FORBIDDEN', 'Only moderators take calls for support on.');
    const me = room.presence.participants.get(identity.participantId);
    const alert = await deps.store.safety.acknowledge(
      room.id,
      payload.alertId,
      { id: identity.participantId, name: me?.displayName ?? '' },
      new Date(deps.clock.now()).toISOString(),
    );
    if (!alert) throw new HavenError('NOT_FOUND', 'No such call for support in this session.');
    await recordAction(room, deps, identity, 'support-acknowledge', {
      id: alert.participantId,
      displayName: alert.displayName,
    });
    deps.io.to(modsChannel(room.id)).emit('support:alert', alert);
    return alert;
  });
}
