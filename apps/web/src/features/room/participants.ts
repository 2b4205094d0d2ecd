import type { ParticipantView } from '@haven/protocol';

export type Participants = readonly ParticipantView[];

/** Updates a person in place (keeping the list order) or appends a newcomer. */
export function upsertParticipant(list: Participants, person: ParticipantView): Participants {
  const index = list.findIndex((p) => p.id === person.id);
  if (index === -1) return [...list, person];
  const known = list[index];
  if (
    known &&
    known.displayName === person.displayName &&
    known.role === person.role &&
    known.status === person.status
  )
    return list;
  return list.map((p, i) => (i === index ? person : p));
}

export const removeParticipant = (list: Participants, id: string): Participants =>
  list.some((p) => p.id === id) ? list.filter((p) => p.id !== id) : list;

/** The roster from a join reply, with the joiner in it even if the server left them out. */
export const rosterWithSelf = (list: Participants, self: ParticipantView): Participants =>
  upsertParticipant(list, self);
