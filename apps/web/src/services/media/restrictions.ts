import type { MediaKind } from '@haven/protocol';

/**
 * Why this person may not publish a kind. From `allowedKinds` alone, a missing camera with the
 * microphone allowed is read as an audio-only group, a missing microphone as a moderator's mute
 * (no group setting allows video without sound), and nothing allowed as a session without audio
 * and video. `moderator` and `paused` also come from the room's moderation state (hard mutes).
 */
export type Restriction =
  | 'group-audio-only'
  | 'moderator'
  | 'paused'
  | 'not-in-session'
  /** The room microphone is held off while the person is in a private check-in's call. */
  | 'private-call';

export type Restrictions = Readonly<Record<MediaKind, Restriction | null>>;

export const NO_RESTRICTIONS: Restrictions = { audio: null, video: null };

const KINDS: readonly MediaKind[] = ['audio', 'video'];

export function restrictionsFor(allowed: readonly MediaKind[]): Restrictions {
  const audio = allowed.includes('audio');
  const video = allowed.includes('video');
  if (!audio && !video) return { audio: 'not-in-session', video: 'not-in-session' };
  return {
    audio: audio ? null : 'moderator',
    video: video ? null : 'group-audio-only',
  };
}

/** Kinds that were allowed and are no longer. */
export const revokedKinds = (
  previousAllowed: readonly MediaKind[],
  allowed: readonly MediaKind[],
): MediaKind[] => previousAllowed.filter((kind) => !allowed.includes(kind));

/**
 * What moderation holds back for this person now: hard mutes (a timeout too), or every kind
 * while the room is paused.
 */
export interface HardMutes {
  kinds: readonly MediaKind[];
  reason: 'moderator' | 'paused';
}

export const NO_HARD_MUTES: HardMutes = { kinds: [], reason: 'moderator' };

export const sameHardMutes = (a: HardMutes, b: HardMutes): boolean =>
  a.reason === b.reason &&
  a.kinds.length === b.kinds.length &&
  a.kinds.every((k) => b.kinds.includes(k));

/**
 * What the group itself allows, from a server answer (`allowedKinds`) that also leaves out what
 * is hard-muted just then. A kind left out while it is hard-muted says nothing about the group:
 * the earlier belief stands, so lifting the mute (which the server does not follow with a new
 * `allowedKinds`) makes it usable again.
 */
export function groupAllowedKinds(
  previous: readonly MediaKind[],
  serverAllowed: readonly MediaKind[],
  hardMuted: readonly MediaKind[],
): MediaKind[] {
  return KINDS.filter(
    (kind) => serverAllowed.includes(kind) || (hardMuted.includes(kind) && previous.includes(kind)),
  );
}

/** The group's limits first (they outlast any mute), then moderation's. */
export function withHardMutes(restrictions: Restrictions, mutes: HardMutes): Restrictions {
  const of = (kind: MediaKind): Restriction | null =>
    restrictions[kind] ?? (mutes.kinds.includes(kind) ? mutes.reason : null);
  return { audio: of('audio'), video: of('video') };
}

/** In a private call, the room's microphone is held off (and the call's microphone is used). */
export const withPrivateCall = (restrictions: Restrictions, inCall: boolean): Restrictions =>
  inCall && restrictions.audio === null ? { ...restrictions, audio: 'private-call' } : restrictions;
