import type { types } from 'mediasoup';

/**
 * What every room's router speaks. Opus for voice (with in-band FEC for lossy mobile links);
 * VP8 first because every browser encodes it and simulcast with it is mature; H264 for the
 * phones that only encode that in hardware.
 */
export const MEDIA_CODECS: types.RouterRtpCodecCapability[] = [
  {
    kind: 'audio',
    mimeType: 'audio/opus',
    clockRate: 48000,
    channels: 2,
    parameters: { useinbandfec: 1, usedtx: 1 },
  },
  {
    kind: 'video',
    mimeType: 'video/VP8',
    clockRate: 90000,
    parameters: { 'x-google-start-bitrate': 300 },
  },
  {
    kind: 'video',
    mimeType: 'video/H264',
    clockRate: 90000,
    parameters: {
      'packetization-mode': 1,
      'profile-level-id': '42e01f',
      'level-asymmetry-allowed': 1,
      'x-google-start-bitrate': 300,
    },
  },
];

/** A first guess at a new downlink, low so a weak mobile link is not flooded before BWE settles. */
export const INITIAL_OUTGOING_BITRATE = 400_000;
/** The most one person may send: three simulcast layers of a small camera plus opus. */
export const MAX_INCOMING_BITRATE = 1_500_000;
