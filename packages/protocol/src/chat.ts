import { z } from 'zod';
import { Id, Instant, Seq } from './common';
import { CHAT_TEXT_MAX, CHAT_TEXT_RAW_MAX } from './limits';

export const ChatMessage = z.object({
  id: Id,
  seq: Seq.describe('Per room, strictly increasing: the basis of ordering and catch-up.'),
  senderId: Id,
  senderName: z.string(),
  clientMsgId: Id.describe(
    "The sender's own id for the message: a retried send is recognised, not stored twice.",
  ),
  text: z.string(),
  sentAt: Instant,
  /** The text is gone (the place in the sequence stays): see removedBy. */
  removed: z.literal(true).optional(),
  removedBy: z
    .enum(['sender', 'moderator'])
    .optional()
    .describe('sender: they deleted their data; moderator: a moderator removed it.'),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

export const ChatSendPayload = z.strictObject({
  clientMsgId: Id,
  text: z
    .string()
    .max(CHAT_TEXT_RAW_MAX)
    .describe(`Control characters removed and trimmed; then 1–${CHAT_TEXT_MAX} characters.`),
});
export type ChatSendPayload = z.infer<typeof ChatSendPayload>;

export const ChatSendReply = z.object({ message: ChatMessage });
export type ChatSendReply = z.infer<typeof ChatSendReply>;

export const DeleteMessagePayload = z.strictObject({ seq: Seq });
export const MessageRemoved = z.object({ seq: Seq, removedBy: z.enum(['sender', 'moderator']) });
