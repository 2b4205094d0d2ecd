import type { GroupMedia, MediaKind } from '@haven/protocol';

export type { MediaKind };

/** What a group allows in its sessions. Text chat is always there. */
export type GroupMediaMode = GroupMedia;

export interface MediaRules {
  mode: GroupMediaMode;
  /** Kinds a moderator has hard-muted for this person; only a moderator lifts them. */
  hardMuted: ReadonlySet<MediaKind>;
}

export type ProduceDecision =
  | { allowed: true }
  | { allowed: false; reason: 'group-audio-only' | 'group-text-only' | 'hard-muted' };

/** Whether a person may publish (or unmute) a track of this kind now. */
export function mayProduce(rules: MediaRules, kind: MediaKind): ProduceDecision {
  if (rules.mode === 'text_only') return { allowed: false, reason: 'group-text-only' };
  if (rules.mode === 'audio_only' && kind === 'video')
    return { allowed: false, reason: 'group-audio-only' };
  if (rules.hardMuted.has(kind)) return { allowed: false, reason: 'hard-muted' };
  return { allowed: true };
}

export function allowedKinds(rules: MediaRules): MediaKind[] {
  return (['audio', 'video'] as const).filter((kind) => mayProduce(rules, kind).allowed);
}

/** How a person chooses to receive others' media: everything, a few videos, or sound only. */
export type ReceiveMode = 'all' | 'data-saver' | 'audio-only';

/** Data saver: the active speaker's video plus this many others. */
export const DATA_SAVER_EXTRA_VIDEOS = 3;

export interface VideoCandidate {
  participantId: string;
  producerId: string;
}

/**
 * Which remote videos to receive. Data saver keeps the active speaker and the most recent
 * speakers first (the people the conversation is about), then the rest in room order.
 */
export function videosToReceive(
  mode: ReceiveMode,
  candidates: readonly VideoCandidate[],
  recentSpeakers: readonly string[],
): Set<string> {
  if (mode === 'audio-only') return new Set();
  if (mode === 'all') return new Set(candidates.map((c) => c.producerId));
  const rank = (c: VideoCandidate) => {
    const i = recentSpeakers.indexOf(c.participantId);
    return i === -1 ? recentSpeakers.length : i;
  };
  const ordered = candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.order - b.order);
  return new Set(ordered.slice(0, 1 + DATA_SAVER_EXTRA_VIDEOS).map(({ c }) => c.producerId));
}

/** Data saver asks for the smallest simulcast layer; otherwise the media server adapts. */
export const preferLowLayer = (mode: ReceiveMode): boolean => mode === 'data-saver';
