import type { Actor } from '@haven/core';
import type { SocketIdentity } from '@haven/protocol';
import { HavenError } from '../errors';
import type { LiveRoom } from './live-room';

/** The caller as the policy sees them: their role here and whether they are present now. */
export function actorIn(room: LiveRoom, identity: SocketIdentity): Actor {
  const me = room.presence.participants.get(identity.participantId);
  return {
    id: identity.participantId,
    role: identity.role,
    inRoom: me?.lifecycle.status === 'present',
  };
}

/** Someone in the room (present or reconnecting), named by a moderator. */
export function personIn(room: LiveRoom, participantId: string) {
  const person = room.presence.participants.get(participantId);
  if (!person) throw new HavenError('NOT_FOUND', 'That person is not in this session.');
  return person;
}
