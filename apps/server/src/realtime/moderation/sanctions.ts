import { can, expireTimeouts, timeOutPerson } from '@haven/core';
import type { Reply, SocketIdentity } from '@haven/protocol';
import { HavenError } from '../../errors';
import { actorIn, personIn } from '../actor';
import type { RealtimeDeps } from '../deps';
import type { RoomHandlerContext } from '../handler';
import type { LiveRoom } from '../live-room';
import { recordAction } from './audit';
import { changeMutes } from './mutes';

/** A participant the caller moderates (warnings and timeouts are for participants). */
function sanctionable(room: LiveRoom, identity: SocketIdentity, participantId: string) {
  const actor = actorIn(room, identity);
  if (!can(actor, 'room:mute-all'))
    throw new HavenError('FORBIDDEN', 'Only moderators can do this.');
  const target = personIn(room, participantId);
  // Staff cannot be muted (they run the room): refused rather than "done" with no effect.
  if (
    target.role !== 'participant' ||
    !can(actor, 'participant:mute', { ownerId: target.id, role: target.role })
  )
    throw new HavenError('FORBIDDEN', 'You cannot do this to this person.');
  return target;
}

export function warn(ctx: RoomHandlerContext<'mod:warn'>): Promise<Reply<'mod:warn'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    const target = sanctionable(room, identity, payload.participantId);
    // The log says a warning was given, not what it said.
    await recordAction(room, deps, identity, 'warn', target);
    const socketId = room.speakerOf(target.id);
    if (socketId) deps.io.to(socketId).emit('moderation:warning', { text: payload.text });
    return {};
  });
}

export function timeout(ctx: RoomHandlerContext<'mod:timeout'>): Promise<Reply<'mod:timeout'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    const target = sanctionable(room, identity, payload.participantId);
    const until = deps.clock.now() + payload.minutes * 60_000;
    await recordAction(room, deps, identity, 'timeout', target, { minutes: payload.minutes });
    await changeMutes(room, deps, () => {
      room.mutes = timeOutPerson(room.mutes, target.id, until);
    });
    scheduleTimeoutEnd(room, deps, target.id, until);
    return {};
  });
}

/** Lifts the timeout on time and tells the room, with nobody having to remember it. */
function scheduleTimeoutEnd(
  room: LiveRoom,
  deps: RealtimeDeps,
  participantId: string,
  until: number,
) {
  room.setTimer(`timeout:${participantId}`, until - deps.clock.now(), () => {
    room
      .serial(() =>
        changeMutes(room, deps, () => {
          // The timer says the time is up, even if the clock reads a millisecond earlier.
          room.mutes = expireTimeouts(room.mutes, Math.max(deps.clock.now(), until));
        }),
      )
      .catch((err: unknown) => deps.log.error({ err, sessionId: room.id }, 'timeout end failed'));
  });
}
