import { can } from '@haven/core';
import type { Reply } from '@haven/protocol';
import { HavenError } from '../../errors';
import { actorIn } from '../actor';
import { roomChannel } from '../channels';
import type { RoomHandlerContext } from '../handler';
import { recordAction } from './audit';

/** The text leaves the store, not just the screen; the log says a message was removed, not what. */
export function deleteMessage(
  ctx: RoomHandlerContext<'mod:delete-message'>,
): Promise<Reply<'mod:delete-message'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    if (!can(actorIn(room, identity), 'chat:delete-any'))
      throw new HavenError('FORBIDDEN', 'Only moderators can remove messages.');
    if (payload.seq > room.lastCommittedSeq) throw new HavenError('NOT_FOUND', 'No such message.');
    const at = new Date(deps.clock.now()).toISOString();
    const [message] = await deps.store.chat.after(room.id, payload.seq - 1, 1, payload.seq);
    if (!(await deps.store.chat.removeByModerator(room.id, payload.seq, at)) || !message)
      throw new HavenError('NOT_FOUND', 'No such message, or it is already removed.');
    // A retry of the send must not hand the words back to their sender, nor post them again.
    if (room.findSend(message.senderId, message.clientMsgId))
      room.rememberSend(
        message.senderId,
        message.clientMsgId,
        Promise.resolve({ ...message, text: '', removed: true, removedBy: 'moderator' }),
      );
    await recordAction(room, deps, identity, 'delete-message', null, { seq: payload.seq });
    deps.io
      .to(roomChannel(room.id))
      .emit('chat:removed', { seq: payload.seq, removedBy: 'moderator' });
    return {};
  });
}
