import type { MediaRules } from '@haven/core';
import type { ClientEventName } from '@haven/protocol';
import { HavenError } from '../../errors';
import type { RoomMedia } from '../../media/room-media';
import { roomChannel } from '../channels';
import { mutesOf } from '../moderation/mutes';
import type { RealtimeDeps } from '../deps';
import type { RoomHandlerContext } from '../handler';
import type { LiveRoom } from '../live-room';
import { memberSockets } from '../talk/members';

/** The room's media, created on first use. Runs inside the room's serial section. */
export async function ensureRoomMedia(room: LiveRoom, deps: RealtimeDeps): Promise<RoomMedia> {
  if (room.media && !room.media.closed) return room.media;
  const toRoom = deps.io.to(roomChannel(room.id));
  // A private call's tracks are news only to its check-in's members. (An empty list of rooms
  // would mean everyone to socket.io: with nobody there, nothing is sent.)
  const audience = (talkId: string | undefined) => {
    if (talkId === undefined) return toRoom;
    const talk = room.talks.get(talkId);
    const members = talk ? memberSockets(room, talk) : [];
    return members.length > 0 ? deps.io.to(members) : null;
  };
  const media = await deps.media.createRoom({
    producerAdded: (p) => audience(p.talkId)?.emit('media:producer-added', p),
    producerPaused: (p) => audience(p.talkId)?.emit('media:producer-paused', p),
    producerClosed: (p) => audience(p.talkId)?.emit('media:producer-closed', p),
    consumerClosed: (participantId, consumerId) => {
      const socketId = room.speakerOf(participantId);
      if (socketId) deps.io.to(socketId).emit('media:consumer-closed', { consumerId });
    },
    speaking: (participantIds) => toRoom.emit('media:speaking', { participantIds }),
    lost: () => {
      if (room.media === media) room.media = null;
      deps.log.warn({ sessionId: room.id }, 'room media lost with its worker; clients restart it');
      toRoom.emit('media:restart', { reason: 'media-server-restarted' });
    },
  });
  room.media = media;
  return media;
}

/** What this person may publish now: the group's setting and moderation's hard mutes. */
export function rulesFor(room: LiveRoom, participantId: string, now: number): MediaRules {
  const muted = mutesOf(room, participantId, now);
  return {
    mode: room.info.media,
    hardMuted: new Set((['audio', 'video'] as const).filter((k) => muted.has(k))),
  };
}

/**
 * The caller's media, for every media event after media:start. Only the connection that speaks
 * for the person may drive their media: a page another one replaced cannot.
 */
type MediaEvent = Extract<ClientEventName, `media:${string}`>;

export function callerMedia<E extends MediaEvent>({
  socket,
  identity,
  room,
}: RoomHandlerContext<E>): { media: RoomMedia; participantId: string } {
  if (room.speakerOf(identity.participantId) !== socket.id)
    throw new HavenError('UNAUTHENTICATED', 'Another page of yours has taken over.');
  if (!room.media || room.media.closed || !room.media.hasPeer(identity.participantId))
    throw new HavenError('NOT_FOUND', 'Set up your media first.');
  return { media: room.media, participantId: identity.participantId };
}
