import type { SocketIdentity } from '@haven/protocol';
import type { AuditEntry } from '../../store/audit-repo';
import type { RealtimeDeps } from '../deps';
import type { LiveRoom } from '../live-room';

/**
 * Writes one moderator action to the session's audit log before the action is acknowledged.
 * Names are the ones shown in the room; message text never goes here.
 */
export async function recordAction(
  room: LiveRoom,
  deps: RealtimeDeps,
  actor: SocketIdentity,
  action: string,
  target: { id: string; displayName: string } | null = null,
  detail: AuditEntry['detail'] = null,
): Promise<void> {
  const me = room.presence.participants.get(actor.participantId);
  await deps.store.audit.append({
    id: deps.ids.next(),
    sessionId: room.id,
    actorId: actor.participantId,
    actorName: me?.displayName ?? '',
    action,
    targetId: target?.id ?? null,
    targetName: target?.displayName ?? null,
    detail,
    at: new Date(deps.clock.now()).toISOString(),
  });
}
