import { CHAT_RATE_LIMIT, can, normalizeChatText } from '@haven/core';
import type { ChatMessage, Reply } from '@haven/protocol';
import { HavenError } from '../../errors';
import type { RoomHandlerContext } from '../handler';
import { mutesOf } from '../moderation/mutes';

/**
 * Stores a message and acknowledges it only once it is durable. The seq is assigned inside the
 * room's serial section; the wait for the disk happens outside it, so many messages of one
 * room share one commit.
 */
export async function send({
  payload,
  identity,
  room,
  deps,
}: RoomHandlerContext<'chat:send'>): Promise<Reply<'chat:send'>> {
  const { participantId } = identity;
  // The section returns the pending commit wrapped, so the section itself does not wait for it.
  const { committed } = await room.serial((): { committed: Promise<ChatMessage> } => {
    const me = room.presence.participants.get(participantId);
    const actor = {
      id: participantId,
      role: identity.role,
      inRoom: me?.lifecycle.status === 'present',
    };
    if (!me || !can(actor, 'chat:send'))
      throw new HavenError('FORBIDDEN', 'You cannot send messages in this room.');

    // A retry of a message already sent (say, after a dropped connection) is not a new message,
    // even if a mute or a pause came in between: it was accepted before them.
    const earlier = room.findSend(participantId, payload.clientMsgId);
    if (earlier) return { committed: earlier };

    const now = deps.clock.now();
    if (room.settings.paused && identity.role === 'participant')
      throw new HavenError('FORBIDDEN', 'The room is paused for a moment.');
    if (mutesOf(room, participantId, now).has('chat'))
      throw new HavenError('FORBIDDEN', 'A moderator has paused your chat for now.');
    if (!room.takeChatToken(participantId, CHAT_RATE_LIMIT, now))
      throw new HavenError('RATE_LIMITED', 'You are sending messages too fast.');
    const text = normalizeChatText(payload.text);
    if (!text.ok) throw new HavenError('INVALID_ARGUMENT', text.reason);
    if (identity.role === 'participant') {
      const wait = room.slowModeWait(participantId, now);
      if (wait !== null)
        throw new HavenError('RATE_LIMITED', `Slow mode is on: wait ${wait} s to post again.`);
      room.countPost(participantId, now);
    }

    const message: ChatMessage = {
      id: deps.ids.next(),
      seq: ++room.lastAssignedSeq,
      senderId: participantId,
      senderName: me.displayName,
      clientMsgId: payload.clientMsgId,
      text: text.value,
      sentAt: new Date(now).toISOString(),
    };
    const committed = deps.writer.submit({ room, message }).then(() => message);
    room.rememberSend(participantId, payload.clientMsgId, committed);
    return { committed };
  });
  const stored = await committed.catch((error: unknown) => {
    if (error instanceof HavenError) throw error;
    deps.log.error({ err: error, sessionId: room.id }, 'message not stored');
    throw new HavenError('UNAVAILABLE', 'The message could not be stored; it will be retried.');
  });
  return { message: stored };
}
