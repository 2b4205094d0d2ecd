import type { LobbyView } from '@haven/protocol';
import { modsChannel } from '../channels';
import type { RealtimeDeps } from '../deps';
import type { LiveRoom } from '../live-room';

export async function lobbyView(room: LiveRoom, deps: RealtimeDeps): Promise<LobbyView> {
  const denied = await deps.store.sessions.denied(room.id);
  return {
    waiting: [...room.lobby].map(([participantId, w]) => ({
      participantId,
      displayName: w.displayName,
      since: new Date(w.since).toISOString(),
    })),
    denied: denied.map((d) => ({ participantId: d.memberId, displayName: d.displayName })),
  };
}

/** Tells the moderators in the room who is at the door now. */
export async function broadcastLobby(room: LiveRoom, deps: RealtimeDeps): Promise<void> {
  deps.io.to(modsChannel(room.id)).emit('lobby:changed', await lobbyView(room, deps));
}
