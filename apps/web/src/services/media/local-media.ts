import type { MediaKind, MediaSource } from '@haven/protocol';

export const KIND_OF: Readonly<Record<MediaSource, MediaKind>> = {
  microphone: 'audio',
  camera: 'video',
};
export const SOURCES: readonly MediaSource[] = ['microphone', 'camera'];

/** Why a microphone or camera could not be used, in terms a person can act on. */
export type DeviceProblem = 'denied' | 'no-device' | 'in-use' | 'ended' | 'unsupported' | 'failed';

/**
 * Small camera pictures: a weak phone encodes them without heating up, and three simulcast
 * layers of 640×480 at 24 fps stay under about 1.3 Mbit/s in all.
 */
export const CAMERA_VIDEO: MediaTrackConstraints = {
  width: { ideal: 640 },
  height: { ideal: 480 },
  frameRate: { ideal: 24, max: 24 },
};

export const MICROPHONE_AUDIO: MediaTrackConstraints = {
  echoCancellation: true,
  noiseSuppression: true,
  autoGainControl: true,
};

export function constraintsFor(
  source: MediaSource,
  deviceId: string | null,
): MediaStreamConstraints {
  const device = deviceId ? { deviceId: { exact: deviceId } } : {};
  return source === 'microphone'
    ? { audio: { ...MICROPHONE_AUDIO, ...device } }
    : { video: { ...CAMERA_VIDEO, ...device } };
}

/** Simulcast, smallest first: data saver and weak links get the quarter-size layer. */
export const CAMERA_ENCODINGS: RTCRtpEncodingParameters[] = [
  { scaleResolutionDownBy: 4, maxBitrate: 100_000 },
  { scaleResolutionDownBy: 2, maxBitrate: 300_000 },
  { scaleResolutionDownBy: 1, maxBitrate: 900_000 },
];

/** Opus sends almost nothing while a muted-but-open microphone hears silence (DTX). */
export const MICROPHONE_CODEC_OPTIONS = { opusDtx: true, opusFec: true } as const;

/** getUserMedia's (and older browsers') error names, sorted into what the person can do. */
export function deviceProblemOf(error: unknown): DeviceProblem {
  const name = error instanceof Error || isNamed(error) ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
    case 'ConstraintNotSatisfiedError':
      return 'no-device';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'in-use';
    case 'TypeError':
      // No mediaDevices at all: an insecure (http) page or a very old browser.
      return 'unsupported';
    default:
      return 'failed';
  }
}

function isNamed(value: unknown): value is { name: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { name?: unknown }).name === 'string'
  );
}

/** A device a person can pick; the label is empty until they allowed the device once. */
export interface DeviceOption {
  deviceId: string;
  label: string;
}

export interface DeviceLists {
  microphones: DeviceOption[];
  cameras: DeviceOption[];
}

type DeviceInfo = Pick<MediaDeviceInfo, 'deviceId' | 'kind' | 'label'>;

/**
 * Inputs by kind, each once. Chrome lists "default" and "communications" aliases beside the
 * real devices; an alias with an empty id (no permission yet) says nothing worth a choice.
 */
export function deviceLists(devices: readonly DeviceInfo[]): DeviceLists {
  const pick = (kind: MediaDeviceKind): DeviceOption[] => {
    const seen = new Set<string>();
    const options: DeviceOption[] = [];
    for (const d of devices) {
      if (d.kind !== kind || d.deviceId === '' || d.deviceId === 'communications') continue;
      if (seen.has(d.deviceId)) continue;
      seen.add(d.deviceId);
      options.push({ deviceId: d.deviceId, label: d.label });
    }
    return options;
  };
  return { microphones: pick('audioinput'), cameras: pick('videoinput') };
}

export type Acquired =
  { ok: true; track: MediaStreamTrack } | { ok: false; problem: DeviceProblem };

/**
 * One track from a microphone or camera. A device remembered from before may be unplugged now:
 * the default one will do.
 */
export async function acquireTrack(
  getUserMedia: (constraints: MediaStreamConstraints) => Promise<MediaStream>,
  source: MediaSource,
  deviceId: string | null,
): Promise<Acquired> {
  let stream: MediaStream;
  try {
    stream = await getUserMedia(constraintsFor(source, deviceId));
  } catch (error) {
    const problem = deviceProblemOf(error);
    if (deviceId !== null && problem === 'no-device')
      return acquireTrack(getUserMedia, source, null);
    return { ok: false, problem };
  }
  const [track, ...extra] =
    source === 'microphone' ? stream.getAudioTracks() : stream.getVideoTracks();
  for (const other of extra) other.stop();
  return track ? { ok: true, track } : { ok: false, problem: 'no-device' };
}
