import { z } from 'zod';
import type { ErrorCode } from './errors';
import { resultSchema, type Result } from './result';
import { Id, Role } from './common';
import { ChatMessage, ChatSendPayload, ChatSendReply } from './chat';
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
      'Post a message. It is stored before the reply; a resend with the same clientMsgId returns the stored message instead of a copy.',
    payload: ChatSendPayload,
    reply: ChatSendReply,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  },
  'chat:history': {
    summary:
      'Page through the session chat: after a seq (catch-up) or before one (older messages).',
    payload: HistoryPayload,
    reply: HistoryReply,
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
}
