import type {
  ClientEventName,
  ErrorCode,
  Payload,
  Reply,
  Result,
  ServerPayload,
} from '@haven/protocol';
import type { Signaling } from '../../services/signaling';
import type { SessionController } from '../room/session-controller';
import { createListeners } from '../../services/listeners';

/** The room's moderation commands: moderators' actions, hands, and the room's settings. */
export type ModerationEvent = Extract<
  ClientEventName,
  `mod:${string}` | `hand:${string}` | `room:${string}`
>;

export const ACTION_TIMEOUT_MS = 10_000;

/** A moderation command on the room's connection; without one it is refused as unavailable. */
export function requestAction<E extends ClientEventName>(
  signaling: Signaling | null,
  event: E,
  payload: Payload<E>,
): Promise<Result<Reply<E>>> {
  if (!signaling)
    return Promise.resolve({
      ok: false,
      error: { code: 'UNAVAILABLE', message: 'Not connected.' },
    });
  return signaling.request(event, payload, { timeoutMs: ACTION_TIMEOUT_MS });
}

/** Something for this person only; `serial` changes so a repeat is shown (and announced) again. */
export interface Private<T> {
  value: T;
  serial: number;
}

export interface ModerationSnapshot {
  /** A private word from the moderators, until the person has read it. */
  warning: Private<string> | null;
  /** A moderator lifted a mute and asks this person to turn it on (or not). */
  unmuteRequest: Private<'audio' | 'video'> | null;
  /** A turn ended; this person is next in the queue (a moderator gives the floor). */
  offered: Private<string> | null;
  /** The last action the server refused, to say why. */
  refused: Private<ErrorCode> | null;
}

export interface ModerationController {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => ModerationSnapshot;
  /** Sends one command. The server decides; its broadcasts then change what everyone sees. */
  act: <E extends ModerationEvent>(event: E, payload: Payload<E>) => Promise<Result<Reply<E>>>;
  dismissWarning: () => void;
  dismissUnmuteRequest: () => void;
  dispose: () => void;
}

const EMPTY: ModerationSnapshot = {
  warning: null,
  unmuteRequest: null,
  offered: null,
  refused: null,
};

/**
 * What moderation says to this person alone (warnings, requests to unmute, being next), and the
 * commands they may send. It follows the session controller's socket, like the media binding:
 * a new join listens on the new one; leaving forgets everything.
 */
export function bindModeration(
  controller: Pick<SessionController, 'subscribe' | 'getSnapshot' | 'signaling'>,
): ModerationController {
  let snapshot = EMPTY;
  let serial = 0;
  const listeners = createListeners();
  let bound: Signaling | null = null;
  let unsubscribers: (() => void)[] = [];

  const update = (patch: Partial<ModerationSnapshot>): void => {
    snapshot = { ...snapshot, ...patch };
    listeners.notify();
  };
  const fresh = <T>(value: T): Private<T> => ({ value, serial: ++serial });

  const onWarning = ({ text }: ServerPayload<'moderation:warning'>) =>
    update({ warning: fresh(text) });
  const onUnmuteRequest = ({ kind }: ServerPayload<'moderation:unmute-requested'>) =>
    update({ unmuteRequest: fresh(kind) });
  const onOffered = ({ participantId }: ServerPayload<'hand:turn-offered'>) =>
    update({ offered: fresh(participantId) });

  function sync(): void {
    const signaling =
      controller.getSnapshot().phase.kind === 'joined' ? controller.signaling() : null;
    if (signaling === bound) return;
    for (const unsubscribe of unsubscribers) unsubscribe();
    unsubscribers = [];
    bound = signaling;
    if (signaling)
      unsubscribers = [
        signaling.on('moderation:warning', onWarning),
        signaling.on('moderation:unmute-requested', onUnmuteRequest),
        signaling.on('hand:turn-offered', onOffered),
      ];
    // Out of the room (or in it anew): what was said on the old connection is over.
    else if (snapshot !== EMPTY) update(EMPTY);
  }

  const unsubscribe = controller.subscribe(sync);
  sync();

  return {
    subscribe: listeners.subscribe,
    getSnapshot: () => snapshot,

    async act(event, payload) {
      const result = await requestAction(controller.signaling(), event, payload);
      update({ refused: result.ok ? null : fresh(result.error.code) });
      return result;
    },

    dismissWarning: () => update({ warning: null }),
    dismissUnmuteRequest: () => update({ unmuteRequest: null }),

    dispose() {
      unsubscribe();
      for (const off of unsubscribers) off();
      unsubscribers = [];
      bound = null;
      listeners.clear();
    },
  };
}
