import { MUTE_KINDS, mutedKinds, speakerAt, type MuteKind } from '@haven/core';
import type { RoomModeration } from '@haven/protocol';
import { roomChannel } from '../channels';
import type { RealtimeDeps } from '../deps';
import type { LiveRoom } from '../live-room';
import { handQueueView } from '../hands/view';

/** What moderation has switched off for one person now, a speaking turn taken into account. */
export function mutesOf(room: LiveRoom, participantId: string, now: number): Set<MuteKind> {
  const person = room.presence.participants.get(participantId);
  if (!person) return new Set();
  // A paused room is quiet for everyone but staff: the same as every kind muted.
  if (room.settings.paused && person.role === 'participant') return new Set(MUTE_KINDS);
  const turn = speakerAt(room.hands, now) === participantId;
  return mutedKinds(room.mutes, { id: participantId, role: person.role }, now, turn);
}

const ordered = (kinds: Set<MuteKind>): MuteKind[] => MUTE_KINDS.filter((k) => kinds.has(k));

export function moderationView(room: LiveRoom, now: number): RoomModeration {
  return {
    settings: room.settings,
    muteAll: room.mutes.allAudio,
    mutes: [...room.presence.participants.keys()].flatMap((participantId) => {
      const kinds = ordered(mutesOf(room, participantId, now));
      return kinds.length > 0 ? [{ participantId, kinds }] : [];
    }),
    hands: handQueueView(room.hands),
  };
}

/**
 * Runs a change to mutes, turns or settings, then makes it hold: audio and video newly muted
 * are paused on the media server (the person's own client is not trusted to do it), and
 * everyone is told whose mutes changed since last announced. Lifting a mute resumes nothing:
 * people turn themselves back on. Called with no change, it catches up (a newcomer under mute
 * all, a timer that ran out). Runs inside the room's serial section.
 */
export async function changeMutes(
  room: LiveRoom,
  deps: RealtimeDeps,
  change: () => void = () => undefined,
): Promise<void> {
  change();
  const now = deps.clock.now();
  for (const id of room.presence.participants.keys()) {
    const after = ordered(mutesOf(room, id, now));
    if (after.join() === (room.announcedMutes.get(id) ?? '')) continue;
    room.announcedMutes.set(id, after.join());
    const media = after.filter((k): k is 'audio' | 'video' => k !== 'chat');
    if (room.media && media.length > 0) await room.media.pauseKinds(id, new Set(media));
    deps.io.to(roomChannel(room.id)).emit('moderation:mutes', { participantId: id, kinds: after });
  }
}
