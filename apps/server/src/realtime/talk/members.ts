import type { PrivateTalk } from '@haven/protocol';
import type { MayReceive } from '../../media/room-media';
import type { LiveRoom } from '../live-room';

/** The check-in's participant, or a moderator who joined it. */
export const isMember = (talk: PrivateTalk, personId: string): boolean =>
  talk.participantId === personId || talk.moderators.some((m) => m.id === personId);

/** The connections of the check-in's members who are in the room now. */
export function memberSockets(room: LiveRoom, talk: PrivateTalk): string[] {
  return [talk.participantId, ...talk.moderators.map((m) => m.id)].flatMap(
    (id) => room.speakerOf(id) ?? [],
  );
}

/**
 * Who receives a track: a room track, everyone in the room; a private call's track, only the
 * members of its check-in while it is open.
 */
export const mayReceiveIn =
  (room: LiveRoom): MayReceive =>
  (participantId, talkId) => {
    if (talkId === undefined) return true;
    const talk = room.talks.get(talkId);
    return talk !== undefined && talk.closedAt === null && isMember(talk, participantId);
  };
