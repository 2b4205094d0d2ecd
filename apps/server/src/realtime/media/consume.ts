import type { Reply } from '@haven/protocol';
import type { RoomHandlerContext } from '../handler';
import { mayReceiveIn } from '../talk/members';
import { callerMedia } from './room-media';

export function consume(ctx: RoomHandlerContext<'media:consume'>): Promise<Reply<'media:consume'>> {
  return ctx.room.serial(async () => {
    const { media, participantId } = callerMedia(ctx);
    const { producerId, preferLowLayer } = ctx.payload;
    return media.consume(participantId, producerId, preferLowLayer, mayReceiveIn(ctx.room));
  });
}

export function resumeConsumer(
  ctx: RoomHandlerContext<'media:resume-consumer'>,
): Promise<Reply<'media:resume-consumer'>> {
  return ctx.room.serial(async () => {
    const { media, participantId } = callerMedia(ctx);
    await media.resumeConsumer(participantId, ctx.payload.consumerId);
    return {};
  });
}

export function pauseConsumer(
  ctx: RoomHandlerContext<'media:pause-consumer'>,
): Promise<Reply<'media:pause-consumer'>> {
  return ctx.room.serial(async () => {
    const { media, participantId } = callerMedia(ctx);
    await media.pauseConsumer(participantId, ctx.payload.consumerId);
    return {};
  });
}

export function closeConsumer(
  ctx: RoomHandlerContext<'media:close-consumer'>,
): Promise<Reply<'media:close-consumer'>> {
  return ctx.room.serial(() => {
    const { media, participantId } = callerMedia(ctx);
    media.closeConsumer(participantId, ctx.payload.consumerId);
    return {};
  });
}

export function setLayer(
  ctx: RoomHandlerContext<'media:set-layer'>,
): Promise<Reply<'media:set-layer'>> {
  return ctx.room.serial(async () => {
    const { media, participantId } = callerMedia(ctx);
    await media.setLayer(participantId, ctx.payload.consumerId, ctx.payload.spatialLayer);
    return {};
  });
}
