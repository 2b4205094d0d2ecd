import { useCallback, useRef, useState } from 'react';
import { callRoute } from '../../services/api';
import { createMoodMemory, initialMood, moodStep, type MoodEvent, type MoodState } from './mood';

/** An answer is a nicety: it never holds anyone in the room, and gives up soon. */
const MOOD_TIMEOUT_MS = 5_000;

function tabStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

const memory = createMoodMemory(tabStorage);
const NEVER_ASK = { in: true, out: true };

/**
 * The room's mood question for participants (`ask`); for staff it is never asked, and Leave
 * leaves at once. `leave` is called when the person is to leave, after any answer is on its way.
 */
export function useMood(sessionId: string, ask: boolean, leave: () => void) {
  const [state, setState] = useState<MoodState>(() =>
    initialMood(ask ? memory.load(sessionId) : NEVER_ASK),
  );
  const latest = useRef(state);
  const dispatch = useCallback(
    (event: MoodEvent) => {
      const step = moodStep(latest.current, event);
      latest.current = step.state;
      setState(step.state);
      const { send, remember } = step.effects;
      if (remember) memory.remember(sessionId, remember);
      if (send)
        void callRoute('me:mood', {
          params: { sessionId },
          body: send,
          timeoutMs: MOOD_TIMEOUT_MS,
        });
      if (step.effects.leave) leave();
    },
    [sessionId, leave],
  );
  return { state, dispatch };
}

export type Mood = ReturnType<typeof useMood>;
