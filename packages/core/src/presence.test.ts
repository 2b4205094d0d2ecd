import { describe, it, expect } from 'vitest';
import type { Role } from '@haven/protocol';
import type { Lifecycle } from './lifecycle';
import {
  connectionLost,
  emptyPresence,
  enter,
  expireReconnecting,
  hasSeat,
  leave,
  timeOut,
  visibleParticipants,
  type Participant,
  type Presence,
} from './presence';

const GRACE = 30_000;

const person = (id: string, role: Role = 'participant') => ({
  id,
  displayName: `Name ${id}`,
  role,
});

const participant = (
  id: string,
  lifecycle: Lifecycle,
  role: Role = 'participant',
): Participant => ({
  ...person(id, role),
  lifecycle,
});

/** A map that throws on any write, so an in-place change to the input cannot pass unnoticed. */
class FrozenMap<K, V> extends Map<K, V> {
  constructor(entries: Iterable<readonly [K, V]>) {
    super();
    for (const [key, value] of entries) super.set(key, value);
  }
  override set(): this {
    throw new Error('input presence was mutated (set)');
  }
  override delete(): boolean {
    throw new Error('input presence was mutated (delete)');
  }
  override clear(): void {
    throw new Error('input presence was mutated (clear)');
  }
}

/** A presence whose map and participants cannot be changed in place. */
function frozenPresence(...participants: Participant[]): Presence {
  for (const p of participants) Object.freeze(Object.freeze(p).lifecycle);
  return Object.freeze({
    participants: new FrozenMap(participants.map((p) => [p.id, p] as const)),
  });
}

const snapshot = (presence: Presence) => JSON.stringify([...presence.participants.entries()]);

describe('enter', () => {
  it('adds someone new as present and reports them joined', () => {
    const { presence, events } = enter(emptyPresence, person('a', 'moderator'), 1_000);
    const expected: Participant = {
      id: 'a',
      displayName: 'Name a',
      role: 'moderator',
      lifecycle: { status: 'present', since: 1_000 },
    };
    expect(events).toEqual([{ type: 'participant-joined', participant: expected }]);
    expect(presence.participants.get('a')).toEqual(expected);
    expect(presence.participants.size).toBe(1);
  });

  it('restores someone reconnecting in place, keeping their identity, and reports an update', () => {
    const before = participant('a', { status: 'reconnecting', since: 1_000 }, 'facilitator');
    const { presence, events } = enter(
      frozenPresence(before, participant('b', { status: 'present', since: 0 })),
      { id: 'a', displayName: 'Someone Else', role: 'participant' },
      5_000,
    );
    const restored: Participant = { ...before, lifecycle: { status: 'present', since: 5_000 } };
    expect(events).toEqual([{ type: 'participant-updated', participant: restored }]);
    expect(presence.participants.get('a')).toEqual(restored);
    expect(presence.participants.size).toBe(2);
  });

  it('does nothing for someone already present', () => {
    const input = frozenPresence(participant('a', { status: 'present', since: 1_000 }));
    const { presence, events } = enter(input, person('a'), 5_000);
    expect(events).toEqual([]);
    expect(presence.participants.get('a')?.lifecycle).toEqual({ status: 'present', since: 1_000 });
    expect(presence.participants.size).toBe(1);
  });
});

describe('connectionLost', () => {
  it('keeps a present person, now reconnecting, and reports an update', () => {
    const input = frozenPresence(participant('a', { status: 'present', since: 0 }));
    const { presence, events } = connectionLost(input, 'a', 2_000);
    const expected = participant('a', { status: 'reconnecting', since: 2_000 });
    expect(events).toEqual([{ type: 'participant-updated', participant: expected }]);
    expect(presence.participants.get('a')).toEqual(expected);
  });

  it('does nothing for someone already reconnecting (the grace period does not restart)', () => {
    const input = frozenPresence(participant('a', { status: 'reconnecting', since: 1_000 }));
    const { presence, events } = connectionLost(input, 'a', 2_000);
    expect(events).toEqual([]);
    expect(presence.participants.get('a')?.lifecycle).toEqual({
      status: 'reconnecting',
      since: 1_000,
    });
  });

  it('does nothing for someone unknown', () => {
    const { presence, events } = connectionLost(frozenPresence(), 'nobody', 2_000);
    expect(events).toEqual([]);
    expect(presence.participants.size).toBe(0);
  });
});

describe('leave', () => {
  it.each(['present', 'reconnecting'] as const)(
    'removes someone %s and reports why they left',
    (status) => {
      const input = frozenPresence(
        participant('a', { status, since: 0 }),
        participant('b', { status: 'present', since: 0 }),
      );
      const { presence, events } = leave(input, 'a', 3_000, 'replaced');
      expect(events).toEqual([
        { type: 'participant-left', participantId: 'a', reason: 'replaced' },
      ]);
      expect([...presence.participants.keys()]).toEqual(['b']);
    },
  );

  it('does nothing for someone unknown', () => {
    const input = frozenPresence(participant('b', { status: 'present', since: 0 }));
    const { presence, events } = leave(input, 'nobody', 3_000, 'left');
    expect(events).toEqual([]);
    expect([...presence.participants.keys()]).toEqual(['b']);
  });
});

describe('expireReconnecting', () => {
  it('removes only those whose grace period is over', () => {
    const input = frozenPresence(
      participant('present', { status: 'present', since: 0 }),
      participant('expired', { status: 'reconnecting', since: 0 }),
      participant('just-expired', { status: 'reconnecting', since: 10_000 }),
      participant('within-grace', { status: 'reconnecting', since: 10_001 }),
    );
    const { presence, events } = expireReconnecting(input, 40_000, GRACE);
    expect(events).toEqual([
      { type: 'participant-left', participantId: 'expired', reason: 'timed-out' },
      { type: 'participant-left', participantId: 'just-expired', reason: 'timed-out' },
    ]);
    expect([...presence.participants.keys()]).toEqual(['present', 'within-grace']);
  });

  it('does nothing when nobody has expired', () => {
    const input = frozenPresence(participant('a', { status: 'reconnecting', since: 0 }));
    const { presence, events } = expireReconnecting(input, GRACE - 1, GRACE);
    expect(events).toEqual([]);
    expect([...presence.participants.keys()]).toEqual(['a']);
  });
});

describe('timeOut', () => {
  it('removes the person whose drop it names, whatever the clock says', () => {
    const input = frozenPresence(
      participant('a', { status: 'reconnecting', since: 1_000 }),
      participant('b', { status: 'reconnecting', since: 1_000 }),
    );
    // A timer may fire a moment "early" by the wall clock: the drop still ends.
    const { presence, events } = timeOut(input, 'a', 1_000, 1_000 + GRACE - 1);
    expect(events).toEqual([{ type: 'participant-left', participantId: 'a', reason: 'timed-out' }]);
    expect([...presence.participants.keys()]).toEqual(['b']);
  });

  it('does nothing for someone who came back, or dropped again since', () => {
    const back = frozenPresence(participant('a', { status: 'present', since: 5_000 }));
    expect(timeOut(back, 'a', 1_000, 40_000).events).toEqual([]);
    const droppedAgain = frozenPresence(participant('a', { status: 'reconnecting', since: 5_000 }));
    const change = timeOut(droppedAgain, 'a', 1_000, 40_000);
    expect(change.events).toEqual([]);
    expect(change.presence).toBe(droppedAgain);
    expect(timeOut(droppedAgain, 'nobody', 5_000, 40_000).events).toEqual([]);
  });
});

describe('visibleParticipants', () => {
  it('shows everyone present or reconnecting, with their status', () => {
    const input = frozenPresence(
      participant('a', { status: 'present', since: 0 }, 'facilitator'),
      participant('b', { status: 'reconnecting', since: 0 }),
    );
    expect(visibleParticipants(input)).toEqual([
      { id: 'a', displayName: 'Name a', role: 'facilitator', status: 'present' },
      { id: 'b', displayName: 'Name b', role: 'participant', status: 'reconnecting' },
    ]);
  });

  it('hides someone not yet admitted or already gone', () => {
    const input = frozenPresence(
      participant('joining', { status: 'joining', since: 0 }),
      participant('gone', { status: 'left', at: 0, reason: 'left' }),
      participant('here', { status: 'present', since: 0 }),
    );
    expect(visibleParticipants(input).map((v) => v.id)).toEqual(['here']);
  });
});

describe('the input presence', () => {
  const build = () =>
    frozenPresence(
      participant('present', { status: 'present', since: 0 }),
      participant('reconnecting', { status: 'reconnecting', since: 0 }),
    );
  const operations: Array<[string, (p: Presence) => unknown]> = [
    ['enter (new)', (p) => enter(p, person('new'), 50_000)],
    ['enter (reconnecting)', (p) => enter(p, person('reconnecting'), 50_000)],
    ['enter (present)', (p) => enter(p, person('present'), 50_000)],
    ['connectionLost', (p) => connectionLost(p, 'present', 50_000)],
    ['leave', (p) => leave(p, 'present', 50_000, 'left')],
    ['expireReconnecting', (p) => expireReconnecting(p, 50_000, GRACE)],
    ['visibleParticipants', (p) => visibleParticipants(p)],
  ];

  it.each(operations)('is never mutated by %s', (_, operation) => {
    const input = build();
    const before = snapshot(input);
    operation(input);
    expect(snapshot(input)).toBe(before);
  });

  it('emptyPresence stays empty after someone enters', () => {
    enter(emptyPresence, person('a'), 0);
    expect(emptyPresence.participants.size).toBe(0);
  });
});

describe('hasSeat', () => {
  const room = frozenPresence(
    participant('a', { status: 'present', since: 0 }),
    participant('b', { status: 'reconnecting', since: 0 }),
    participant('m', { status: 'present', since: 0 }, 'moderator'),
  );
  it('counts participants, present or reconnecting, against the capacity', () => {
    expect(hasSeat(room, 3, person('c'))).toBe(true);
    expect(hasSeat(room, 2, person('c'))).toBe(false);
  });
  it('always seats staff and someone already in the room', () => {
    expect(hasSeat(room, 2, person('f', 'facilitator'))).toBe(true);
    expect(hasSeat(room, 2, person('b'))).toBe(true);
  });
});
