import type { ParticipantView } from '@haven/protocol';

/** One person on the stage: their picture (or a placeholder) and what to show about them. */
export interface Tile<Track = MediaStreamTrack> {
  participantId: string;
  name: string;
  self: boolean;
  /** Their camera, if it is on and being received; otherwise the placeholder shows. */
  video: Track | null;
  /** Their microphone is off, or they never turned it on. */
  micOff: boolean;
  speaking: boolean;
  /** The loudest now: highlighted. */
  activeSpeaker: boolean;
  /** Their connection, or this person's media path to them, is being repaired. */
  reconnecting: boolean;
}

/** The fields of a remote track the stage reads. */
export interface StageTrack<Track> {
  participantId: string;
  kind: 'audio' | 'video';
  paused: boolean;
  /** A private check-in's call: never shown on the room's stage. */
  talkId?: string | undefined;
  track: Track | null;
}

export interface StageInput<Track> {
  participants: readonly ParticipantView[];
  selfId: string;
  remote: readonly StageTrack<Track>[];
  speaking: readonly string[];
  selfVideo: Track | null;
  microphoneOn: boolean;
  sendRecovering: boolean;
  receiveRecovering: boolean;
}

/** This person first, then everyone else in room order (tiles do not jump around). */
export function stageTiles<Track>(input: StageInput<Track>): Tile<Track>[] {
  const { participants, selfId, remote, speaking } = input;
  const active = speaking[0];
  const people = [
    ...participants.filter((p) => p.id === selfId),
    ...participants.filter((p) => p.id !== selfId),
  ];
  return people.map((p) => {
    const base = {
      participantId: p.id,
      name: p.displayName,
      speaking: speaking.includes(p.id),
      activeSpeaker: p.id === active,
    };
    if (p.id === selfId)
      return {
        ...base,
        self: true,
        video: input.selfVideo,
        micOff: !input.microphoneOn,
        reconnecting: p.status === 'reconnecting' || input.sendRecovering,
      };
    const theirs = remote.filter((r) => r.participantId === p.id && !r.talkId);
    const audio = theirs.find((r) => r.kind === 'audio');
    const video = theirs.find((r) => r.kind === 'video' && !r.paused && r.track !== null);
    return {
      ...base,
      self: false,
      video: video?.track ?? null,
      micOff: !audio || audio.paused,
      reconnecting: p.status === 'reconnecting' || (input.receiveRecovering && theirs.length > 0),
    };
  });
}

/** The first character a person would see of the name (a whole emoji or a combined letter). */
export function initialOf(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') return '?';
  const first =
    typeof Intl.Segmenter === 'function'
      ? new Intl.Segmenter().segment(trimmed)[Symbol.iterator]().next().value?.segment
      : [...trimmed][0];
  return (first ?? '?').toLocaleUpperCase();
}
