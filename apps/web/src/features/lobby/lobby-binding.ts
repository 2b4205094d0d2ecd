import type {
  ClientEventName,
  ErrorCode,
  LobbyView,
  Payload,
  Reply,
  Result,
} from '@haven/protocol';
import {
  ACTION_TIMEOUT_MS,
  requestAction,
  type Private,
} from '../moderation/moderation-controller';
import type { SessionController } from '../room/session-controller';
import { newcomers, type WaitingPerson } from './lobby-view';
import { createListeners } from '../../services/listeners';
import { followStaffLink } from '../moderation/staff-link';

/** What moderators do at the door (knocking and listing are the binding's own business). */
export type LobbyEvent = Exclude<
  Extract<ClientEventName, `lobby:${string}`>,
  'lobby:knock' | 'lobby:list'
>;

export interface LobbySnapshot {
  /** Who waits and who was turned away; null until the server first said (or for non-staff). */
  view: LobbyView | null;
  /** People who arrived since the last view, to announce once. */
  arrived: Private<readonly WaitingPerson[]> | null;
  /** The last lobby action the server refused, to say why. */
  refused: Private<ErrorCode> | null;
}

export interface LobbyBinding {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => LobbySnapshot;
  act: <E extends LobbyEvent>(event: E, payload: Payload<E>) => Promise<Result<Reply<E>>>;
  dispose: () => void;
}

const EMPTY: LobbySnapshot = { view: null, arrived: null, refused: null };

/**
 * The moderators' view of the lobby. Once staff are in the room on a connection, it asks for the
 * list once, then follows `lobby:changed`; a rejoin after a dropped link asks again, since
 * broadcasts sent while the link was down are lost.
 */
export function bindLobby(
  controller: Pick<SessionController, 'subscribe' | 'getSnapshot' | 'signaling'>,
): LobbyBinding {
  let snapshot = EMPTY;
  let serial = 0;
  const listeners = createListeners();
  /** Bumped by every broadcast and rebinding: a list reply older than one of them is stale. */
  let version = 0;

  const update = (patch: Partial<LobbySnapshot>): void => {
    snapshot = { ...snapshot, ...patch };
    listeners.notify();
  };
  const fresh = <T>(value: T): Private<T> => ({ value, serial: ++serial });

  function show(view: LobbyView): void {
    const arrived = newcomers(snapshot.view, view);
    update({ view, ...(arrived.length > 0 && { arrived: fresh(arrived) }) });
  }

  const link = followStaffLink(controller, {
    attach(signaling) {
      version++;
      return signaling.on('lobby:changed', (view) => {
        version++;
        show(view);
      });
    },
    async resync(signaling) {
      const asked = version;
      const result = await signaling.request('lobby:list', {}, { timeoutMs: ACTION_TIMEOUT_MS });
      // A broadcast that came meanwhile is newer than this reply. (`link` is read only after the
      // await: the first resync starts while followStaffLink is still returning it.)
      if (!result.ok || asked !== version || link.current() !== signaling) return;
      show(result.data);
    },
    reset() {
      version++;
      if (snapshot !== EMPTY) update(EMPTY);
    },
  });

  return {
    subscribe: listeners.subscribe,
    getSnapshot: () => snapshot,

    async act(event, payload) {
      const result = await requestAction(link.current(), event, payload);
      update({ refused: result.ok ? null : fresh(result.error.code) });
      return result;
    },

    dispose() {
      link.dispose();
      listeners.clear();
    },
  };
}
