import type { Reply } from '@haven/protocol';
import { HavenError } from '../../errors';
import type { RoomHandlerContext } from '../handler';
import { mayReceiveIn } from '../talk/members';
import { callerMedia, rulesFor } from './room-media';

export function produce(ctx: RoomHandlerContext<'media:produce'>): Promise<Reply<'media:produce'>> {
  return ctx.room.serial(async () => {
    const { media, participantId } = callerMedia(ctx);
    const { talkId } = ctx.payload;
    let rules = rulesFor(ctx.room, participantId, ctx.deps.clock.now());
    if (talkId !== undefined) {
      if (!mayReceiveIn(ctx.room)(participantId, talkId))
        throw new HavenError('NOT_FOUND', 'No such open private check-in of yours.');
      // The room's hard mutes are the room's: a moderator checking in must hear the person.
      rules = { ...rules, hardMuted: new Set() };
    }
    const producerId = await media.produce(participantId, ctx.payload, rules);
    return { producerId };
  });
}

export function pauseProducer(
  ctx: RoomHandlerContext<'media:pause-producer'>,
): Promise<Reply<'media:pause-producer'>> {
  return ctx.room.serial(async () => {
    const { media, participantId } = callerMedia(ctx);
    await media.pauseProducer(participantId, ctx.payload.producerId);
    return {};
  });
}

export function resumeProducer(
  ctx: RoomHandlerContext<'media:resume-producer'>,
): Promise<Reply<'media:resume-producer'>> {
  return ctx.room.serial(async () => {
    const { media, participantId } = callerMedia(ctx);
    const rules = rulesFor(ctx.room, participantId, ctx.deps.clock.now());
    await media.resumeProducer(participantId, ctx.payload.producerId, rules);
    return {};
  });
}

export function closeProducer(
  ctx: RoomHandlerContext<'media:close-producer'>,
): Promise<Reply<'media:close-producer'>> {
  return ctx.room.serial(() => {
    const { media, participantId } = callerMedia(ctx);
    media.closeProducer(participantId, ctx.payload.producerId);
    return {};
  });
}
