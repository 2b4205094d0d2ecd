import { can } from '@haven/core';
import { closeAllVisits } from '../session/attendance';
import type { Reply, RoomSettings, SocketIdentity } from '@haven/protocol';
import { HavenError } from '../../errors';
import { actorIn } from '../actor';
import { modsChannel, roomChannel } from '../channels';
import type { RealtimeDeps } from '../deps';
import type { RoomHandlerContext } from '../handler';
import type { LiveRoom } from '../live-room';
import { recordAction } from './audit';
import { changeMutes } from './mutes';

function mayControl(room: LiveRoom, identity: SocketIdentity): void {
  if (!can(actorIn(room, identity), 'room:control'))
    throw new HavenError('FORBIDDEN', 'Only moderators can do this.');
}

/** Changes the room's settings; pausing and resuming go through the mutes so media follows. */
async function changeSettings(
  room: LiveRoom,
  deps: RealtimeDeps,
  identity: SocketIdentity,
  patch: Partial<RoomSettings>,
  action: string,
  detail: Record<string, number> | null = null,
): Promise<void> {
  const next = { ...room.settings, ...patch };
  if (JSON.stringify(next) === JSON.stringify(room.settings)) return;
  await recordAction(room, deps, identity, action, null, detail);
  await changeMutes(room, deps, () => {
    room.settings = next;
  });
  deps.io.to(roomChannel(room.id)).emit('room:settings', room.settings);
}

export function lock(ctx: RoomHandlerContext<'room:lock'>): Promise<Reply<'room:lock'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    mayControl(room, identity);
    const action = payload.locked ? 'lock' : 'unlock';
    await changeSettings(room, deps, identity, { locked: payload.locked }, action);
    return {};
  });
}

export function pause(ctx: RoomHandlerContext<'room:pause'>): Promise<Reply<'room:pause'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    mayControl(room, identity);
    const action = payload.paused ? 'pause' : 'resume';
    await changeSettings(room, deps, identity, { paused: payload.paused }, action);
    return {};
  });
}

export function slowMode(
  ctx: RoomHandlerContext<'room:slow-mode'>,
): Promise<Reply<'room:slow-mode'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    mayControl(room, identity);
    await changeSettings(room, deps, identity, { slowModeSeconds: payload.seconds }, 'slow-mode', {
      seconds: payload.seconds,
    });
    return {};
  });
}

/**
 * Ends the session for everyone: it is marked ended in the store (nobody enters again), every
 * connection hears it and leaves the room, and the room's media and timers are released.
 */
export function end(ctx: RoomHandlerContext<'room:end'>): Promise<Reply<'room:end'>> {
  const { room, identity, deps } = ctx;
  return room.serial(async () => {
    if (!can(actorIn(room, identity), 'session:end'))
      throw new HavenError('FORBIDDEN', 'Only moderators can end the session.');
    await recordAction(room, deps, identity, 'end-session');
    await deps.store.sessions.end(room.id, new Date(deps.clock.now()).toISOString());
    room.ended = true;
    const channel = roomChannel(room.id);
    deps.io.to(channel).emit('room:ended', {});
    for (const socket of await deps.io.in(channel).fetchSockets()) socket.data.identity = undefined;
    deps.io.in(channel).socketsLeave([channel, modsChannel(room.id)]);
    room.dispose();
    room.presence = { participants: new Map() };
    closeAllVisits(room, deps);
    return {};
  });
}
