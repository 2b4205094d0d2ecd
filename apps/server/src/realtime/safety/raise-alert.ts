import type { SocketIdentity, SupportAlert } from '@haven/protocol';
import { modsChannel } from '../channels';
import type { RealtimeDeps } from '../deps';
import type { LiveRoom } from '../live-room';
import { recordAction } from '../moderation/audit';

/**
 * A call for support reaches the session's moderators, and only them. While nobody has taken
 * on an earlier call of the same person for the same reason, that call is said again rather than
 * a second raised: the moderators' list stays one line per person and reason. Runs in the room's
 * serial section.
 */
export async function raiseAlert(
  room: LiveRoom,
  deps: RealtimeDeps,
  person: SocketIdentity,
  cause: { reason: SupportAlert['reason']; seq: number | null },
): Promise<SupportAlert> {
  let open = (await deps.store.safety.alerts(room.id)).find(
    (a) =>
      a.participantId === person.participantId &&
      a.reason === cause.reason &&
      a.acknowledged === null,
  );
  // Said again about newer words: the moderators are pointed at the latest message.
  if (open && cause.seq !== null && open.seq !== cause.seq) {
    await deps.store.safety.pointTo(room.id, open.id, cause.seq);
    open = { ...open, seq: cause.seq };
  }
  const alert: SupportAlert = open ?? {
    id: deps.ids.next(),
    participantId: person.participantId,
    displayName: room.presence.participants.get(person.participantId)?.displayName ?? '',
    reason: cause.reason,
    seq: cause.seq,
    raisedAt: new Date(deps.clock.now()).toISOString(),
    acknowledged: null,
  };
  if (!open) {
    await deps.store.safety.raise(room.id, alert);
    // The audit says that it happened, never why in words: no message text, no phrase.
    await recordAction(
      room,
      deps,
      person,
      cause.reason === 'asked' ? 'support-request' : 'watched-words-alert',
    );
  }
  deps.io.to(modsChannel(room.id)).emit('support:alert', alert);
  return alert;
}
