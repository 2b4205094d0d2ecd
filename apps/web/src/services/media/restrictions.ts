import type { MediaKind } from '@haven/protocol';

/**
 * Why this person may not publish a kind, as far as the client can tell from `allowedKinds`
 * alone: a missing camera with the microphone allowed is read as an audio-only group, a missing
 * microphone as a moderator's mute (no group setting allows video without sound), and nothing
 * allowed as a session without audio and video.
 */
export type Restriction = 'group-audio-only' | 'moderator' | 'not-in-session';

export type Restrictions = Readonly<Record<MediaKind, Restriction | null>>;

export const NO_RESTRICTIONS: Restrictions = { audio: null, video: null };

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
