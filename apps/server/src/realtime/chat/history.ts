import { can } from '@haven/core';
import type { Reply } from '@haven/protocol';
import { HavenError } from '../../errors';
import type { RoomHandlerContext } from '../handler';
import { messagesFor } from './contacts-view';

const DEFAULT_PAGE = 50;

/** Pages through committed messages only: anything newer arrives as a broadcast. */
export async function history({
  payload,
  identity,
  room,
  deps,
}: RoomHandlerContext<'chat:history'>): Promise<Reply<'chat:history'>> {
  const me = room.presence.participants.get(identity.participantId);
  const actor = {
    id: identity.participantId,
    role: identity.role,
    inRoom: me?.lifecycle.status === 'present',
  };
  if (!can(actor, 'chat:read')) throw new HavenError('FORBIDDEN', 'You cannot read this chat.');
  const limit = payload.limit ?? DEFAULT_PAGE;
  const upTo = room.lastCommittedSeq;
  if (payload.afterSeq !== undefined) {
    const page = await deps.store.chat.after(room.id, payload.afterSeq, limit + 1, upTo);
    return {
      messages: messagesFor(room, identity.role, page.slice(0, limit)),
      complete: page.length <= limit,
    };
  }
  const page = await deps.store.chat.before(room.id, payload.beforeSeq, limit + 1, upTo);
  return {
    messages: messagesFor(room, identity.role, page.slice(-limit)),
    complete: page.length <= limit,
  };
}
