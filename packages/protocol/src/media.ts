import { z } from 'zod';
import { Id } from './common';

// WebRTC parameters are checked here for shape and size only; the media server validates their
// meaning and its refusals come back as INVALID_ARGUMENT.

const Parameters = z.record(z.string().max(64), z.union([z.string().max(512), z.number()]));

const RtcpFeedback = z.looseObject({ type: z.string().max(32), parameter: z.string().max(32) });

const RtpCodec = z.looseObject({
  mimeType: z.string().max(64),
  payloadType: z.number().int().min(0).max(127).optional(),
  clockRate: z.number().int().positive(),
  channels: z.number().int().positive().max(8).optional(),
  parameters: Parameters.optional(),
  rtcpFeedback: z.array(RtcpFeedback).max(16).optional(),
});

const HeaderExtension = z.looseObject({ uri: z.string().max(256) });

export const RtpCapabilities = z.looseObject({
  codecs: z.array(RtpCodec).max(64).optional(),
  headerExtensions: z.array(HeaderExtension).max(64).optional(),
});
export type RtpCapabilities = z.infer<typeof RtpCapabilities>;

export const RtpParameters = z.looseObject({
  mid: z.string().max(32).optional(),
  codecs: z.array(RtpCodec).min(1).max(16),
  headerExtensions: z.array(HeaderExtension).max(32).optional(),
  encodings: z.array(z.looseObject({})).max(4).optional(),
  rtcp: z.looseObject({}).optional(),
});
export type RtpParameters = z.infer<typeof RtpParameters>;

export const DtlsParameters = z.looseObject({
  role: z.enum(['auto', 'client', 'server']).optional(),
  fingerprints: z
    .array(z.looseObject({ algorithm: z.string().max(32), value: z.string().max(256) }))
    .min(1)
    .max(8),
});

export const MediaKind = z.enum(['audio', 'video']);
export type MediaKind = z.infer<typeof MediaKind>;

/** Where a track comes from; a person has at most one producer per source. */
export const MediaSource = z.enum(['microphone', 'camera']);
export type MediaSource = z.infer<typeof MediaSource>;

/** What one of the media server's transports offers the browser (mediasoup-client's options). */
export const TransportOptions = z.object({
  id: Id,
  iceParameters: z.looseObject({}),
  iceCandidates: z.array(z.looseObject({})),
  dtlsParameters: z.looseObject({}),
});
export type TransportOptions = z.infer<typeof TransportOptions>;

export const IceServer = z.object({
  urls: z.array(z.string()),
  username: z.string().optional(),
  credential: z.string().optional(),
});
export type IceServer = z.infer<typeof IceServer>;

/** One person's published track, as others see it. */
const TalkId = Id.optional().describe(
  "A private check-in's call: only the check-in's participant and the moderators who joined it receive this track.",
);

export const RemoteProducer = z.object({
  producerId: Id,
  participantId: Id,
  kind: MediaKind,
  source: MediaSource,
  paused: z.boolean().describe('Paused by its owner (microphone muted), or by the server.'),
  talkId: TalkId,
});
export type RemoteProducer = z.infer<typeof RemoteProducer>;

export const MediaCapabilitiesPayload = z.strictObject({});
export const MediaCapabilitiesReply = z.object({
  routerRtpCapabilities: z.looseObject({}).describe("Load mediasoup-client's Device with these."),
});

export const MediaStartPayload = z.strictObject({
  rtpCapabilities: RtpCapabilities.describe("The loaded Device's rtpCapabilities."),
});
export const MediaStartReply = z.object({
  send: TransportOptions,
  recv: TransportOptions,
  iceServers: z.array(IceServer).describe('TURN relays with short-lived credentials, if any.'),
  allowedKinds: z.array(MediaKind).describe('What this person may publish now.'),
  cameraOnAtJoin: z.boolean().describe("The group's choice; support groups start camera off."),
  producers: z.array(RemoteProducer).describe("Everyone else's tracks, to consume."),
});
export type MediaStartReply = z.infer<typeof MediaStartReply>;

export const TransportConnectPayload = z.strictObject({
  transportId: Id,
  dtlsParameters: DtlsParameters,
});

export const RestartIcePayload = z.strictObject({ transportId: Id });
export const RestartIceReply = z.object({ iceParameters: z.looseObject({}) });

export const ProducePayload = z.strictObject({
  transportId: Id,
  kind: MediaKind,
  source: MediaSource,
  rtpParameters: RtpParameters,
  paused: z.boolean().default(false),
  talkId: TalkId,
});
export const ProduceReply = z.object({ producerId: Id });

export const ProducerPayload = z.strictObject({ producerId: Id });

export const ConsumePayload = z.strictObject({
  producerId: Id,
  preferLowLayer: z.boolean().default(false).describe('Data saver: the smallest video layer.'),
});
export const ConsumeReply = z.object({
  consumerId: Id,
  producerId: Id,
  participantId: Id,
  kind: MediaKind,
  source: MediaSource,
  talkId: TalkId,
  rtpParameters: z.looseObject({}),
  producerPaused: z.boolean(),
});
export type ConsumeReply = z.infer<typeof ConsumeReply>;

export const ConsumerPayload = z.strictObject({ consumerId: Id });

export const ConsumerLayerPayload = z.strictObject({
  consumerId: Id,
  spatialLayer: z.number().int().min(0).max(2).describe('0 is the smallest simulcast layer.'),
});

export const ProducerClosed = z.object({ producerId: Id, participantId: Id, talkId: TalkId });
export const ProducerPaused = z.object({
  producerId: Id,
  participantId: Id,
  paused: z.boolean(),
  talkId: TalkId,
});
export const ConsumerClosed = z.object({ consumerId: Id });
export const Speaking = z.object({
  participantIds: z
    .array(Id)
    .describe('Who is audible now, loudest first (the first is the active speaker).'),
});
export const MediaRestart = z.object({
  reason: z.enum(['media-server-restarted']),
});
export const AllowedKinds = z.object({ allowedKinds: z.array(MediaKind) });

export const ProducersReply = z.object({ producers: z.array(RemoteProducer) });
