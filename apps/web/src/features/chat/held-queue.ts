import type { HeldMessage } from '@haven/protocol';

/**
 * Adds held messages by id, oldest first. A copy that arrives again (the list after a rejoin
 * overlapping a broadcast) changes nothing; returns `shown` itself when nothing changed.
 */
export function mergeHeld(
  shown: readonly HeldMessage[],
  incoming: readonly HeldMessage[],
): readonly HeldMessage[] {
  const byId = new Map(shown.map((held) => [held.id, held]));
  let changed = false;
  for (const held of incoming) {
    if (byId.has(held.id)) continue;
    byId.set(held.id, held);
    changed = true;
  }
  if (!changed) return shown;
  return [...byId.values()].sort(
    (a, b) => a.sentAt.localeCompare(b.sentAt) || a.id.localeCompare(b.id),
  );
}

/** A held message was shared or deleted (by anyone): it leaves the queue. */
export const withoutHeld = (shown: readonly HeldMessage[], id: string): readonly HeldMessage[] =>
  shown.some((held) => held.id === id) ? shown.filter((held) => held.id !== id) : shown;

/**
 * The whole list as the server has it now: what was decided while the link was down goes.
 * Returns `shown` itself when it holds the same messages.
 */
export function replaceHeld(
  shown: readonly HeldMessage[],
  listed: readonly HeldMessage[],
): readonly HeldMessage[] {
  const next = mergeHeld([], listed);
  const same = next.length === shown.length && next.every((held, i) => held.id === shown[i]?.id);
  return same ? shown : next;
}

/**
 * For buttons named after the sender ("Share Bohdan's message"): a number for each message of a
 * sender with several waiting, so that every name is unique; null for a sender's only one.
 */
export function senderNumbers(held: readonly HeldMessage[]): ReadonlyMap<string, number | null> {
  const counts = new Map<string, number>();
  for (const m of held) counts.set(m.senderId, (counts.get(m.senderId) ?? 0) + 1);
  const seen = new Map<string, number>();
  const numbers = new Map<string, number | null>();
  for (const m of held) {
    const n = (seen.get(m.senderId) ?? 0) + 1;
    seen.set(m.senderId, n);
    numbers.set(m.id, (counts.get(m.senderId) ?? 0) > 1 ? n : null);
  }
  return numbers;
}
