import type { PrivateTalk } from '@haven/protocol';
import type { MediaSnapshot, RemoteTrack } from '../../services/media';

/** Someone else in a private check-in's call, as its members see them. */
export interface CallPeer {
  participantId: string;
  name: string;
  audio: MediaStreamTrack | null;
  /** Their camera, if on and received. */
  video: MediaStreamTrack | null;
  /** Their microphone is paused (or not received yet). */
  micOff: boolean;
}

/**
 * What a check-in's panel shows about its call. `none`: no call controls at all (a text-only
 * group, media that cannot work here, a check-in that ended or this person does not read).
 */
export type CallView =
  | { kind: 'none' }
  /** A moderator may start one (or, if someone is already in it, join). */
  | { kind: 'can-start'; joining: boolean }
  /** A participant: a moderator is in the call and asks them in. */
  | { kind: 'invited'; from: string[]; producerIds: string[] }
  | { kind: 'in-call'; peers: CallPeer[]; camera: boolean; cameraAllowed: boolean; busy: boolean };

export type CallMedia = Pick<MediaSnapshot, 'status' | 'allowedKinds' | 'call' | 'talkRemote'>;

/** Whether media works here, or can be set up: the call needs a microphone that may be used. */
export function callPossible(media: CallMedia): boolean {
  const { status } = media;
  switch (status.kind) {
    case 'ready':
    case 'recovering':
      return media.allowedKinds.includes('audio');
    case 'starting':
      return true;
    case 'failed':
      return status.code !== 'unsupported';
    case 'idle':
    case 'closed':
      return false;
  }
}

const nameIn = (talk: PrivateTalk, personId: string): string =>
  personId === talk.participantId
    ? talk.displayName
    : (talk.moderators.find((m) => m.id === personId)?.name ?? '');

/** Everyone else's tracks in this check-in's call, one entry per person, in arrival order. */
export function callPeers(talk: PrivateTalk, tracks: readonly RemoteTrack[]): CallPeer[] {
  const peers = new Map<string, CallPeer>();
  for (const track of tracks) {
    if (track.talkId !== talk.id) continue;
    const peer = peers.get(track.participantId) ?? {
      participantId: track.participantId,
      name: nameIn(talk, track.participantId),
      audio: null,
      video: null,
      micOff: true,
    };
    if (track.kind === 'audio') {
      peer.audio = track.track;
      peer.micOff = track.paused || track.track === null;
    } else if (!track.paused && track.track) peer.video = track.track;
    peers.set(track.participantId, peer);
  }
  return [...peers.values()];
}

/**
 * The call as one member of one check-in sees it. `declined`: the producers of invitations the
 * participant said "Not now" to; a new invitation (the moderator starts again) asks again.
 */
export function callView(input: {
  talk: PrivateTalk;
  selfId: string;
  media: CallMedia;
  declined: ReadonlySet<string>;
}): CallView {
  const { talk, selfId, media, declined } = input;
  const participant = talk.participantId === selfId;
  const member = participant || talk.moderators.some((m) => m.id === selfId);
  if (!member || talk.closedAt !== null || !callPossible(media)) return { kind: 'none' };
  if (media.call?.talkId === talk.id)
    return {
      kind: 'in-call',
      peers: callPeers(talk, media.talkRemote),
      camera: media.call.camera,
      cameraAllowed: media.allowedKinds.includes('video'),
      busy: media.call.busy,
    };
  const present = media.talkRemote.filter((r) => r.talkId === talk.id);
  if (!participant) return { kind: 'can-start', joining: present.length > 0 };
  // A participant never starts a call: they are asked in by a moderator's microphone.
  const asking = present.filter(
    (r) => r.kind === 'audio' && r.participantId !== talk.participantId,
  );
  if (asking.length === 0 || asking.every((r) => declined.has(r.producerId)))
    return { kind: 'none' };
  return {
    kind: 'invited',
    from: [...new Set(asking.map((r) => nameIn(talk, r.participantId)))],
    producerIds: asking.map((r) => r.producerId),
  };
}

/** The call is for a check-in that ended: it ends here too, whoever noticed first. */
export const callOutlived = (call: MediaSnapshot['call'], talks: readonly PrivateTalk[]): boolean =>
  call !== null && talks.some((talk) => talk.id === call.talkId && talk.closedAt !== null);

/**
 * A participant is in a call only while a moderator is: when the last moderator's track in it
 * closes (they ended the call), it ends for the participant too.
 */
export function callLeftByModerators(talk: PrivateTalk, selfId: string, media: CallMedia): boolean {
  if (talk.participantId !== selfId || media.call?.talkId !== talk.id) return false;
  return !media.talkRemote.some((r) => r.talkId === talk.id && r.participantId !== selfId);
}
