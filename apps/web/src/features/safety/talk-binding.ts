import type { ErrorCode, PrivateTalk, Result, TalkMessage } from '@haven/protocol';
import { createListeners } from '../../services/listeners';
import type { Signaling } from '../../services/signaling';
import { createClientMsgId } from '../chat/outbox';
import {
  ACTION_TIMEOUT_MS,
  requestAction,
  type Private,
} from '../moderation/moderation-controller';
import { followStaffLink } from '../moderation/staff-link';
import type { SessionController } from '../room/session-controller';
import { isMember, isOpen, mergeTalkMessages, mergeTalks } from './private-talks';

export interface TalksSnapshot {
  /**
   * Moderators: the session's private check-ins; a participant: their own (other participants
   * never learn of any). Oldest first.
   */
  talks: readonly PrivateTalk[];
  /** The messages of the check-ins this person reads, by check-in id. */
  messages: Readonly<Record<string, readonly TalkMessage[]>>;
  /** The latest message from someone else, to announce once. */
  arrived: Private<TalkMessage> | null;
  /** A participant: a check-in with them just began, to announce once. */
  opened: Private<PrivateTalk> | null;
  /** A moderator: the check-in they just opened or joined, to take them to it. */
  focus: Private<string> | null;
  refused: Private<ErrorCode> | null;
}

export interface TalkBinding {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => TalksSnapshot;
  /** Moderators: a private check-in with someone in the room (or the open one with them). */
  open: (participantId: string) => Promise<boolean>;
  /** Moderators: join a co-moderator's check-in, to read and write in it. */
  join: (talkId: string) => Promise<boolean>;
  /** Moderators: end it; what was said stays readable to its members. */
  close: (talkId: string) => Promise<boolean>;
  /** True once stored. A failed text sent again keeps its id, so it is never stored twice. */
  send: (talkId: string, text: string) => Promise<boolean>;
  /** Moderators: the participant's app shows the crisis resources in their own language. */
  shareResources: (talkId: string) => Promise<boolean>;
  dispose: () => void;
}

const EMPTY: TalksSnapshot = {
  talks: [],
  messages: {},
  arrived: null,
  opened: null,
  focus: null,
  refused: null,
};

/**
 * Private check-ins on anyone's page. The list on entering and after every rejoin (`talk:list`),
 * the messages of each check-in this person reads (`talk:history`), then `talk:changed` and
 * `talk:message`. A participant's page hears only of their own; moderators of every one.
 */
export function bindTalks(
  controller: Pick<SessionController, 'subscribe' | 'getSnapshot' | 'signaling'>,
  newClientMsgId: () => string = createClientMsgId,
): TalkBinding {
  let snapshot = EMPTY;
  let serial = 0;
  const listeners = createListeners();
  /** Check-ins whose history was asked for on the current link. */
  let read = new Set<string>();
  /**
   * Check-ins whose history has been read, each with whether it had ended by then: an ended
   * one read after its end has nothing more to say, and is not read again on each rejoin.
   */
  const done = new Map<string, boolean>();
  /** A text that failed, per check-in: sending it again reuses its id. */
  const pending = new Map<string, { text: string; clientMsgId: string }>();

  const update = (patch: Partial<TalksSnapshot>): void => {
    snapshot = { ...snapshot, ...patch };
    listeners.notify();
  };
  const fresh = <T>(value: T): Private<T> => ({ value, serial: ++serial });
  const self = () => {
    const { phase } = controller.getSnapshot();
    return phase.kind === 'joined' ? phase.self : null;
  };

  /** New or changed check-ins; reads the history of any this person has just come to read. */
  function take(incoming: readonly PrivateTalk[], signaling: Signaling): void {
    const me = self();
    if (!me) return;
    const known = new Set(snapshot.talks.map((talk) => talk.id));
    const talks = mergeTalks(snapshot.talks, incoming);
    const begun =
      me.role === 'participant'
        ? incoming.find((talk) => !known.has(talk.id) && isOpen(talk) && isMember(talk, me.id))
        : undefined;
    if (talks !== snapshot.talks || begun)
      update({ talks, ...(begun && { opened: fresh(begun) }) });
    for (const talk of talks)
      if (isMember(talk, me.id) && !read.has(talk.id) && done.get(talk.id) !== true)
        void readHistory(talk.id, !isOpen(talk), signaling);
  }

  async function readHistory(talkId: string, ended: boolean, signaling: Signaling): Promise<void> {
    read.add(talkId);
    const result = await signaling.request(
      'talk:history',
      { talkId },
      { timeoutMs: ACTION_TIMEOUT_MS },
    );
    if (link.current() !== signaling) return;
    if (!result.ok) {
      // Asked again on the next rejoin, or the next change to this check-in.
      read.delete(talkId);
      update({ refused: fresh(result.error.code) });
      return;
    }
    addMessages(talkId, result.data.messages);
    done.set(talkId, ended || done.get(talkId) === true);
  }

  function addMessages(talkId: string, incoming: readonly TalkMessage[]): void {
    const shown = snapshot.messages[talkId] ?? [];
    const merged = mergeTalkMessages(shown, incoming);
    if (merged !== shown) update({ messages: { ...snapshot.messages, [talkId]: merged } });
  }

  const link = followStaffLink(
    controller,
    {
      attach(signaling) {
        read = new Set();
        const offChanged = signaling.on('talk:changed', (talk) => take([talk], signaling));
        const offMessage = signaling.on('talk:message', (message) => {
          const before = snapshot.messages[message.talkId];
          addMessages(message.talkId, [message]);
          if (snapshot.messages[message.talkId] !== before && message.senderId !== self()?.id)
            update({ arrived: fresh(message) });
        });
        return () => {
          offChanged();
          offMessage();
        };
      },
      async resync(signaling) {
        // What was said while the link was down is read again.
        read = new Set();
        const result = await signaling.request('talk:list', {}, { timeoutMs: ACTION_TIMEOUT_MS });
        // `link` is read only after the await: the first resync starts while it is being made.
        if (link.current() !== signaling) return;
        if (!result.ok) update({ refused: fresh(result.error.code) });
        else take(result.data.talks, signaling);
      },
      reset() {
        read = new Set();
        done.clear();
        pending.clear();
        if (snapshot !== EMPTY) {
          snapshot = EMPTY;
          listeners.notify();
        }
      },
    },
    'everyone',
  );

  /** A moderator's command answers with the check-in as it is now. */
  function settled(
    signaling: Signaling | null,
    result: Result<PrivateTalk>,
    goTo: boolean,
  ): boolean {
    if (!result.ok || !signaling) {
      update({ refused: fresh(result.ok ? 'UNAVAILABLE' : result.error.code) });
      return false;
    }
    // Done, but on a link that has since dropped: the rejoin's list brings the check-in.
    if (link.current() !== signaling) return true;
    take([result.data], signaling);
    update({ refused: null, ...(goTo && { focus: fresh(result.data.id) }) });
    return true;
  }

  function posted(talkId: string, result: Result<{ message: TalkMessage }>): boolean {
    if (!result.ok) {
      update({ refused: fresh(result.error.code) });
      return false;
    }
    addMessages(talkId, [result.data.message]);
    if (snapshot.refused) update({ refused: null });
    return true;
  }

  return {
    subscribe: listeners.subscribe,
    getSnapshot: () => snapshot,

    async open(participantId) {
      const signaling = link.current();
      return settled(
        signaling,
        await requestAction(signaling, 'talk:open', { participantId }),
        true,
      );
    },

    async join(talkId) {
      const signaling = link.current();
      return settled(signaling, await requestAction(signaling, 'talk:join', { talkId }), true);
    },

    async close(talkId) {
      const signaling = link.current();
      return settled(signaling, await requestAction(signaling, 'talk:close', { talkId }), false);
    },

    async send(talkId, text) {
      const earlier = pending.get(talkId);
      const clientMsgId = earlier?.text === text ? earlier.clientMsgId : newClientMsgId();
      pending.set(talkId, { text, clientMsgId });
      const result = await requestAction(link.current(), 'talk:send', {
        talkId,
        clientMsgId,
        text,
      });
      const ok = posted(talkId, result);
      if (ok && pending.get(talkId)?.clientMsgId === clientMsgId) pending.delete(talkId);
      return ok;
    },

    async shareResources(talkId) {
      const clientMsgId = newClientMsgId();
      const payload = { talkId, clientMsgId };
      return posted(talkId, await requestAction(link.current(), 'talk:share-resources', payload));
    },

    dispose() {
      link.dispose();
      listeners.clear();
    },
  };
}
