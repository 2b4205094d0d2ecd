import type { Reply } from '@haven/protocol';
import type { RoomHandlerContext } from '../handler';
import { callerMedia } from './room-media';

export function connect(ctx: RoomHandlerContext<'media:connect'>): Promise<Reply<'media:connect'>> {
  return ctx.room.serial(async () => {
    const { media, participantId } = callerMedia(ctx);
    await media.connect(participantId, ctx.payload.transportId, ctx.payload.dtlsParameters);
    return {};
  });
}

export function restartIce(
  ctx: RoomHandlerContext<'media:restart-ice'>,
): Promise<Reply<'media:restart-ice'>> {
  return ctx.room.serial(async () => {
    const { media, participantId } = callerMedia(ctx);
    return { iceParameters: await media.restartIce(participantId, ctx.payload.transportId) };
  });
}
