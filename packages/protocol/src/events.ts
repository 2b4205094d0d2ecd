import { z } from 'zod';
import type { ErrorCode } from './errors';
import { resultSchema, type Result } from './result';
import { EmptyPayload, EmptyReply, Id, Role } from './common';
import {
  ChatMessage,
  ChatSendPayload,
  ChatSendReply,
  DeleteMessagePayload,
  HeldListReply,
  HeldMessage,
  HeldPayload,
  HeldResolved,
  MessageRemoved,
} from './chat';
import {
  HistoryPayload,
  HistoryReply,
  JoinPayload,
  JoinReply,
  LeavePayload,
  LeaveReply,
  ParticipantLeft,
  ParticipantView,
} from './session';
import {
  AllowedKinds,
  ConsumePayload,
  ConsumerClosed,
  ConsumerLayerPayload,
  ConsumerPayload,
  ConsumeReply,
  MediaCapabilitiesPayload,
  MediaCapabilitiesReply,
  MediaRestart,
  MediaStartPayload,
  MediaStartReply,
  ProducePayload,
  ProducerClosed,
  ProducerPaused,
  ProducerPayload,
  ProducersReply,
  ProduceReply,
  RemoteProducer,
  RestartIcePayload,
  RestartIceReply,
  Speaking,
  TransportConnectPayload,
} from './media';
import {
  AskUnmutePayload,
  GrantTurnPayload,
  HandPayload,
  HandQueueView,
  LowerHandPayload,
  ModMuteAllPayload,
  ModMutePayload,
  MuteAllChanged,
  DenyPayload,
  KnockPayload,
  KnockReply,
  LobbyDenied,
  LobbyMessage,
  LobbyMessagePayload,
  LobbyView,
  LockPayload,
  ParticipantMutes,
  PausePayload,
  Removed,
  RoomSettings,
  SlowModePayload,
  RemovePayload,
  TimeoutPayload,
  TurnOffered,
  UnmuteRequested,
  Warning,
  WarnPayload,
} from './moderation';
import {
  ModChatHistoryReply,
  ModChatMessage,
  ModChatSendPayload,
  ModChatSendReply,
} from './mod-chat';
import {
  AcknowledgePayload,
  SupportAlert,
  SupportAlerts,
  SupportRequestPayload,
  SupportRequestReply,
} from './safety';
import {
  PrivateTalk,
  TalkHistoryReply,
  TalkList,
  TalkMessage,
  TalkOpenPayload,
  TalkPayload,
  TalkSendPayload,
  TalkSendReply,
  TalkShareResourcesPayload,
} from './talk';
import { Report, ReportList, ReportPayload, ReportReply, ResolveReportPayload } from './reports';

interface ClientEventSpec {
  summary: string;
  payload: z.ZodType;
  reply: z.ZodType;
  /** Codes this event may answer with besides COMMON_ERROR_CODES. */
  errors: readonly ErrorCode[];
}

interface ServerEventSpec {
  summary: string;
  payload: z.ZodType;
  /** The socket.io room it is broadcast to. */
  audience: string;
}

/** Every event a client may send. Each is acknowledged with a `Result` of its reply. */
export const clientEvents = {
  'session:join': {
    summary:
      "Enter a session of a group the connection's identity belongs to (a participant admitted with the current agreement, or the group's staff); with lastSeq, catch up on what came after it.",
    payload: JoinPayload,
    reply: JoinReply,
    errors: [
      'UNSUPPORTED_PROTOCOL',
      'NOT_FOUND',
      'FORBIDDEN',
      'AGREEMENT_CHANGED',
      'ROOM_FULL',
      'ROOM_CLOSED',
      'ROOM_LOCKED',
      'CONFLICT',
    ],
  },
  'session:leave': {
    summary: 'Leave the session now; others see the person leave at once.',
    payload: LeavePayload,
    reply: LeaveReply,
    errors: ['UNAUTHENTICATED', 'NOT_FOUND'],
  },
  'chat:send': {
    summary:
      'Post a message. It is stored before the reply; a resend with the same clientMsgId returns the stored message instead of a copy. A message matching a "hold" watched word is stored for the moderators and the reply says so (held); a "block" word refuses it with MESSAGE_BLOCKED.',
    payload: ChatSendPayload,
    reply: ChatSendReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'MESSAGE_BLOCKED'],
  },
  'chat:history': {
    summary:
      'Page through the session chat: after a seq (catch-up) or before one (older messages).',
    payload: HistoryPayload,
    reply: HistoryReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'media:capabilities': {
    summary: "The room's media capabilities, to load mediasoup-client's Device.",
    payload: MediaCapabilitiesPayload,
    reply: MediaCapabilitiesReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'UNAVAILABLE'],
  },
  'media:start': {
    summary:
      "Set up this person's media: one send and one receive transport. Closes any media an earlier page of theirs left behind.",
    payload: MediaStartPayload,
    reply: MediaStartReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'UNAVAILABLE'],
  },
  'media:producers': {
    summary:
      "Everyone else's tracks now: after a reconnect that kept the transports, to catch up on what was published or closed meanwhile.",
    payload: EmptyPayload,
    reply: ProducersReply,
    errors: ['UNAUTHENTICATED', 'NOT_FOUND'],
  },
  'media:connect': {
    summary: "Finish one of the caller's transports with the browser's DTLS parameters.",
    payload: TransportConnectPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'NOT_FOUND', 'CONFLICT'],
  },
  'media:restart-ice': {
    summary: "After a network change: new ICE parameters for one of the caller's transports.",
    payload: RestartIcePayload,
    reply: RestartIceReply,
    errors: ['UNAUTHENTICATED', 'NOT_FOUND'],
  },
  'media:produce': {
    summary:
      "Publish the caller's microphone or camera on their send transport, if the room allows that kind for them.",
    payload: ProducePayload,
    reply: ProduceReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  },
  'media:pause-producer': {
    summary: "Mute one of the caller's own tracks; others see it muted.",
    payload: ProducerPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'NOT_FOUND'],
  },
  'media:resume-producer': {
    summary: "Unmute one of the caller's own tracks, if the room allows that kind for them.",
    payload: ProducerPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'media:close-producer': {
    summary: "Stop publishing one of the caller's own tracks (camera off).",
    payload: ProducerPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'NOT_FOUND'],
  },
  'media:consume': {
    summary:
      "Receive someone's track on the caller's receive transport. It starts paused: resume once the track is attached, so its first frame is not lost.",
    payload: ConsumePayload,
    reply: ConsumeReply,
    errors: ['UNAUTHENTICATED', 'NOT_FOUND', 'CONFLICT'],
  },
  'media:resume-consumer': {
    summary: "Start (or restart) receiving one of the caller's consumers.",
    payload: ConsumerPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'NOT_FOUND'],
  },
  'media:pause-consumer': {
    summary: "Stop receiving one of the caller's consumers for now (say, a hidden video).",
    payload: ConsumerPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'NOT_FOUND'],
  },
  'media:close-consumer': {
    summary: 'Stop receiving a track for good (audio-only mode, data saver).',
    payload: ConsumerPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'NOT_FOUND'],
  },
  'media:set-layer': {
    summary: 'Which simulcast layer of a video to receive: 0 is the smallest (data saver).',
    payload: ConsumerLayerPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'NOT_FOUND'],
  },
  'mod:mute': {
    summary:
      'Hard-mute someone: audio or video (their track is paused on the media server and new ones are refused) or chat. Only a moderator lifts it.',
    payload: ModMutePayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'mod:unmute': {
    summary:
      "Lift a hard mute. It never turns anyone's microphone or camera on: they do that themselves.",
    payload: ModMutePayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'mod:mute-all': {
    summary:
      'Mute all (audio) on or off. It holds for everyone present and everyone who joins later; staff are exempt.',
    payload: ModMuteAllPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
  },
  'mod:ask-unmute': {
    summary:
      'Lift the hard mute of that kind and ask the person to turn it on; they may accept or ignore it.',
    payload: AskUnmutePayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'hand:raise': {
    summary: 'Raise your hand: you join the end of the queue (again: you keep your place).',
    payload: EmptyPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
  },
  'hand:lower': {
    summary: "Lower your hand, or (moderators) someone else's.",
    payload: LowerHandPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'hand:lower-all': {
    summary: 'Moderators: clear the queue.',
    payload: EmptyPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
  },
  'hand:move-to-front': {
    summary: 'Moderators: this person speaks next.',
    payload: HandPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'hand:grant-turn': {
    summary:
      'Moderators: give someone a timed turn. Their audio hard mute lifts for it and returns when it ends; the next hand is then offered.',
    payload: GrantTurnPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'hand:end-turn': {
    summary: 'End the current turn now (moderators, or the speaker themselves).',
    payload: EmptyPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'mod:remove': {
    summary:
      'Take someone out of the session now. It holds: they stay out of this session (or, with ban: group, out of the group) until a facilitator lifts it; optionally the invite they came by is revoked.',
    payload: RemovePayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'mod:warn': {
    summary: 'A private word from the moderators to one person.',
    payload: WarnPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'mod:timeout': {
    summary:
      'A pause for one person: chat, microphone and camera off for some minutes, lifted by itself.',
    payload: TimeoutPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'mod:delete-message': {
    summary:
      'Remove a message for everyone: its text is deleted from the store; everyone sees it was removed by a moderator.',
    payload: DeleteMessagePayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'room:lock': {
    summary: 'Lock or unlock the room: while locked nobody new gets in, even with an invite.',
    payload: LockPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
  },
  'room:pause': {
    summary:
      "Pause the room for a breathing moment: participants' microphones, cameras and chat stop until it resumes.",
    payload: PausePayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
  },
  'room:slow-mode': {
    summary: 'At most one message per this many seconds per participant (0: off).',
    payload: SlowModePayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
  },
  'room:end': {
    summary: 'End the session for everyone; nobody can enter it again.',
    payload: EmptyPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
  },
  'lobby:knock': {
    summary:
      'Ask to be let into a session that needs admission (or a locked room). Admitted once, always admitted to that session; turned away, not again until a moderator allows it.',
    payload: KnockPayload,
    reply: KnockReply,
    errors: ['UNSUPPORTED_PROTOCOL', 'NOT_FOUND', 'FORBIDDEN', 'AGREEMENT_CHANGED', 'ROOM_CLOSED'],
  },
  'lobby:list': {
    summary: 'Moderators: who is waiting and who was turned away.',
    payload: EmptyPayload,
    reply: LobbyView,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
  },
  'lobby:admit': {
    summary: 'Moderators: let this person in (even into a locked room).',
    payload: HandPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'lobby:deny': {
    summary: 'Moderators: turn this person away, with an optional reason they see.',
    payload: DenyPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'lobby:admit-all': {
    summary: 'Moderators: let everyone waiting in.',
    payload: EmptyPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
  },
  'lobby:allow-knock': {
    summary: 'Moderators: someone turned away may knock again.',
    payload: HandPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'lobby:message': {
    summary: 'Moderators: a word to everyone waiting (and whoever arrives later).',
    payload: LobbyMessagePayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
  },
  'modchat:send': {
    summary:
      "Moderators: post in the session's private moderators' channel. Stored before the reply; a resend with the same clientMsgId returns the stored message.",
    payload: ModChatSendPayload,
    reply: ModChatSendReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'support:request': {
    summary:
      'Participants: "I need support". Only the session\'s moderators hear of it (support:alert); the reply carries crisis resources in the person\'s language. Pressing again while a moderator has not answered raises no second alert.',
    payload: SupportRequestPayload,
    reply: SupportRequestReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
  },
  'support:alerts': {
    summary: 'Moderators: the calls for support in this session, oldest first.',
    payload: EmptyPayload,
    reply: SupportAlerts,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
  },
  'support:acknowledge': {
    summary: 'Moderators: take a call for support on; the other moderators see who did.',
    payload: AcknowledgePayload,
    reply: SupportAlert,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'modchat:history': {
    summary:
      "Moderators: the moderators' channel so far (on entering the room and after every reconnect).",
    payload: EmptyPayload,
    reply: ModChatHistoryReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'chat:held': {
    summary:
      'Messages kept by a "hold" watched word: moderators get all of the session\'s, a participant their own (on entering and after every reconnect).',
    payload: EmptyPayload,
    reply: HeldListReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
  },
  'chat:share-held': {
    summary:
      'Moderators: share a held message with the room; it arrives as chat:message with the next seq.',
    payload: HeldPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'chat:delete-held': {
    summary: 'Moderators: delete a held message; nobody but the sender ever saw it.',
    payload: HeldPayload,
    reply: EmptyReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'talk:open': {
    summary:
      'Moderators: open a private check-in with someone in the room (or join the open one with them).',
    payload: TalkOpenPayload,
    reply: PrivateTalk,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'talk:join': {
    summary: "Moderators: join a co-moderator's private check-in.",
    payload: TalkPayload,
    reply: PrivateTalk,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'talk:close': {
    summary: 'Moderators: end a private check-in; its messages stay readable to its members.',
    payload: TalkPayload,
    reply: PrivateTalk,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'talk:list': {
    summary:
      "The session's private check-ins: all of them for moderators, their own for a participant.",
    payload: EmptyPayload,
    reply: TalkList,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
  },
  'talk:history': {
    summary:
      'The messages of a private check-in, for its participant and the moderators who joined.',
    payload: TalkPayload,
    reply: TalkHistoryReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'talk:send': {
    summary:
      'Write in an open private check-in. Stored before the reply; a resend with the same clientMsgId returns the stored message.',
    payload: TalkSendPayload,
    reply: TalkSendReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  },
  'talk:share-resources': {
    summary:
      "Moderators: share the crisis resources in a private check-in; the participant's app shows them in their language.",
    payload: TalkShareResourcesPayload,
    reply: TalkSendReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  },
  'report:create': {
    summary:
      'Report a message or a person to the moderators, with an optional reason. The reported person is never told.',
    payload: ReportPayload,
    reply: ReportReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'report:list': {
    summary: "Moderators: this session's reports, oldest first.",
    payload: EmptyPayload,
    reply: ReportList,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
  },
  'report:resolve': {
    summary: 'Moderators: close a report with the action taken.',
    payload: ResolveReportPayload,
    reply: Report,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
} as const satisfies Record<string, ClientEventSpec>;

/** Every event the server sends. None expects an acknowledgement. */
export const serverEvents = {
  'chat:message': {
    summary: 'A stored message, in seq order, to everyone in the room (the sender included).',
    payload: ChatMessage,
    audience: 'room:<sessionId>',
  },
  'participant:joined': {
    summary: 'Someone entered the room.',
    payload: ParticipantView,
    audience: 'room:<sessionId>',
  },
  'participant:updated': {
    summary: "Someone's visible state changed (for example present ↔ reconnecting).",
    payload: ParticipantView,
    audience: 'room:<sessionId>',
  },
  'participant:left': {
    summary: 'Someone left, or did not come back within the reconnect grace period.',
    payload: ParticipantLeft,
    audience: 'room:<sessionId>',
  },
  'media:producer-added': {
    summary: 'Someone published a track; consume it to see or hear them.',
    payload: RemoteProducer,
    audience: 'room:<sessionId>',
  },
  'media:producer-paused': {
    summary: "Someone's track was muted or unmuted.",
    payload: ProducerPaused,
    audience: 'room:<sessionId>',
  },
  'media:producer-closed': {
    summary: 'Someone stopped publishing a track (camera off, left, reconnecting).',
    payload: ProducerClosed,
    audience: 'room:<sessionId>',
  },
  'media:consumer-closed': {
    summary: 'One of your consumers ended on the server (its track went away).',
    payload: ConsumerClosed,
    audience: "the receiving person's connection",
  },
  'media:speaking': {
    summary: 'Who is audible now; sent when it changes.',
    payload: Speaking,
    audience: 'room:<sessionId>',
  },
  'media:permissions': {
    summary: 'What you may publish changed; tracks of a kind no longer allowed were closed.',
    payload: AllowedKinds,
    audience: "the person's connection",
  },
  'media:restart': {
    summary:
      'Your media was torn down on the server (a media process restarted, or another page took over): set it up again with media:start, or stop.',
    payload: MediaRestart,
    audience: "room:<sessionId>, or the person's connection",
  },
  'moderation:mutes': {
    summary: 'What a moderator has muted for someone changed (kinds is what is muted now).',
    payload: ParticipantMutes,
    audience: 'room:<sessionId>',
  },
  'moderation:mute-all': {
    summary: 'Mute all was switched on or off.',
    payload: MuteAllChanged,
    audience: 'room:<sessionId>',
  },
  'moderation:unmute-requested': {
    summary: 'A moderator asks you to turn your microphone or camera on; you may ignore it.',
    payload: UnmuteRequested,
    audience: "the person's connection",
  },
  'hand:queue': {
    summary: 'The raised hands and the current turn, after any change.',
    payload: HandQueueView,
    audience: 'room:<sessionId>',
  },
  'hand:turn-offered': {
    summary: 'A turn ended; this person is next in the queue (a moderator grants the turn).',
    payload: TurnOffered,
    audience: 'room:<sessionId>',
  },
  'session:removed': {
    summary: 'A moderator took you out of the session; the connection closes after this.',
    payload: Removed,
    audience: "the person's connection",
  },
  'moderation:warning': {
    summary: 'A private word from the moderators.',
    payload: Warning,
    audience: "the person's connection",
  },
  'chat:removed': {
    summary: 'A message was removed (its text is gone); show it as removed.',
    payload: MessageRemoved,
    audience: 'room:<sessionId>',
  },
  'room:settings': {
    summary: 'The room was locked or unlocked, paused or resumed, or slow mode changed.',
    payload: RoomSettings,
    audience: 'room:<sessionId>',
  },
  'room:ended': {
    summary: 'A moderator ended the session for everyone.',
    payload: EmptyReply,
    audience: 'room:<sessionId>',
  },
  'lobby:changed': {
    summary: 'Who is waiting or turned away changed.',
    payload: LobbyView,
    audience: 'mods:<sessionId> (the moderators in the room)',
  },
  'lobby:admitted': {
    summary: 'You may come in: send session:join.',
    payload: EmptyReply,
    audience: "the waiting person's connection",
  },
  'lobby:denied': {
    summary: 'A moderator did not let you in.',
    payload: LobbyDenied,
    audience: "the waiting person's connection",
  },
  'lobby:notice': {
    summary: "The moderators' word to people waiting.",
    payload: LobbyMessage,
    audience: 'lobby:<sessionId>',
  },
  'support:alert': {
    summary: 'A call for support, new or taken on. Only moderators receive it.',
    payload: SupportAlert,
    audience: 'mods:<sessionId> (the moderators in the room)',
  },
  'modchat:message': {
    summary: "A stored message in the moderators' private channel.",
    payload: ModChatMessage,
    audience: 'mods:<sessionId> (the moderators in the room)',
  },
  'chat:message-held': {
    summary: 'A message was held by a watched word. Only moderators receive it.',
    payload: HeldMessage,
    audience: 'mods:<sessionId> (the moderators in the room)',
  },
  'chat:held-resolved': {
    summary: 'A held message was shared or deleted.',
    payload: HeldResolved,
    audience: "mods:<sessionId> and the sender's connection",
  },
  'talk:changed': {
    summary: 'A private check-in opened, gained a moderator or closed.',
    payload: PrivateTalk,
    audience: "mods:<sessionId> and the participant's connection",
  },
  'talk:message': {
    summary: 'A message in a private check-in.',
    payload: TalkMessage,
    audience: "the participant's connection and the connections of the moderators who joined",
  },
  'report:changed': {
    summary: 'A report was made or resolved. Only moderators receive it.',
    payload: Report,
    audience: 'mods:<sessionId> (the moderators in the room)',
  },
} as const satisfies Record<string, ServerEventSpec>;

export type ClientEventName = keyof typeof clientEvents;
export type ServerEventName = keyof typeof serverEvents;

/** What a caller passes (before defaults and transforms). */
export type Payload<E extends ClientEventName> = z.input<(typeof clientEvents)[E]['payload']>;
/** What a handler receives after parsing. */
export type ParsedPayload<E extends ClientEventName> = z.output<
  (typeof clientEvents)[E]['payload']
>;
export type Reply<E extends ClientEventName> = z.output<(typeof clientEvents)[E]['reply']>;
export type ServerPayload<E extends ServerEventName> = z.output<
  (typeof serverEvents)[E]['payload']
>;

export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: Payload<E>, ack: (result: Result<Reply<E>>) => void) => void;
};

export type ServerToClientEvents = {
  [E in ServerEventName]: (payload: ServerPayload<E>) => void;
};

export const replyResultSchema = <E extends ClientEventName>(event: E) =>
  resultSchema(clientEvents[event].reply as (typeof clientEvents)[E]['reply']);

/**
 * Sent in the socket.io handshake (`auth`). Staff are known by their session cookie,
 * participants by their device token; a connection with neither is refused.
 */
export const HandshakeAuth = z.object({
  protocolVersion: z.number().int().min(0).max(1_000_000),
  deviceToken: z.string().min(16).max(128).optional(),
});
export type HandshakeAuth = z.infer<typeof HandshakeAuth>;

/** The identity the server keeps with a socket once it has joined. Never read from a payload. */
export const SocketIdentity = z.object({
  participantId: Id,
  sessionId: Id,
  role: Role,
});
export type SocketIdentity = z.infer<typeof SocketIdentity>;

/** Who a connection is, established in the handshake from a cookie or a device token. */
export type SocketPrincipal =
  { kind: 'staff'; staffId: string } | { kind: 'participant'; participantId: string };

export interface SocketData {
  principal?: SocketPrincipal;
  /** Set once the connection has joined a session. */
  identity?: SocketIdentity;
  /** Set while the connection waits in a session's lobby. */
  waiting?: SocketIdentity;
}
