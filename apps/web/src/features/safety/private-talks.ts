import type { PrivateTalk, TalkMessage } from '@haven/protocol';

/** The participant, or a moderator who joined: the people who read a check-in. */
export const isMember = (talk: PrivateTalk, personId: string): boolean =>
  talk.participantId === personId || talk.moderators.some((m) => m.id === personId);

export const isOpen = (talk: PrivateTalk): boolean => talk.closedAt === null;

/**
 * Which of two copies of one check-in is the later word. A check-in only ever gains moderators
 * and then closes, so a copy read before a join or the end (a slow list) never undoes it.
 */
function later(known: PrivateTalk, incoming: PrivateTalk): PrivateTalk {
  if (known.closedAt !== null && incoming.closedAt === null) return known;
  if (incoming.closedAt === null && incoming.moderators.length < known.moderators.length)
    return known;
  return incoming;
}

const sameTalk = (a: PrivateTalk, b: PrivateTalk): boolean =>
  a.closedAt === b.closedAt &&
  a.moderators.length === b.moderators.length &&
  a.moderators.every((m, i) => m.id === b.moderators[i]?.id);

/** Adds or updates check-ins by id, oldest first; `shown` itself when nothing changed. */
export function mergeTalks(
  shown: readonly PrivateTalk[],
  incoming: readonly PrivateTalk[],
): readonly PrivateTalk[] {
  const byId = new Map(shown.map((talk) => [talk.id, talk]));
  let changed = false;
  for (const talk of incoming) {
    const known = byId.get(talk.id);
    const next = known ? later(known, talk) : talk;
    if (known && (next === known || sameTalk(known, next))) continue;
    byId.set(talk.id, next);
    changed = true;
  }
  if (!changed) return shown;
  return [...byId.values()].sort(
    (a, b) => a.openedAt.localeCompare(b.openedAt) || a.id.localeCompare(b.id),
  );
}

/**
 * Adds messages of one check-in by id, in the order they were written; a repeat (a broadcast
 * and the history overlapping, a retried send) changes nothing and returns `shown` itself.
 */
export function mergeTalkMessages(
  shown: readonly TalkMessage[],
  incoming: readonly TalkMessage[],
): readonly TalkMessage[] {
  const seen = new Set(shown.map((m) => m.id));
  const fresh: TalkMessage[] = [];
  for (const message of incoming) {
    if (seen.has(message.id)) continue;
    seen.add(message.id);
    fresh.push(message);
  }
  if (fresh.length === 0) return shown;
  return [...shown, ...fresh].sort(
    (a, b) => a.sentAt.localeCompare(b.sentAt) || a.id.localeCompare(b.id),
  );
}

/**
 * The check-in a participant's page shows: the open one, else the latest that ended and that
 * they have not put away yet. Null when there is none to show.
 */
export function talkForParticipant(
  talks: readonly PrivateTalk[],
  dismissed: ReadonlySet<string>,
): PrivateTalk | null {
  const open = talks.find(isOpen);
  if (open) return open;
  const ended = talks.filter((talk) => !dismissed.has(talk.id));
  return ended[ended.length - 1] ?? null;
}

/** Moderators' list: open check-ins first (oldest first), then those that ended. */
export const forModerators = (talks: readonly PrivateTalk[]): PrivateTalk[] => [
  ...talks.filter(isOpen),
  ...talks.filter((talk) => !isOpen(talk)),
];
