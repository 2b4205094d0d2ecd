import type { ModChatMessage } from '@haven/protocol';

/**
 * The channel after more of it arrived: each message once (a broadcast and a history reply may
 * both carry it), the stored order first, later arrivals after.
 */
export function mergeNotes(
  shown: readonly ModChatMessage[],
  arrived: readonly ModChatMessage[],
): readonly ModChatMessage[] {
  const seen = new Set(shown.map((m) => m.id));
  const fresh = arrived.filter((m) => !seen.has(m.id) && seen.add(m.id));
  return fresh.length === 0 ? shown : [...shown, ...fresh];
}

/**
 * A history reply is the stored order; messages broadcast after it was read follow it. Nothing
 * shown is dropped: a message only this page has seen stays, after the history.
 */
export function withHistory(
  shown: readonly ModChatMessage[],
  history: readonly ModChatMessage[],
): readonly ModChatMessage[] {
  return mergeNotes(history, shown);
}
