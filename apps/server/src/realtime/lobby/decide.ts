import { can } from '@haven/core';
import type { Reply, SocketIdentity } from '@haven/protocol';
import { HavenError } from '../../errors';
import { actorIn } from '../actor';
import { lobbyChannel } from '../channels';
import type { RealtimeDeps } from '../deps';
import type { RoomHandlerContext } from '../handler';
import type { LiveRoom } from '../live-room';
import { recordAction } from '../moderation/audit';
import { broadcastLobby, lobbyView } from './view';

function mayKeepTheDoor(room: LiveRoom, identity: SocketIdentity): void {
  if (!can(actorIn(room, identity), 'room:control'))
    throw new HavenError('FORBIDDEN', 'Only moderators let people in.');
}

/** A member of the group, named by their id in it; the name is for the audit log. */
async function member(room: LiveRoom, deps: RealtimeDeps, participantId: string) {
  const m = await deps.store.participants.membershipByMemberId(room.groupId, participantId);
  if (!m) throw new HavenError('NOT_FOUND', 'Nobody by that id is in this group.');
  return { id: participantId, displayName: m.displayName };
}

/** The waiting person leaves the lobby with this last word. */
function release(
  room: LiveRoom,
  deps: RealtimeDeps,
  participantId: string,
  tell: (to: ReturnType<RealtimeDeps['io']['to']>) => void,
): void {
  const waiting = room.lobby.get(participantId);
  if (!waiting) return;
  room.lobby.delete(participantId);
  tell(deps.io.to(waiting.socketId));
  deps.io.in(waiting.socketId).socketsLeave(lobbyChannel(room.id));
}

async function admitOne(
  room: LiveRoom,
  deps: RealtimeDeps,
  identity: SocketIdentity,
  participantId: string,
): Promise<void> {
  const target = await member(room, deps, participantId);
  const at = new Date(deps.clock.now()).toISOString();
  await deps.store.sessions.decide(
    room.id,
    participantId,
    { status: 'admitted' },
    identity.participantId,
    at,
  );
  await recordAction(room, deps, identity, 'admit', target);
  release(room, deps, participantId, (to) => to.emit('lobby:admitted', {}));
}

export function list(ctx: RoomHandlerContext<'lobby:list'>): Promise<Reply<'lobby:list'>> {
  const { room, identity, deps } = ctx;
  return room.serial(() => {
    mayKeepTheDoor(room, identity);
    return lobbyView(room, deps);
  });
}

export function admit(ctx: RoomHandlerContext<'lobby:admit'>): Promise<Reply<'lobby:admit'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    mayKeepTheDoor(room, identity);
    await admitOne(room, deps, identity, payload.participantId);
    await broadcastLobby(room, deps);
    return {};
  });
}

export function admitAll(
  ctx: RoomHandlerContext<'lobby:admit-all'>,
): Promise<Reply<'lobby:admit-all'>> {
  const { room, identity, deps } = ctx;
  return room.serial(async () => {
    mayKeepTheDoor(room, identity);
    for (const participantId of [...room.lobby.keys()])
      await admitOne(room, deps, identity, participantId);
    await broadcastLobby(room, deps);
    return {};
  });
}

export function deny(ctx: RoomHandlerContext<'lobby:deny'>): Promise<Reply<'lobby:deny'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    mayKeepTheDoor(room, identity);
    const target = await member(room, deps, payload.participantId);
    const reason = payload.reason || null;
    const at = new Date(deps.clock.now()).toISOString();
    await deps.store.sessions.decide(
      room.id,
      payload.participantId,
      { status: 'denied', reason },
      identity.participantId,
      at,
    );
    // The reason is for the person, not the log.
    await recordAction(room, deps, identity, 'deny', target);
    release(room, deps, payload.participantId, (to) => to.emit('lobby:denied', { reason }));
    await broadcastLobby(room, deps);
    return {};
  });
}

export function allowKnock(
  ctx: RoomHandlerContext<'lobby:allow-knock'>,
): Promise<Reply<'lobby:allow-knock'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    mayKeepTheDoor(room, identity);
    const target = await member(room, deps, payload.participantId);
    if (!(await deps.store.sessions.forgetDecision(room.id, payload.participantId)))
      throw new HavenError('NOT_FOUND', 'That person was not turned away.');
    await recordAction(room, deps, identity, 'allow-knock', target);
    await broadcastLobby(room, deps);
    return {};
  });
}

export function message(ctx: RoomHandlerContext<'lobby:message'>): Promise<Reply<'lobby:message'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    mayKeepTheDoor(room, identity);
    room.lobbyNotice = payload.text || null;
    await recordAction(room, deps, identity, 'lobby-message');
    deps.io.to(lobbyChannel(room.id)).emit('lobby:notice', { text: payload.text });
    return {};
  });
}
