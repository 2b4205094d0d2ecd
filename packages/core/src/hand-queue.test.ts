import { describe, expect, it } from 'vitest';
import {
  emptyHandQueue,
  endTurn,
  grantTurn,
  leaveQueue,
  lowerAllHands,
  lowerHand,
  MAX_TURN_MS,
  MIN_TURN_MS,
  moveToFront,
  raiseHand,
  speakerAt,
  type HandQueue,
} from './hand-queue';

const order = (q: HandQueue) => q.raised.map((r) => r.participantId);
const raiseAll = (...ids: string[]) =>
  ids.reduce((q, id, i) => raiseHand(q, id, 1000 + i).queue, emptyHandQueue);

describe('the raise-hand queue', () => {
  it('is first come, first served, and a second raise keeps the first place', () => {
    const q = raiseAll('a', 'b', 'c');
    expect(order(q)).toEqual(['a', 'b', 'c']);
    const again = raiseHand(q, 'a', 5000);
    expect(again.events).toEqual([]);
    expect(again.queue).toBe(q);
  });

  it('lowers one or all hands, and moves someone to the front', () => {
    const q = raiseAll('a', 'b', 'c');
    expect(order(lowerHand(q, 'b').queue)).toEqual(['a', 'c']);
    expect(lowerHand(q, 'z').events).toEqual([]);
    expect(order(lowerAllHands(q).queue)).toEqual([]);
    expect(order(moveToFront(q, 'c').queue)).toEqual(['c', 'a', 'b']);
    expect(moveToFront(q, 'a').events).toEqual([]);
  });
});

describe('timed speaking turns', () => {
  it('take the person out of the queue and end on their own when time is up', () => {
    const q = raiseAll('a', 'b');
    const granted = grantTurn(q, 'a', 120_000, 10_000);
    expect(order(granted.queue)).toEqual(['b']);
    expect(granted.queue.turn).toEqual({ participantId: 'a', startedAt: 10_000, endsAt: 130_000 });
    expect(speakerAt(granted.queue, 129_999)).toBe('a');
    expect(speakerAt(granted.queue, 130_000)).toBeNull();
    // A timer that fires early changes nothing; at the end the next person is offered the floor.
    expect(endTurn(granted.queue, 'time-up', 129_000).events).toEqual([]);
    const ended = endTurn(granted.queue, 'time-up', 130_000);
    expect(ended.queue.turn).toBeNull();
    expect(ended.events.slice(1)).toEqual([
      { type: 'turn-ended', participantId: 'a', reason: 'time-up' },
      { type: 'turn-offered', participantId: 'b' },
    ]);
  });

  it('are kept within sensible bounds, one speaker at a time', () => {
    expect(grantTurn(emptyHandQueue, 'a', 1, 0).queue.turn?.endsAt).toBe(MIN_TURN_MS);
    expect(grantTurn(emptyHandQueue, 'a', 10 ** 9, 0).queue.turn?.endsAt).toBe(MAX_TURN_MS);
    const first = grantTurn(emptyHandQueue, 'a', 60_000, 0).queue;
    const second = grantTurn(first, 'b', 60_000, 1000);
    expect(second.queue.turn?.participantId).toBe('b');
    expect(second.events).toContainEqual({
      type: 'turn-ended',
      participantId: 'a',
      reason: 'ended-early',
    });
  });

  it('end when the speaker leaves, and a raised hand goes with someone who leaves', () => {
    const q = grantTurn(raiseAll('a', 'b'), 'a', 60_000, 0).queue;
    const gone = leaveQueue(q, 'a', 1000);
    expect(gone.queue.turn).toBeNull();
    expect(gone.events).toContainEqual({ type: 'turn-ended', participantId: 'a', reason: 'left' });
    expect(gone.events).toContainEqual({ type: 'turn-offered', participantId: 'b' });
    expect(order(leaveQueue(q, 'b', 1000).queue)).toEqual([]);
  });
});
