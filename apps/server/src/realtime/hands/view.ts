import type { HandQueue } from '@haven/core';
import type { HandQueueView } from '@haven/protocol';

export const handQueueView = (queue: HandQueue): HandQueueView => ({
  raised: queue.raised.map((r) => r.participantId),
  turn: queue.turn && {
    participantId: queue.turn.participantId,
    endsAt: new Date(queue.turn.endsAt).toISOString(),
  },
});
