import type { ReceiveMode } from '@haven/core';
import type { ErrorCode, MediaKind, MediaSource } from '@haven/protocol';
import type { DeviceOption, DeviceProblem } from './local-media';
import type { Restriction } from './restrictions';

/**
 * Where this person's media stands. `recovering`: it was working and is being set up again (a
 * network change, a media server restart).
 */
export type MediaStatus =
  | { kind: 'idle' }
  | { kind: 'starting' }
  | { kind: 'ready' }
  | { kind: 'recovering' }
  | { kind: 'failed'; code: ErrorCode | 'unsupported'; retrying: boolean }
  | { kind: 'closed' };

export interface LocalSourceState {
  /** What the person asked for: the toggle's pressed state. */
  on: boolean;
  /** Between asking and the track going out (a permission prompt may be open meanwhile). */
  busy: boolean;
  /** Set when this person may not publish the source's kind now. */
  restriction: Restriction | null;
  deviceId: string | null;
}

/** Someone else's published track and, once received, the track to play. */
export interface RemoteTrack {
  producerId: string;
  participantId: string;
  kind: MediaKind;
  source: MediaSource;
  /** Muted by its owner (or by the server). */
  paused: boolean;
  /** Set for a private check-in's call: never part of the room. */
  talkId?: string | undefined;
  track: MediaStreamTrack | null;
}

/**
 * This person in a private check-in's call. Meanwhile their room microphone is held off (the
 * room must not hear the private conversation) and comes back as it was after.
 */
export interface PrivateCallState {
  talkId: string;
  /** Their microphone in the call; false while it is being set up or it failed. */
  microphone: boolean;
  /** The camera in the call, as asked for. */
  camera: boolean;
  busy: boolean;
  /** The call's own camera track, for a self-view. */
  selfVideo: MediaStreamTrack | null;
}

/** Something to tell the person once; `serial` changes so a repeat is announced again. */
export type MediaNotice =
  | { kind: 'device'; source: MediaSource; problem: DeviceProblem; serial: number }
  | { kind: 'refused'; source: MediaSource; code: ErrorCode; serial: number }
  /** The session stopped allowing it (the group's setting changed). */
  | { kind: 'restricted'; source: MediaSource; restriction: Restriction; serial: number }
  /** Paused by the server while it was on: a moderator's mute. */
  | { kind: 'muted'; source: MediaSource; serial: number };

export interface MediaSnapshot {
  status: MediaStatus;
  /** The send or receive path is being repaired: show "Reconnecting…", not a frozen picture. */
  sendRecovering: boolean;
  receiveRecovering: boolean;
  allowedKinds: readonly MediaKind[];
  microphone: LocalSourceState;
  camera: LocalSourceState;
  /** The camera's own track, for the self-view. */
  selfVideo: MediaStreamTrack | null;
  /** The room's tracks: never a private call's. */
  remote: readonly RemoteTrack[];
  /** Private calls' tracks of the check-ins this person is in (received only while in the call). */
  talkRemote: readonly RemoteTrack[];
  call: PrivateCallState | null;
  /** Who is audible now, loudest first: the first is the active speaker. */
  speaking: readonly string[];
  receiveMode: ReceiveMode;
  microphones: readonly DeviceOption[];
  cameras: readonly DeviceOption[];
  /** Measured bytes sent and received per minute by both transports; null until measured. */
  bytesPerMinute: number | null;
  notice: MediaNotice | null;
}

export const INITIAL_SOURCE: LocalSourceState = {
  on: false,
  busy: false,
  restriction: null,
  deviceId: null,
};

export const INITIAL_MEDIA: MediaSnapshot = {
  status: { kind: 'idle' },
  sendRecovering: false,
  receiveRecovering: false,
  allowedKinds: [],
  microphone: INITIAL_SOURCE,
  camera: INITIAL_SOURCE,
  selfVideo: null,
  remote: [],
  talkRemote: [],
  call: null,
  speaking: [],
  receiveMode: 'all',
  microphones: [],
  cameras: [],
  bytesPerMinute: null,
  notice: null,
};
