import { z } from 'zod';
import { Id, Instant, Seq } from './common';
import { CHAT_TEXT_RAW_MAX } from './limits';

export const ChatMessage = z.object({
  id: Id,
  /** Per-room, strictly increasing; the basis of ordering and catch-up. */
  seq: Seq,
  senderId: Id,
  senderName: z.string(),
  /** The sender's own id for the message, so a retried send is recognised, not duplicated. */
  clientMsgId: Id,
  text: z.string(),
  sentAt: Instant,
});
export type ChatMessage = z.infer<typeof ChatMessage>;

export const ChatSendPayload = z.strictObject({
  clientMsgId: Id,
  text: z.string().max(CHAT_TEXT_RAW_MAX),
});
export type ChatSendPayload = z.infer<typeof ChatSendPayload>;

export const ChatSendReply = z.object({ message: ChatMessage });
export type ChatSendReply = z.infer<typeof ChatSendReply>;
