import type { PrivateTalk } from '@haven/protocol';

/**
 * Who belongs to a private check-in: its participant and the moderators who joined it. Only they
 * read and write it, and receive its call; other moderators see that it exists, nothing more.
 */
export const isTalkMember = (talk: PrivateTalk, personId: string): boolean =>
  talk.participantId === personId || talk.moderators.some((m) => m.id === personId);

/** Whether a track may reach a person: a room track, anyone; a call's, its open check-in's members. */
export function mayReceiveTrack(
  talk: PrivateTalk | undefined,
  personId: string,
  talkId: string | undefined,
): boolean {
  if (talkId === undefined) return true;
  return talk !== undefined && talk.closedAt === null && isTalkMember(talk, personId);
}
