import { allowedKinds } from '@haven/core';
import type { Reply } from '@haven/protocol';
import { HavenError } from '../../errors';
import { turnServers } from '../../media/turn';
import type { RoomHandlerContext } from '../handler';
import { callerMedia, ensureRoomMedia, rulesFor } from './room-media';

export function capabilities({
  room,
  deps,
}: RoomHandlerContext<'media:capabilities'>): Promise<Reply<'media:capabilities'>> {
  return room.serial(async () => {
    const media = await ensureRoomMedia(room, deps);
    return { routerRtpCapabilities: media.rtpCapabilities };
  });
}

export function start({
  socket,
  identity,
  room,
  payload,
  deps,
}: RoomHandlerContext<'media:start'>): Promise<Reply<'media:start'>> {
  return room.serial(async () => {
    if (room.speakerOf(identity.participantId) !== socket.id)
      throw new HavenError('UNAUTHENTICATED', 'Another page of yours has taken over.');
    const group = await deps.store.groups.find(room.groupId);
    if (!group) throw new HavenError('NOT_FOUND', 'This group no longer exists.');
    room.mediaMode = group.media;
    const media = await ensureRoomMedia(room, deps);
    const transports = await media.startPeer(identity.participantId, payload.rtpCapabilities);
    return {
      ...transports,
      iceServers: turnServers(deps.config.media.turn, deps.clock.now()),
      allowedKinds: allowedKinds(rulesFor(room, identity.participantId, deps.clock.now())),
      cameraOnAtJoin: group.cameraOnAtJoin,
      producers: media.remoteProducers(identity.participantId),
    };
  });
}

export function producers(
  ctx: RoomHandlerContext<'media:producers'>,
): Promise<Reply<'media:producers'>> {
  return ctx.room.serial(() => {
    const { media, participantId } = callerMedia(ctx);
    return { producers: media.remoteProducers(participantId) };
  });
}
