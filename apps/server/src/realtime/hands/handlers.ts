import {
  can,
  endTurn,
  grantTurn,
  lowerAllHands,
  lowerHand,
  moveToFront,
  raiseHand,
} from '@haven/core';
import type { Reply } from '@haven/protocol';
import { HavenError } from '../../errors';
import { actorIn, personIn } from '../actor';
import type { RoomHandlerContext } from '../handler';
import type { LiveRoom } from '../live-room';
import type { SocketIdentity } from '@haven/protocol';
import { recordAction } from '../moderation/audit';
import { applyHands } from './turns';

function mayManage(room: LiveRoom, identity: SocketIdentity): void {
  if (!can(actorIn(room, identity), 'hand:manage'))
    throw new HavenError('FORBIDDEN', 'Only moderators manage the queue.');
}

export function raise(ctx: RoomHandlerContext<'hand:raise'>): Promise<Reply<'hand:raise'>> {
  const { room, identity, deps } = ctx;
  return room.serial(async () => {
    if (!can(actorIn(room, identity), 'hand:raise'))
      throw new HavenError('FORBIDDEN', 'You cannot raise your hand here.');
    await applyHands(room, deps, () =>
      raiseHand(room.hands, identity.participantId, deps.clock.now()),
    );
    return {};
  });
}

export function lower(ctx: RoomHandlerContext<'hand:lower'>): Promise<Reply<'hand:lower'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    const whose = payload.participantId ?? identity.participantId;
    if (whose !== identity.participantId) {
      mayManage(room, identity);
      await recordAction(room, deps, identity, 'lower-hand', personIn(room, whose));
    }
    await applyHands(room, deps, () => lowerHand(room.hands, whose));
    return {};
  });
}

export function lowerAll(
  ctx: RoomHandlerContext<'hand:lower-all'>,
): Promise<Reply<'hand:lower-all'>> {
  const { room, identity, deps } = ctx;
  return room.serial(async () => {
    mayManage(room, identity);
    await recordAction(room, deps, identity, 'lower-all-hands');
    await applyHands(room, deps, () => lowerAllHands(room.hands));
    return {};
  });
}

export function toFront(
  ctx: RoomHandlerContext<'hand:move-to-front'>,
): Promise<Reply<'hand:move-to-front'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    mayManage(room, identity);
    const target = personIn(room, payload.participantId);
    await recordAction(room, deps, identity, 'move-to-front', target);
    await applyHands(room, deps, () => moveToFront(room.hands, payload.participantId));
    return {};
  });
}

export function grant(
  ctx: RoomHandlerContext<'hand:grant-turn'>,
): Promise<Reply<'hand:grant-turn'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    mayManage(room, identity);
    const target = personIn(room, payload.participantId);
    await recordAction(room, deps, identity, 'grant-turn', target, { seconds: payload.seconds });
    await applyHands(room, deps, () =>
      grantTurn(room.hands, payload.participantId, payload.seconds * 1000, deps.clock.now()),
    );
    return {};
  });
}

export function end(ctx: RoomHandlerContext<'hand:end-turn'>): Promise<Reply<'hand:end-turn'>> {
  const { room, identity, deps } = ctx;
  return room.serial(async () => {
    const turn = room.hands.turn;
    if (!turn) throw new HavenError('NOT_FOUND', 'Nobody has the floor.');
    // The speaker may hand the floor back early; otherwise it is the moderators' call.
    if (turn.participantId !== identity.participantId) {
      mayManage(room, identity);
      await recordAction(room, deps, identity, 'end-turn', personIn(room, turn.participantId));
    }
    await applyHands(room, deps, () => endTurn(room.hands, 'ended-early', deps.clock.now()));
    return {};
  });
}
