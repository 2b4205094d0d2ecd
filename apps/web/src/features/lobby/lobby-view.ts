import type { LobbyView } from '@haven/protocol';

export type WaitingPerson = LobbyView['waiting'][number];

export const EMPTY_LOBBY: LobbyView = { waiting: [], denied: [] };

/**
 * People waiting in `next` who were not waiting in `previous`, oldest first: the moderators hear
 * about each arrival once. The first view of a session is not news (the count shows it).
 */
export function newcomers(previous: LobbyView | null, next: LobbyView): WaitingPerson[] {
  if (previous === null) return [];
  const known = new Set(previous.waiting.map((p) => p.participantId));
  return next.waiting.filter((p) => !known.has(p.participantId));
}
