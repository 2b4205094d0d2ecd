/**
 * The optional mood question at entry and at leaving: one of five faces. Answers are counted,
 * never stored against a person; a separate note says only that someone answered (so nobody
 * answers twice), not what.
 */
export const MOOD_VALUES = [1, 2, 3, 4, 5] as const;
export type MoodValue = (typeof MOOD_VALUES)[number];
export type MoodPhase = 'in' | 'out';

export interface MoodTally {
  /** Answers per value, 1 to 5. */
  counts: Record<MoodValue, number>;
}

export const answers = (tally: MoodTally): number =>
  MOOD_VALUES.reduce((sum, v) => sum + tally.counts[v], 0);

/** The mean answer, or null when nobody answered. */
export function meanMood(tally: MoodTally): number | null {
  const n = answers(tally);
  if (n === 0) return null;
  return MOOD_VALUES.reduce((sum, v) => sum + v * tally.counts[v], 0) / n;
}

const HOUR_MS = 3_600_000;
/** The question is asked on arriving and leaving; an answer long after says nothing of the session. */
export const MOOD_ASKED_BEFORE_MS = HOUR_MS;
export const MOOD_ASKED_AFTER_END_MS = 2 * HOUR_MS;
/**
 * Means are shown only some hours after a session ended: watching the mean move while a named
 * person leaves would give their answer away.
 */
export const MOOD_SHOWN_AFTER_END_MS = 3 * HOUR_MS;

/** A scheduled session's time; startsAt null for a room opened on the spot. */
interface SessionTime {
  startsAt: number | null;
  durationMin: number;
}

const endOf = (s: { startsAt: number; durationMin: number }) => s.startsAt + s.durationMin * 60_000;

/** Whether the mood question may be answered now. */
export function moodAsked(session: SessionTime, now: number): boolean {
  if (session.startsAt === null) return true;
  const { startsAt, durationMin } = session;
  return (
    now >= startsAt - MOOD_ASKED_BEFORE_MS &&
    now <= endOf({ startsAt, durationMin }) + MOOD_ASKED_AFTER_END_MS
  );
}

/** Whether a session's mood means may be shown yet. */
export const moodShown = (session: { startsAt: number; durationMin: number }, now: number) =>
  endOf(session) + MOOD_SHOWN_AFTER_END_MS <= now;
