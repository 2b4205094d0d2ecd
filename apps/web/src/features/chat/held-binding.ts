import type { ErrorCode, HeldMessage } from '@haven/protocol';
import { createListeners } from '../../services/listeners';
import {
  ACTION_TIMEOUT_MS,
  requestAction,
  type Private,
} from '../moderation/moderation-controller';
import { followStaffLink } from '../moderation/staff-link';
import type { SessionController } from '../room/session-controller';
import { mergeHeld, replaceHeld, withoutHeld } from './held-queue';

export interface HeldSnapshot {
  /** Moderators: the messages a watched word keeps back, oldest first; empty for participants. */
  held: readonly HeldMessage[];
  /** Moderators: a newly held message, to announce once. */
  arrived: Private<HeldMessage> | null;
  /** Moderators: how many were held while the link was down, to announce once after a rejoin. */
  missed: Private<number> | null;
  /** Why the list could not be read, or a message could not be shared or deleted. */
  refused: Private<ErrorCode> | null;
}

export interface HeldBinding {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => HeldSnapshot;
  /** Moderators: the room sees it now, in its place at the end of the chat. */
  share: (heldId: string) => Promise<boolean>;
  /** Moderators: nobody but its sender ever sees it. */
  remove: (heldId: string) => Promise<boolean>;
  dispose: () => void;
}

const EMPTY: HeldSnapshot = { held: [], arrived: null, missed: null, refused: null };

/**
 * Messages held by a watched word. Everyone in the room reads `chat:held` on entering and after
 * every rejoin: a participant's own waiting messages go back into their outbox (the session
 * controller shows them, and follows their fate); moderators keep the whole queue here and
 * follow `chat:held` and `chat:held-resolved`.
 */
export function bindHeld(
  controller: Pick<SessionController, 'subscribe' | 'getSnapshot' | 'signaling' | 'adoptHeld'>,
): HeldBinding {
  let snapshot = EMPTY;
  let serial = 0;
  /** Counts reads of the list: an answer waiting for catch-up is dropped once a newer read starts. */
  let round = 0;
  /** Whether the queue was read since entering: only a later read can find what was missed. */
  let listed = false;
  let stopWaiting: (() => void) | null = null;
  const listeners = createListeners();

  const update = (patch: Partial<HeldSnapshot>): void => {
    snapshot = { ...snapshot, ...patch };
    listeners.notify();
  };
  const fresh = <T>(value: T): Private<T> => ({ value, serial: ++serial });
  const moderating = (): boolean => {
    const { phase } = controller.getSnapshot();
    return phase.kind === 'joined' && phase.self.role !== 'participant';
  };

  /**
   * Runs once the chat has caught up after a rejoin: a message a moderator shared while the
   * link was down comes back with the catch-up, and until then it must not look declined.
   */
  const afterCatchUp = (run: () => void): void => {
    stopWaiting?.();
    stopWaiting = null;
    if (!controller.getSnapshot().catchingUp) {
      run();
      return;
    }
    const off = controller.subscribe(() => {
      if (controller.getSnapshot().catchingUp) return;
      off();
      stopWaiting = null;
      run();
    });
    stopWaiting = off;
  };

  const link = followStaffLink(
    controller,
    {
      attach(signaling) {
        // Only moderators receive these two; a sender's own resolution is the controller's.
        const offHeld = signaling.on('chat:message-held', (message) => {
          const held = mergeHeld(snapshot.held, [message]);
          if (held !== snapshot.held) update({ held, arrived: fresh(message) });
        });
        const offResolved = signaling.on('chat:held-resolved', ({ id }) => {
          const held = withoutHeld(snapshot.held, id);
          if (held !== snapshot.held) update({ held });
        });
        return () => {
          offHeld();
          offResolved();
        };
      },
      async resync(signaling) {
        const waitingWhenAsked = new Set(
          controller
            .getSnapshot()
            .outbox.filter((entry) => entry.status === 'held')
            .map((entry) => entry.clientMsgId),
        );
        const thisRound = ++round;
        const result = await signaling.request('chat:held', {}, { timeoutMs: ACTION_TIMEOUT_MS });
        // `link` is read only after the await: the first resync starts while it is being made.
        if (link.current() !== signaling || thisRound !== round) return;
        if (!result.ok) {
          // Said to moderators, rather than an empty queue that looks like nothing waits.
          if (moderating()) update({ refused: fresh(result.error.code) });
          return;
        }
        const listing = result.data.held;
        afterCatchUp(() => {
          if (thisRound === round) controller.adoptHeld(listing, waitingWhenAsked);
        });
        if (!moderating()) return;
        const known = new Set(snapshot.held.map((m) => m.id));
        const missed = listed ? listing.filter((m) => !known.has(m.id)).length : 0;
        listed = true;
        const held = replaceHeld(snapshot.held, listing);
        if (held !== snapshot.held) update({ held, ...(missed > 0 && { missed: fresh(missed) }) });
      },
      reset() {
        stopWaiting?.();
        stopWaiting = null;
        listed = false;
        if (snapshot !== EMPTY) {
          snapshot = EMPTY;
          listeners.notify();
        }
      },
    },
    'everyone',
  );

  async function decide(event: 'chat:share-held' | 'chat:delete-held', heldId: string) {
    const result = await requestAction(link.current(), event, { heldId });
    // Decided by another moderator meanwhile: it is gone from the queue all the same.
    if (result.ok || result.error.code === 'NOT_FOUND') {
      const held = withoutHeld(snapshot.held, heldId);
      update({ held, refused: result.ok ? null : fresh(result.error.code) });
      return result.ok;
    }
    update({ refused: fresh(result.error.code) });
    return false;
  }

  return {
    subscribe: listeners.subscribe,
    getSnapshot: () => snapshot,
    share: (heldId) => decide('chat:share-held', heldId),
    remove: (heldId) => decide('chat:delete-held', heldId),
    dispose() {
      stopWaiting?.();
      link.dispose();
      listeners.clear();
    },
  };
}
