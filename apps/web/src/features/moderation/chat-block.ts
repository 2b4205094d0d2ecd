import type { RoomModeration, Role } from '@haven/protocol';
import { isMuted } from './room-moderation';

/** Why this person cannot post now, if they cannot. */
export type ChatBlock =
  | { kind: 'paused' }
  | { kind: 'muted' }
  /** Slow mode: the next message may go out in this many seconds. */
  | { kind: 'slow'; seconds: number };

export interface ChatBlockInput {
  role: Role;
  selfId: string;
  moderation: RoomModeration;
  /** When slow mode lets this person post again (ms since the epoch), if it holds them back. */
  waitUntil: number | null;
  now: number;
}

/** Staff run the room: pause, slow mode and mutes never hold them back (the server agrees). */
export function chatBlock({
  role,
  selfId,
  moderation,
  waitUntil,
  now,
}: ChatBlockInput): ChatBlock | null {
  if (role !== 'participant') return null;
  if (moderation.settings.paused) return { kind: 'paused' };
  if (isMuted(moderation, selfId, 'chat')) return { kind: 'muted' };
  if (moderation.settings.slowModeSeconds > 0 && waitUntil !== null && waitUntil > now)
    return { kind: 'slow', seconds: Math.ceil((waitUntil - now) / 1000) };
  return null;
}

/**
 * The wait a slow-mode refusal names ("Slow mode is on: wait 12 s to post again."). The reply
 * has no field for it, so it is read from the message; null when there is none to read.
 */
export function slowModeWait(message: string): number | null {
  const match = /\bwait (\d+) ?s\b/i.exec(message);
  if (!match?.[1]) return null;
  const seconds = Number(match[1]);
  return Number.isSafeInteger(seconds) && seconds > 0 ? seconds : null;
}
