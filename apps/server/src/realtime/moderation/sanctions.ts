import { expireTimeouts, timeOutPerson } from '@haven/core';
import type { Reply } from '@haven/protocol';
import type { RealtimeDeps } from '../deps';
import type { RoomHandlerContext } from '../handler';
import type { LiveRoom } from '../live-room';
import { recordAction } from './audit';
import { changeMutes } from './mutes';
import { moderatedParticipant } from './target';

export function warn(ctx: RoomHandlerContext<'mod:warn'>): Promise<Reply<'mod:warn'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    const target = moderatedParticipant(room, identity, payload.participantId);
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
    const target = moderatedParticipant(room, identity, payload.participantId);
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
