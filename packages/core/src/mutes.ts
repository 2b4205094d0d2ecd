import type { Role } from '@haven/protocol';

/**
 * Hard mutes: what a moderator has switched off for someone, which only a moderator lifts.
 * The server enforces them (a muted microphone's producer is paused on the media server and
 * new ones are refused; a chat mute refuses chat:send); clients only show them.
 */
export type MuteKind = 'audio' | 'video' | 'chat';
export const MUTE_KINDS: readonly MuteKind[] = ['audio', 'video', 'chat'];

export interface Mutes {
  /** Per person, the kinds a moderator muted one by one. */
  readonly byPerson: ReadonlyMap<string, ReadonlySet<MuteKind>>;
  /** "Mute all" (audio) is on: it holds for everyone present and everyone who joins later. */
  readonly allAudio: boolean;
  /** People a moderator let speak while "mute all" is on. */
  readonly allAudioExceptions: ReadonlySet<string>;
  /** Timeouts: chat, audio and video off until this time (ms), then lifted by themselves. */
  readonly timeouts: ReadonlyMap<string, number>;
}

export const noMutes: Mutes = {
  byPerson: new Map(),
  allAudio: false,
  allAudioExceptions: new Set(),
  timeouts: new Map(),
};

/** Moderators and facilitators keep their voice: they run the room. */
const exempt = (role: Role): boolean => role !== 'participant';

/**
 * What is muted for one person at `now`. `speakingTurn` is true while they hold a timed turn:
 * their audio mute lifts for it and returns when it ends, with nothing to undo.
 */
export function mutedKinds(
  mutes: Mutes,
  who: { id: string; role: Role },
  now: number,
  speakingTurn = false,
): Set<MuteKind> {
  if (exempt(who.role)) return new Set();
  const kinds = new Set(mutes.byPerson.get(who.id));
  if (mutes.allAudio && !mutes.allAudioExceptions.has(who.id)) kinds.add('audio');
  const until = mutes.timeouts.get(who.id);
  if (until !== undefined && now < until) for (const k of MUTE_KINDS) kinds.add(k);
  if (speakingTurn) kinds.delete('audio');
  return kinds;
}

export function hardMute(mutes: Mutes, participantId: string, kind: MuteKind): Mutes {
  const kinds = new Set(mutes.byPerson.get(participantId)).add(kind);
  const exceptions = new Set(mutes.allAudioExceptions);
  if (kind === 'audio') exceptions.delete(participantId);
  return {
    ...mutes,
    byPerson: new Map(mutes.byPerson).set(participantId, kinds),
    allAudioExceptions: exceptions,
  };
}

/** Lifts one kind for one person; under "mute all", lifting audio lets them speak. */
export function liftMute(mutes: Mutes, participantId: string, kind: MuteKind): Mutes {
  const kinds = new Set(mutes.byPerson.get(participantId));
  kinds.delete(kind);
  const byPerson = new Map(mutes.byPerson);
  if (kinds.size === 0) byPerson.delete(participantId);
  else byPerson.set(participantId, kinds);
  const exceptions = new Set(mutes.allAudioExceptions);
  if (kind === 'audio' && mutes.allAudio) exceptions.add(participantId);
  return { ...mutes, byPerson, allAudioExceptions: exceptions };
}

/** Mute all starts afresh: earlier exceptions do not carry over. */
export function muteAll(mutes: Mutes): Mutes {
  return { ...mutes, allAudio: true, allAudioExceptions: new Set() };
}

export function liftMuteAll(mutes: Mutes): Mutes {
  return { ...mutes, allAudio: false, allAudioExceptions: new Set() };
}

export function timeOutPerson(mutes: Mutes, participantId: string, until: number): Mutes {
  return { ...mutes, timeouts: new Map(mutes.timeouts).set(participantId, until) };
}

/** Drops timeouts that are over (they no longer mute anyone; this keeps the map small). */
export function expireTimeouts(mutes: Mutes, now: number): Mutes {
  const timeouts = new Map([...mutes.timeouts].filter(([, until]) => now < until));
  return timeouts.size === mutes.timeouts.size ? mutes : { ...mutes, timeouts };
}
