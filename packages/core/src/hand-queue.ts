/**
 * The raise-hand queue and speaking turns of one room. A person appears at most once; order is
 * first come, first served unless a moderator moves someone to the front. A turn is timed: when
 * it ends the next person in the queue is offered the floor.
 */

/** Turns last this long unless the moderator chooses otherwise. */
export const DEFAULT_TURN_MS = 2 * 60_000;
export const MIN_TURN_MS = 15_000;
export const MAX_TURN_MS = 15 * 60_000;

export interface Turn {
  participantId: string;
  startedAt: number;
  endsAt: number;
}

export interface HandQueue {
  /** Oldest first: who raised a hand and has not yet been given the floor. */
  readonly raised: readonly { participantId: string; raisedAt: number }[];
  readonly turn: Turn | null;
}

export type HandEvent =
  | { type: 'queue-changed'; queue: HandQueue }
  | { type: 'turn-started'; turn: Turn }
  | { type: 'turn-ended'; participantId: string; reason: 'time-up' | 'ended-early' | 'left' }
  | { type: 'turn-offered'; participantId: string };

export interface HandChange {
  queue: HandQueue;
  events: HandEvent[];
}

export const emptyHandQueue: HandQueue = { raised: [], turn: null };

const changed = (queue: HandQueue, more: HandEvent[] = []): HandChange => ({
  queue,
  events: [{ type: 'queue-changed', queue }, ...more],
});
const unchanged = (queue: HandQueue): HandChange => ({ queue, events: [] });

export const isRaised = (queue: HandQueue, participantId: string): boolean =>
  queue.raised.some((r) => r.participantId === participantId);

/** Raising twice keeps the first place: a double tap or a retried request changes nothing. */
export function raiseHand(queue: HandQueue, participantId: string, now: number): HandChange {
  if (isRaised(queue, participantId) || queue.turn?.participantId === participantId)
    return unchanged(queue);
  return changed({ ...queue, raised: [...queue.raised, { participantId, raisedAt: now }] });
}

export function lowerHand(queue: HandQueue, participantId: string): HandChange {
  if (!isRaised(queue, participantId)) return unchanged(queue);
  return changed({
    ...queue,
    raised: queue.raised.filter((r) => r.participantId !== participantId),
  });
}

export function lowerAllHands(queue: HandQueue): HandChange {
  if (queue.raised.length === 0) return unchanged(queue);
  return changed({ ...queue, raised: [] });
}

export function moveToFront(queue: HandQueue, participantId: string): HandChange {
  const entry = queue.raised.find((r) => r.participantId === participantId);
  if (!entry || queue.raised[0] === entry) return unchanged(queue);
  return changed({
    ...queue,
    raised: [entry, ...queue.raised.filter((r) => r !== entry)],
  });
}

export const clampTurn = (ms: number): number => Math.min(MAX_TURN_MS, Math.max(MIN_TURN_MS, ms));

/**
 * Gives someone the floor for a while; they leave the queue. A turn in progress ends first
 * (one speaker at a time).
 */
export function grantTurn(
  queue: HandQueue,
  participantId: string,
  durationMs: number,
  now: number,
): HandChange {
  const events: HandEvent[] = [];
  if (queue.turn)
    events.push({
      type: 'turn-ended',
      participantId: queue.turn.participantId,
      reason: 'ended-early',
    });
  const turn: Turn = { participantId, startedAt: now, endsAt: now + clampTurn(durationMs) };
  events.push({ type: 'turn-started', turn });
  return changed(
    { raised: queue.raised.filter((r) => r.participantId !== participantId), turn },
    events,
  );
}

/**
 * Ends the current turn: because its time is up (`now` at or after its end), because a
 * moderator ended it, or because the speaker left. The next in the queue is offered the floor;
 * a moderator still decides to grant it.
 */
export function endTurn(
  queue: HandQueue,
  reason: 'time-up' | 'ended-early' | 'left',
  now: number,
): HandChange {
  const turn = queue.turn;
  if (!turn) return unchanged(queue);
  if (reason === 'time-up' && now < turn.endsAt) return unchanged(queue);
  const next = queue.raised[0];
  return changed({ ...queue, turn: null }, [
    { type: 'turn-ended', participantId: turn.participantId, reason },
    ...(next ? [{ type: 'turn-offered' as const, participantId: next.participantId }] : []),
  ]);
}

/** Someone left the room for good: out of the queue, and their turn ends. */
export function leaveQueue(queue: HandQueue, participantId: string, now: number): HandChange {
  const lowered = lowerHand(queue, participantId);
  if (lowered.queue.turn?.participantId !== participantId) return lowered;
  const ended = endTurn(lowered.queue, 'left', now);
  return { queue: ended.queue, events: [...lowered.events, ...ended.events] };
}

/** Whose turn it is at `now`, if anyone's. */
export const speakerAt = (queue: HandQueue, now: number): string | null =>
  queue.turn && now < queue.turn.endsAt ? queue.turn.participantId : null;
