import type { ErrorCode, ModChatMessage } from '@haven/protocol';
import { createListeners } from '../../services/listeners';
import { createClientMsgId } from '../chat/outbox';
import {
  ACTION_TIMEOUT_MS,
  requestAction,
  type Private,
} from '../moderation/moderation-controller';
import { followStaffLink } from '../moderation/staff-link';
import type { SessionController } from '../room/session-controller';
import { mergeNotes, withHistory } from './notes';

export interface ModChatSnapshot {
  /** The channel, oldest first; empty for participants (they never receive it). */
  messages: readonly ModChatMessage[];
  /** The latest message from another moderator, to announce once. */
  arrived: Private<ModChatMessage> | null;
  /** Why the last send was refused. */
  refused: Private<ErrorCode> | null;
}

export interface ModChatBinding {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => ModChatSnapshot;
  /** True once stored. A failed text sent again keeps its id, so it is never stored twice. */
  send: (text: string) => Promise<boolean>;
  dispose: () => void;
}

const EMPTY: ModChatSnapshot = { messages: [], arrived: null, refused: null };

/**
 * The moderators' private channel on a staff member's page: the stored channel on entering and
 * after every rejoin, then `modchat:message` broadcasts.
 */
export function bindModChat(
  controller: Pick<SessionController, 'subscribe' | 'getSnapshot' | 'signaling'>,
  newClientMsgId: () => string = createClientMsgId,
): ModChatBinding {
  let snapshot = EMPTY;
  let serial = 0;
  let pending: { text: string; clientMsgId: string } | null = null;
  const listeners = createListeners();

  const update = (patch: Partial<ModChatSnapshot>): void => {
    snapshot = { ...snapshot, ...patch };
    listeners.notify();
  };
  const fresh = <T>(value: T): Private<T> => ({ value, serial: ++serial });
  const selfId = (): string | null => {
    const { phase } = controller.getSnapshot();
    return phase.kind === 'joined' ? phase.self.id : null;
  };

  const link = followStaffLink(controller, {
    attach: (signaling) =>
      signaling.on('modchat:message', (message) => {
        const messages = mergeNotes(snapshot.messages, [message]);
        if (messages === snapshot.messages) return;
        update({
          messages,
          ...(message.senderId !== selfId() && { arrived: fresh(message) }),
        });
      }),
    async resync(signaling) {
      const result = await signaling.request(
        'modchat:history',
        {},
        { timeoutMs: ACTION_TIMEOUT_MS },
      );
      // `link` is read only after the await: the first resync starts while it is being made.
      if (link.current() !== signaling) return;
      if (!result.ok) {
        // Said, rather than an empty channel that looks like nobody wrote; asked again on the
        // next rejoin.
        update({ refused: fresh(result.error.code) });
        return;
      }
      update({ messages: withHistory(snapshot.messages, result.data.messages) });
    },
    reset() {
      pending = null;
      if (snapshot !== EMPTY) update(EMPTY);
    },
  });

  return {
    subscribe: listeners.subscribe,
    getSnapshot: () => snapshot,

    async send(text) {
      const clientMsgId = pending?.text === text ? pending.clientMsgId : newClientMsgId();
      pending = { text, clientMsgId };
      const result = await requestAction(link.current(), 'modchat:send', { clientMsgId, text });
      if (!result.ok) {
        update({ refused: fresh(result.error.code) });
        return false;
      }
      if (pending?.clientMsgId === clientMsgId) pending = null;
      update({ messages: mergeNotes(snapshot.messages, [result.data.message]), refused: null });
      return true;
    },

    dispose() {
      link.dispose();
      listeners.clear();
    },
  };
}
