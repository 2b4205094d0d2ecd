import { z } from 'zod';
import { Id, Instant } from './common';
import { ChatSendPayload } from './chat';

/**
 * A private check-in: a 1:1 conversation between a moderator and one participant, away from
 * the room. Every moderator of the session sees that it exists and may join it; only those
 * who joined, and the participant, read it. Other participants never learn of it.
 */
export const TALK_HISTORY_MAX = 200;

const Person = z.object({ id: Id, name: z.string() });

export const PrivateTalk = z.object({
  id: Id,
  participantId: Id,
  displayName: z.string(),
  openedAt: Instant,
  moderators: z.array(Person).describe('The moderators who joined, the opener first.'),
  closedAt: Instant.nullable(),
});
export type PrivateTalk = z.infer<typeof PrivateTalk>;

export const TalkMessage = z.object({
  id: Id,
  talkId: Id,
  senderId: Id,
  senderName: z.string(),
  clientMsgId: Id,
  kind: z
    .enum(['text', 'resources'])
    .describe(
      "resources: the moderator shared the crisis resources; the participant's app shows them in the participant's language (text is empty).",
    ),
  text: z.string(),
  sentAt: Instant,
});
export type TalkMessage = z.infer<typeof TalkMessage>;

export const TalkOpenPayload = z.strictObject({
  participantId: Id.describe('Someone in the room. An open check-in with them is joined instead.'),
});
export const TalkPayload = z.strictObject({ talkId: Id });
export const TalkSendPayload = ChatSendPayload.extend({ talkId: Id });
export const TalkShareResourcesPayload = z.strictObject({ talkId: Id, clientMsgId: Id });
export const TalkList = z.object({
  talks: z
    .array(PrivateTalk)
    .describe("Moderators: the session's check-ins; a participant: their own. Oldest first."),
});
export const TalkSendReply = z.object({ message: TalkMessage });
export const TalkHistoryReply = z.object({
  messages: z.array(TalkMessage).describe(`The latest ${TALK_HISTORY_MAX}, oldest first.`),
});
