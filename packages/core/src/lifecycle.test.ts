import { describe, it, expect } from 'vitest';
import {
  RECONNECT_GRACE_MS,
  isGraceOver,
  nextLifecycle,
  type Lifecycle,
  type LifecycleEvent,
} from './lifecycle';

const states = {
  joining: { status: 'joining', since: 100 },
  present: { status: 'present', since: 100 },
  reconnecting: { status: 'reconnecting', since: 100 },
  left: { status: 'left', at: 100, reason: 'left' },
} as const satisfies Record<Lifecycle['status'], Lifecycle>;

const AT = 500;
const events = {
  admitted: { type: 'admitted', at: AT },
  'connection-lost': { type: 'connection-lost', at: AT },
  reconnected: { type: 'reconnected', at: AT },
  left: { type: 'left', at: AT, reason: 'timed-out' },
} as const satisfies Record<LifecycleEvent['type'], LifecycleEvent>;

type StateName = keyof typeof states;
type EventName = keyof typeof events;

const expected: Record<StateName, Record<EventName, Lifecycle | null>> = {
  joining: {
    admitted: { status: 'present', since: AT },
    'connection-lost': null,
    reconnected: null,
    left: { status: 'left', at: AT, reason: 'timed-out' },
  },
  present: {
    admitted: null,
    'connection-lost': { status: 'reconnecting', since: AT },
    reconnected: null,
    left: { status: 'left', at: AT, reason: 'timed-out' },
  },
  reconnecting: {
    admitted: null,
    'connection-lost': null,
    reconnected: { status: 'present', since: AT },
    left: { status: 'left', at: AT, reason: 'timed-out' },
  },
  left: { admitted: null, 'connection-lost': null, reconnected: null, left: null },
};

const cases = (Object.keys(states) as StateName[]).flatMap((state) =>
  (Object.keys(events) as EventName[]).map(
    (event) => [state, event, expected[state][event]] as const,
  ),
);

describe('nextLifecycle', () => {
  it.each(cases)('%s + %s → %j', (state, event, next) => {
    expect(nextLifecycle(states[state], events[event])).toEqual(next);
  });

  it('keeps the reason a person left for', () => {
    for (const reason of ['left', 'timed-out', 'replaced'] as const) {
      expect(nextLifecycle(states.present, { type: 'left', at: AT, reason })).toEqual({
        status: 'left',
        at: AT,
        reason,
      });
    }
  });
});

describe('isGraceOver', () => {
  const since = 1_000;
  const reconnecting: Lifecycle = { status: 'reconnecting', since };

  it('is over exactly when the grace period has elapsed, not a millisecond before', () => {
    expect(isGraceOver(reconnecting, since + RECONNECT_GRACE_MS - 1, RECONNECT_GRACE_MS)).toBe(
      false,
    );
    expect(isGraceOver(reconnecting, since + RECONNECT_GRACE_MS, RECONNECT_GRACE_MS)).toBe(true);
  });

  it('uses the grace period it is given', () => {
    expect(isGraceOver(reconnecting, since + 10, 10)).toBe(true);
    expect(isGraceOver(reconnecting, since + 9, 10)).toBe(false);
  });

  it.each(['joining', 'present', 'left'] as const)('is never over for someone %s', (state) => {
    expect(isGraceOver(states[state], Number.MAX_SAFE_INTEGER, RECONNECT_GRACE_MS)).toBe(false);
  });
});
