import { SLOW_MODE_MAX_S } from '@haven/protocol';

/** Slow mode choices, in seconds (0: off); the protocol allows up to SLOW_MODE_MAX_S. */
export const SLOW_MODE_CHOICES = [0, 10, 30, 60, 120, SLOW_MODE_MAX_S] as const;

/** Speaking turn lengths, in seconds: the protocol's 15 s minimum to 15 minutes. */
export const TURN_CHOICES = [15, 30, 60, 120, 180, 300, 600, 900] as const;
export const DEFAULT_TURN_S = 120;

/** Timeout lengths, in minutes (the protocol allows 1 to 60). */
export const TIMEOUT_CHOICES = [1, 5, 10, 15, 30, 60] as const;
export const DEFAULT_TIMEOUT_MIN = 5;
