import { mayReceiveTrack } from '@haven/core';
import type { PrivateTalk } from '@haven/protocol';
import type { MayReceive } from '../../media/room-media';
import type { LiveRoom } from '../live-room';

/** The connections of the check-in's members who are in the room now. */
export function memberSockets(room: LiveRoom, talk: PrivateTalk): string[] {
  return [talk.participantId, ...talk.moderators.map((m) => m.id)].flatMap(
    (id) => room.speakerOf(id) ?? [],
  );
}

/** Who receives a track in this room: core's rule, over the room's check-ins. */
export const mayReceiveIn =
  (room: LiveRoom): MayReceive =>
  (participantId, talkId) =>
    mayReceiveTrack(
      talkId === undefined ? undefined : room.talks.get(talkId),
      participantId,
      talkId,
    );
