/** How long a dropped participant is shown as reconnecting before they are considered gone. */
export const RECONNECT_GRACE_MS = 30_000;

export type LeaveReason = 'left' | 'timed-out' | 'replaced' | 'removed';

/** A participant's place in the session. `joining` precedes admission (the lobby, later). */
export type Lifecycle =
  | { status: 'joining'; since: number }
  | { status: 'present'; since: number }
  | { status: 'reconnecting'; since: number }
  | { status: 'left'; at: number; reason: LeaveReason };

export type LifecycleEvent =
  | { type: 'admitted'; at: number }
  | { type: 'connection-lost'; at: number }
  | { type: 'reconnected'; at: number }
  | { type: 'left'; at: number; reason: LeaveReason };

/** The next state, or null when the event makes no sense in the current one. */
export function nextLifecycle(current: Lifecycle, event: LifecycleEvent): Lifecycle | null {
  switch (event.type) {
    case 'admitted':
      return current.status === 'joining' ? { status: 'present', since: event.at } : null;
    case 'connection-lost':
      return current.status === 'present' ? { status: 'reconnecting', since: event.at } : null;
    case 'reconnected':
      return current.status === 'reconnecting' ? { status: 'present', since: event.at } : null;
    case 'left':
      return current.status === 'left'
        ? null
        : { status: 'left', at: event.at, reason: event.reason };
  }
}

export const isGraceOver = (lifecycle: Lifecycle, now: number, graceMs: number): boolean =>
  lifecycle.status === 'reconnecting' && now - lifecycle.since >= graceMs;
