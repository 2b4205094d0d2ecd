import { allowedKinds } from '@haven/core';
import type { Reply } from '@haven/protocol';
import { HavenError } from '../../errors';
import { turnServers } from '../../media/turn';
import type { RealtimeDeps } from '../deps';
import type { RoomHandlerContext } from '../handler';
import type { LiveRoom } from '../live-room';
import { mayReceiveIn } from '../talk/members';
import { callerMedia, ensureRoomMedia, rulesFor } from './room-media';

/** The group's media setting, read fresh: a text-only group gets no media at all. */
async function groupMedia(room: LiveRoom, deps: RealtimeDeps) {
  const group = await deps.store.groups.find(room.groupId);
  if (!group) throw new HavenError('NOT_FOUND', 'This group no longer exists.');
  room.info.media = group.media;
  if (group.media === 'text_only')
    throw new HavenError('FORBIDDEN', 'This group meets in text only.');
  return group;
}

export function capabilities({
  room,
  deps,
}: RoomHandlerContext<'media:capabilities'>): Promise<Reply<'media:capabilities'>> {
  return room.serial(async () => {
    await groupMedia(room, deps);
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
    const group = await groupMedia(room, deps);
    const media = await ensureRoomMedia(room, deps);
    const transports = await media.startPeer(identity.participantId, payload.rtpCapabilities);
    return {
      ...transports,
      iceServers: turnServers(deps.config.media.turn, deps.clock.now()),
      allowedKinds: allowedKinds(rulesFor(room, identity.participantId, deps.clock.now())),
      cameraOnAtJoin: group.cameraOnAtJoin,
      producers: media.remoteProducers(identity.participantId, mayReceiveIn(room)),
    };
  });
}

export function producers(
  ctx: RoomHandlerContext<'media:producers'>,
): Promise<Reply<'media:producers'>> {
  return ctx.room.serial(() => {
    const { media, participantId } = callerMedia(ctx);
    return { producers: media.remoteProducers(participantId, mayReceiveIn(ctx.room)) };
  });
}
