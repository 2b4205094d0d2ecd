import { allowedKinds } from '@haven/core';
import type { RealtimeDeps } from '../deps';
import { rulesFor } from './room-media';

/**
 * A facilitator changed what the group's sessions carry (say, to sound only): every live room
 * of the group applies it now. Tracks no longer allowed are closed on the server, so no client
 * has to cooperate, and each person is told what they may publish.
 */
export function applyGroupMedia(deps: RealtimeDeps, groupId: string): void {
  void (async () => {
    const group = await deps.store.groups.find(groupId);
    if (!group) return;
    for (const room of await deps.rooms.loadedOf(groupId)) {
      await room.serial(() => {
        room.info.media = group.media;
        const media = room.media;
        if (!media) return;
        for (const participantId of media.peerIds()) {
          const rules = rulesFor(room, participantId, deps.clock.now());
          media.enforce(participantId, rules);
          const socketId = room.speakerOf(participantId);
          if (socketId)
            deps.io.to(socketId).emit('media:permissions', { allowedKinds: allowedKinds(rules) });
        }
      });
    }
  })().catch((err: unknown) => deps.log.error({ err, groupId }, 'applying group media failed'));
}
