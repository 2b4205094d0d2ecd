import type { ParticipantView, Role } from '@haven/protocol';
import { isGraceOver, nextLifecycle, type Lifecycle, type LeaveReason } from './lifecycle';

export interface Participant {
  id: string;
  displayName: string;
  role: Role;
  lifecycle: Lifecycle;
}

/** Who is in one room. Only people who have not left are kept. */
export interface Presence {
  readonly participants: ReadonlyMap<string, Participant>;
}

export type PresenceEvent =
  | { type: 'participant-joined'; participant: Participant }
  | { type: 'participant-updated'; participant: Participant }
  | { type: 'participant-left'; participantId: string; reason: LeaveReason };

export interface PresenceChange {
  presence: Presence;
  events: PresenceEvent[];
}

export const emptyPresence: Presence = { participants: new Map() };

const put = (presence: Presence, p: Participant): Presence => ({
  participants: new Map(presence.participants).set(p.id, p),
});

const unchanged = (presence: Presence): PresenceChange => ({ presence, events: [] });

/**
 * Someone enters (or comes back). A person who is reconnecting is restored in place, keeping
 * their identity; someone new passes through `joining` to `present`.
 */
export function enter(
  presence: Presence,
  who: { id: string; displayName: string; role: Role },
  now: number,
): PresenceChange {
  const existing = presence.participants.get(who.id);
  if (existing?.lifecycle.status === 'present') return unchanged(presence);
  if (existing?.lifecycle.status === 'reconnecting') {
    const lifecycle = nextLifecycle(existing.lifecycle, { type: 'reconnected', at: now });
    if (!lifecycle) return unchanged(presence);
    const participant = { ...existing, lifecycle };
    return {
      presence: put(presence, participant),
      events: [{ type: 'participant-updated', participant }],
    };
  }
  const joining: Lifecycle = { status: 'joining', since: now };
  const lifecycle = nextLifecycle(joining, { type: 'admitted', at: now });
  if (!lifecycle) return unchanged(presence);
  const participant: Participant = { ...who, lifecycle };
  return {
    presence: put(presence, participant),
    events: [{ type: 'participant-joined', participant }],
  };
}

/** The connection dropped: keep them, shown as reconnecting. */
export function connectionLost(presence: Presence, id: string, now: number): PresenceChange {
  const existing = presence.participants.get(id);
  const lifecycle =
    existing && nextLifecycle(existing.lifecycle, { type: 'connection-lost', at: now });
  if (!existing || !lifecycle) return unchanged(presence);
  const participant = { ...existing, lifecycle };
  return {
    presence: put(presence, participant),
    events: [{ type: 'participant-updated', participant }],
  };
}

export function leave(
  presence: Presence,
  id: string,
  now: number,
  reason: LeaveReason,
): PresenceChange {
  const existing = presence.participants.get(id);
  if (!existing || !nextLifecycle(existing.lifecycle, { type: 'left', at: now, reason }))
    return unchanged(presence);
  const participants = new Map(presence.participants);
  participants.delete(id);
  return {
    presence: { participants },
    events: [{ type: 'participant-left', participantId: id, reason }],
  };
}

/**
 * The grace period of one drop is over: the person leaves unless they came back (or dropped
 * again, which starts a new period) in the meantime. `since` names the drop.
 */
export function timeOut(
  presence: Presence,
  id: string,
  since: number,
  now: number,
): PresenceChange {
  const p = presence.participants.get(id);
  if (p?.lifecycle.status !== 'reconnecting' || p.lifecycle.since !== since)
    return unchanged(presence);
  return leave(presence, id, now, 'timed-out');
}

/** Everyone whose reconnect grace period is over leaves (a sweep, by the clock). */
export function expireReconnecting(
  presence: Presence,
  now: number,
  graceMs: number,
): PresenceChange {
  let change = unchanged(presence);
  for (const p of presence.participants.values()) {
    if (!isGraceOver(p.lifecycle, now, graceMs)) continue;
    const next = leave(change.presence, p.id, now, 'timed-out');
    change = { presence: next.presence, events: [...change.events, ...next.events] };
  }
  return change;
}

/** The wire view of a participant; null for states others do not see. */
export function toView(p: Participant): ParticipantView | null {
  switch (p.lifecycle.status) {
    case 'present':
    case 'reconnecting':
      return { id: p.id, displayName: p.displayName, role: p.role, status: p.lifecycle.status };
    case 'joining':
    case 'left':
      return null;
  }
}

export const visibleParticipants = (presence: Presence): ParticipantView[] =>
  [...presence.participants.values()].flatMap((p) => toView(p) ?? []);

/**
 * Whether there is a seat for this person. Groups are small on purpose: `capacity` counts
 * participants only; staff always get in, and someone already in the room keeps their seat.
 */
export function hasSeat(
  presence: Presence,
  capacity: number,
  who: { id: string; role: Role },
): boolean {
  if (who.role !== 'participant' || presence.participants.has(who.id)) return true;
  let taken = 0;
  for (const p of presence.participants.values()) if (p.role === 'participant') taken++;
  return taken < capacity;
}
