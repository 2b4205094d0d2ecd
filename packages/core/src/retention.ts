const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What people wrote is kept for the group's retention period, counted from when it was written,
 * then deleted whatever it was: nothing is kept for ever. The instant before which it goes.
 */
export function retentionCutoff(now: number, retentionDays: number): string {
  return new Date(now - retentionDays * DAY_MS).toISOString();
}
