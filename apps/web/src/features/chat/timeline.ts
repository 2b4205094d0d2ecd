import type { ChatMessage } from '@haven/protocol';

const isAscending = (messages: readonly ChatMessage[]): boolean =>
  messages.every((m, i) => i === 0 || m.seq > (messages[i - 1]?.seq ?? -1));

const sameMessage = (a: ChatMessage, b: ChatMessage): boolean =>
  a.id === b.id &&
  a.text === b.text &&
  a.senderName === b.senderName &&
  a.removedBy === b.removedBy &&
  a.contactsHidden === b.contactsHidden;

/**
 * Adds messages to a timeline kept sorted by seq with one entry per seq; a differing copy of a
 * known seq replaces it (the server's latest word). Returns the same array when nothing changed,
 * so React skips the render when a catch-up page repeats what a broadcast already delivered.
 */
export function mergeMessages(
  timeline: readonly ChatMessage[],
  incoming: readonly ChatMessage[],
): readonly ChatMessage[] {
  const first = incoming[0];
  if (first === undefined) return timeline;
  const last = timeline[timeline.length - 1];
  // Live messages arrive in order after everything we have: append without re-sorting.
  if ((last === undefined || first.seq > last.seq) && isAscending(incoming))
    return [...timeline, ...incoming];

  const bySeq = new Map<number, ChatMessage>();
  for (const m of timeline) bySeq.set(m.seq, m);
  let changed = false;
  for (const m of incoming) {
    const known = bySeq.get(m.seq);
    if (known !== undefined && sameMessage(known, m)) continue;
    bySeq.set(m.seq, m);
    changed = true;
  }
  if (!changed) return timeline;
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

export const highestSeq = (timeline: readonly ChatMessage[]): number | undefined =>
  timeline[timeline.length - 1]?.seq;

export const maxSeq = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);

/**
 * A message removed for everyone: it keeps its place in the sequence, without its words. The
 * same array when the seq is unknown (not loaded here) or already removed that way.
 */
export function markRemoved(
  timeline: readonly ChatMessage[],
  seq: number,
  removedBy: 'sender' | 'moderator',
): readonly ChatMessage[] {
  const index = timeline.findIndex((m) => m.seq === seq);
  const known = timeline[index];
  if (!known || (known.removed && known.removedBy === removedBy)) return timeline;
  const removed: ChatMessage = { ...known, text: '', removed: true, removedBy };
  return timeline.map((m, i) => (i === index ? removed : m));
}
