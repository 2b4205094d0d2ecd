import { can } from '@haven/core';
import type { SocketIdentity } from '@haven/protocol';
import { HavenError } from '../../errors';
import { actorIn, personIn } from '../actor';
import type { LiveRoom } from '../live-room';

/**
 * The participant a moderator names, if the caller may act on them. Whether the caller
 * moderates at all comes first, so a participant learns nothing about ids. Staff are never the
 * target of mutes, warnings or timeouts (they run the room): refused, not "done" with no effect.
 */
export function moderatedParticipant(room: LiveRoom, identity: SocketIdentity, id: string) {
  const actor = actorIn(room, identity);
  if (!can(actor, 'room:mute-all'))
    throw new HavenError('FORBIDDEN', 'Only moderators can do this.');
  const target = personIn(room, id);
  if (
    target.role !== 'participant' ||
    !can(actor, 'participant:mute', { ownerId: target.id, role: target.role })
  )
    throw new HavenError('FORBIDDEN', 'You cannot do this to this person.');
  return target;
}
