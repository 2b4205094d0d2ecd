import type { Reply } from '@haven/protocol';
import type { RoomHandlerContext } from '../handler';

const DEFAULT_PAGE = 50;

/** Pages through committed messages only: anything newer arrives as a broadcast. */
export async function history({
  payload,
  room,
  deps,
}: RoomHandlerContext<'chat:history'>): Promise<Reply<'chat:history'>> {
  const limit = payload.limit ?? DEFAULT_PAGE;
  const upTo = room.lastCommittedSeq;
  if (payload.afterSeq !== undefined) {
    const page = await deps.store.messagesAfter(room.id, payload.afterSeq, limit + 1, upTo);
    return { messages: page.slice(0, limit), complete: page.length <= limit };
  }
  const page = await deps.store.messagesBefore(room.id, payload.beforeSeq, limit + 1, upTo);
  return { messages: page.slice(-limit), complete: page.length <= limit };
}
