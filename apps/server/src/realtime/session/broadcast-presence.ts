import { toView, type PresenceEvent } from '@haven/core';
import { roomChannel } from '../channels';
import type { HavenIo } from '../deps';

/** Turns what happened in the room's presence into broadcasts to everyone in it. */
export function broadcastPresence(io: HavenIo, sessionId: string, events: PresenceEvent[]): void {
  const to = io.to(roomChannel(sessionId));
  for (const event of events) {
    switch (event.type) {
      case 'participant-joined': {
        const view = toView(event.participant);
        if (view) to.emit('participant:joined', view);
        break;
      }
      case 'participant-updated': {
        const view = toView(event.participant);
        if (view) to.emit('participant:updated', view);
        break;
      }
      case 'participant-left':
        to.emit('participant:left', { participantId: event.participantId });
        break;
    }
  }
}
