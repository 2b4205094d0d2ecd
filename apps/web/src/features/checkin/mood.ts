import { MOOD_VALUES, type MoodPhase, type MoodValue } from '@haven/core';

export { MOOD_VALUES, type MoodPhase, type MoodValue };

/**
 * The optional mood question in the room: once on arriving, once on leaving. Whether it was
 * answered (or skipped) is kept per tab, so a reload does not ask again; what was answered is
 * never kept on the phone.
 */
export interface MoodAsked {
  in: boolean;
  out: boolean;
}

export interface MoodMemory {
  load: (sessionId: string) => MoodAsked;
  remember: (sessionId: string, phase: MoodPhase) => void;
}

const key = (sessionId: string, phase: MoodPhase) => `haven.mood.${sessionId}.${phase}`;

export function createMoodMemory(storage: () => Storage | null): MoodMemory {
  // Storage can be blocked: then the question is not asked twice on this page at least.
  const fallback = new Set<string>();
  const asked = (sessionId: string, phase: MoodPhase): boolean => {
    if (fallback.has(key(sessionId, phase))) return true;
    try {
      return storage()?.getItem(key(sessionId, phase)) === '1';
    } catch {
      return false;
    }
  };
  return {
    load: (sessionId) => ({ in: asked(sessionId, 'in'), out: asked(sessionId, 'out') }),
    remember(sessionId, phase) {
      fallback.add(key(sessionId, phase));
      try {
        storage()?.setItem(key(sessionId, phase), '1');
      } catch {
        // Remembered for this page only.
      }
    },
  };
}

/** What the room shows of the question, and what it does next. */
export interface MoodState {
  asked: MoodAsked;
  /** Leave was pressed: the leaving question is open. */
  leaving: boolean;
}

export type MoodEvent =
  | { kind: 'answer'; phase: MoodPhase; value: MoodValue }
  | { kind: 'skip'; phase: MoodPhase }
  | { kind: 'leave' }
  /** The leaving question was closed (Escape): the person stays. */
  | { kind: 'stay' };

export interface MoodEffects {
  /** The answer to send (fire and forget). */
  send: { phase: MoodPhase; value: MoodValue } | null;
  /** Not to be asked again in this session. */
  remember: MoodPhase | null;
  /** Leave the room now. */
  leave: boolean;
}

const NOTHING: MoodEffects = { send: null, remember: null, leave: false };

export const initialMood = (asked: MoodAsked): MoodState => ({ asked, leaving: false });

/** The arriving card shows until it is answered or skipped, and not over the leaving question. */
export const showsArriving = (state: MoodState): boolean => !state.asked.in && !state.leaving;

export function moodStep(
  state: MoodState,
  event: MoodEvent,
): { state: MoodState; effects: MoodEffects } {
  switch (event.kind) {
    case 'answer':
    case 'skip': {
      if (state.asked[event.phase]) return { state, effects: NOTHING };
      const leaves = event.phase === 'out';
      return {
        state: { asked: { ...state.asked, [event.phase]: true }, leaving: false },
        effects: {
          send: event.kind === 'answer' ? { phase: event.phase, value: event.value } : null,
          remember: event.phase,
          leave: leaves,
        },
      };
    }
    case 'leave':
      // Asked once per session: a second Leave (after coming back in) goes straight out.
      if (state.asked.out) return { state, effects: { ...NOTHING, leave: true } };
      return { state: { ...state, leaving: true }, effects: NOTHING };
    case 'stay':
      return { state: { ...state, leaving: false }, effects: NOTHING };
  }
}
