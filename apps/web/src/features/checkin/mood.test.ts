import { describe, expect, it } from 'vitest';
import { createMoodMemory, initialMood, moodStep, showsArriving, type MoodState } from './mood';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const fresh = initialMood({ in: false, out: false });

describe('the arriving question', () => {
  it('shows on entering, until answered: the answer is sent and remembered', () => {
    expect(showsArriving(fresh)).toBe(true);
    const { state, effects } = moodStep(fresh, { kind: 'answer', phase: 'in', value: 4 });
    expect(effects).toEqual({ send: { phase: 'in', value: 4 }, remember: 'in', leave: false });
    expect(showsArriving(state)).toBe(false);
  });

  it('goes away on Skip, sending nothing', () => {
    const { state, effects } = moodStep(fresh, { kind: 'skip', phase: 'in' });
    expect(effects).toEqual({ send: null, remember: 'in', leave: false });
    expect(showsArriving(state)).toBe(false);
  });

  it('is not asked again once answered in this session', () => {
    const asked = initialMood({ in: true, out: false });
    expect(showsArriving(asked)).toBe(false);
    expect(moodStep(asked, { kind: 'answer', phase: 'in', value: 2 }).effects.send).toBeNull();
  });

  it('steps aside while the leaving question is open', () => {
    const { state } = moodStep(fresh, { kind: 'leave' });
    expect(showsArriving(state)).toBe(false);
    expect(showsArriving(moodStep(state, { kind: 'stay' }).state)).toBe(true);
  });
});

describe('the leaving question', () => {
  const leaving: MoodState = moodStep(fresh, { kind: 'leave' }).state;

  it('opens on Leave instead of leaving at once', () => {
    const { state, effects } = moodStep(fresh, { kind: 'leave' });
    expect(state.leaving).toBe(true);
    expect(effects.leave).toBe(false);
  });

  it('sends the answer and leaves', () => {
    const { state, effects } = moodStep(leaving, { kind: 'answer', phase: 'out', value: 5 });
    expect(effects).toEqual({ send: { phase: 'out', value: 5 }, remember: 'out', leave: true });
    expect(state).toEqual({ asked: { in: false, out: true }, leaving: false });
  });

  it('leaves without an answer on "Skip and leave"', () => {
    const { effects } = moodStep(leaving, { kind: 'skip', phase: 'out' });
    expect(effects).toEqual({ send: null, remember: 'out', leave: true });
  });

  it('closes without leaving when the person stays', () => {
    const { state, effects } = moodStep(leaving, { kind: 'stay' });
    expect(state.leaving).toBe(false);
    expect(effects.leave).toBe(false);
  });

  it('is asked once per session: the next Leave goes straight out', () => {
    const done = initialMood({ in: true, out: true });
    const { state, effects } = moodStep(done, { kind: 'leave' });
    expect(effects).toEqual({ send: null, remember: null, leave: true });
    expect(state.leaving).toBe(false);
  });
});

describe('createMoodMemory', () => {
  it('remembers per session and phase, across memories on the same tab storage', () => {
    const storage = memoryStorage();
    createMoodMemory(() => storage).remember('s1', 'in');
    const later = createMoodMemory(() => storage);
    expect(later.load('s1')).toEqual({ in: true, out: false });
    expect(later.load('s2')).toEqual({ in: false, out: false });
    expect(storage.getItem('haven.mood.s1.in')).toBe('1');
  });

  it('keeps no answer, only that there was one', () => {
    const storage = memoryStorage();
    createMoodMemory(() => storage).remember('s1', 'out');
    expect([...Array(storage.length).keys()].map((i) => storage.key(i))).toEqual([
      'haven.mood.s1.out',
    ]);
    expect(storage.getItem('haven.mood.s1.out')).toBe('1');
  });

  it('remembers for the page when storage is blocked', () => {
    const memory = createMoodMemory(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(memory.load('s1')).toEqual({ in: false, out: false });
    memory.remember('s1', 'in');
    expect(memory.load('s1')).toEqual({ in: true, out: false });
  });
});
