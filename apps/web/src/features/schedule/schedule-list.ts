import type { ScheduledSession } from '@haven/protocol';

/** Sessions not over yet (one under way included), soonest first. */
export function comingSessions<T extends Pick<ScheduledSession, 'startsAt' | 'endsAt'>>(
  sessions: readonly T[],
  now: number,
): T[] {
  return sessions
    .filter((s) => Date.parse(s.endsAt) > now)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}

export interface SeriesSummary {
  seriesId: string;
  title: string;
  /** Its next session that still takes place: what "Stop series" would cancel first. */
  next: ScheduledSession;
}

/**
 * The series that still have a coming session to stop, in the order of their next one. A series
 * whose coming sessions are all cancelled (stopped already, say) has nothing left to stop.
 */
export function seriesToStop(coming: readonly ScheduledSession[]): SeriesSummary[] {
  const found = new Map<string, SeriesSummary>();
  for (const session of coming) {
    if (session.seriesId === null || session.cancelled || found.has(session.seriesId)) continue;
    found.set(session.seriesId, {
      seriesId: session.seriesId,
      title: session.title,
      next: session,
    });
  }
  return [...found.values()];
}
