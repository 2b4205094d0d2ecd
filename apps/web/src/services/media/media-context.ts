import { Device } from 'mediasoup-client';
import type { types } from 'mediasoup-client';
import type { ErrorCode } from '@haven/protocol';
import type { Signaling } from '../signaling';
import type { MediaPreferences } from './media-preferences';
import type { MediaNotice, MediaSnapshot } from './types';

export type Transport = types.Transport;

/** The browser, as far as media needs it; tests put mediasoup-client's fake handler here. */
export interface MediaEnvironment {
  createDevice(): Device;
  getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream>;
  enumerateDevices(): Promise<readonly Pick<MediaDeviceInfo, 'deviceId' | 'kind' | 'label'>[]>;
  onDeviceChange(listener: () => void): () => void;
}

export function browserMediaEnvironment(): MediaEnvironment {
  // Undefined on pages that are not a secure context (plain http), whatever the types say.
  const devices = (): MediaDevices | undefined =>
    (navigator as { mediaDevices?: MediaDevices }).mediaDevices;
  return {
    createDevice: () => new Device(),
    getUserMedia: (constraints) =>
      devices()?.getUserMedia(constraints) ??
      Promise.reject(new TypeError('This page has no access to media devices.')),
    enumerateDevices: async () => (await devices()?.enumerateDevices()) ?? [],
    onDeviceChange(listener) {
      const md = devices();
      md?.addEventListener('devicechange', listener);
      return () => md?.removeEventListener('devicechange', listener);
    },
  };
}

type WithoutSerial<T> = T extends unknown ? Omit<T, 'serial'> : never;

/** What the session shares with its publisher and receiver. */
export interface MediaContext {
  readonly request: Signaling['request'];
  readonly selfId: string;
  readonly env: MediaEnvironment;
  state(): MediaSnapshot;
  update(patch: Partial<MediaSnapshot>): void;
  notify(notice: WithoutSerial<MediaNotice>): void;
  /** The current setup's transports; null while there are none (starting, recovering). */
  sendTransport(): Transport | null;
  recvTransport(): Transport | null;
  /** Bumped whenever the transports are replaced: work begun for older ones drops its result. */
  generation(): number;
  savePreferences(patch: MediaPreferences): void;
  /** A device was opened for the first time: its name can now be listed. */
  devicesChanged(): void;
}

/** Carries a request's error code through mediasoup-client's callbacks. */
export class MediaRequestError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
    this.name = 'MediaRequestError';
  }
}

export const codeOf = (error: unknown): ErrorCode =>
  error instanceof MediaRequestError ? error.code : 'INTERNAL';
