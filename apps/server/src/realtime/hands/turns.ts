import { endTurn, leaveQueue, type HandChange } from '@haven/core';
import { roomChannel } from '../channels';
import type { RealtimeDeps } from '../deps';
import type { LiveRoom } from '../live-room';
import { changeMutes } from '../moderation/mutes';
import { handQueueView } from './view';

/**
 * Applies a change to the queue or the turn: mutes follow the turn (a speaker's audio mute
 * lifts for it and returns after), the end of a timed turn is scheduled, and everyone sees the
 * new queue. Runs inside the room's serial section.
 */
export async function applyHands(
  room: LiveRoom,
  deps: RealtimeDeps,
  change: () => HandChange,
): Promise<void> {
  let events: HandChange['events'] = [];
  await changeMutes(room, deps, () => {
    const result = change();
    room.hands = result.queue;
    events = result.events;
  });
  if (events.length === 0) return;
  scheduleTurnEnd(room, deps);
  const to = deps.io.to(roomChannel(room.id));
  to.emit('hand:queue', handQueueView(room.hands));
  for (const event of events)
    if (event.type === 'turn-offered')
      to.emit('hand:turn-offered', { participantId: event.participantId });
}

function scheduleTurnEnd(room: LiveRoom, deps: RealtimeDeps): void {
  const turn = room.hands.turn;
  if (!turn) return room.clearTimer('turn');
  room.setTimer('turn', turn.endsAt - deps.clock.now(), () => {
    room
      .serial(() =>
        // The timer says the time is up: a clock a millisecond behind must not keep the turn.
        applyHands(room, deps, () =>
          endTurn(room.hands, 'time-up', Math.max(deps.clock.now(), turn.endsAt)),
        ),
      )
      .catch((err: unknown) => deps.log.error({ err, sessionId: room.id }, 'turn end failed'));
  });
}

/** Someone left for good: their hand goes down and their turn ends. */
export function handsAfterLeaving(room: LiveRoom, deps: RealtimeDeps, participantId: string) {
  return applyHands(room, deps, () => leaveQueue(room.hands, participantId, deps.clock.now()));
}
