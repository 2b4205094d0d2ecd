import type { HardMutes } from '../../services/media';
import type { Signaling } from '../../services/signaling';
import { mutedKinds } from '../moderation/room-moderation';
import type { SessionController, SessionPhase, SessionSnapshot } from '../room/session-controller';
import { createListeners } from '../../services/listeners';

/** What a media session is started with. */
export interface MediaLink {
  signaling: Signaling;
  sessionId: string;
  selfId: string;
}

/** What the binding drives; `MediaSession` is one. */
export interface MediaLifecycle {
  setLive(live: boolean): void;
  /** What moderation holds back for this person now; the media session follows it. */
  setHardMuted(mutes: HardMutes): void;
  close(options?: { forget?: boolean }): void;
}

export type MediaFactory<M> = (link: MediaLink) => M;

/**
 * `none`: not in the room. `loading`: the media code (loaded on demand, so the join page stays
 * small on prepaid data) is on its way. `unavailable`: it could not be loaded; chat goes on.
 */
export type MediaBindingState<M> =
  { kind: 'none' } | { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; media: M };

export interface MediaBinding<M> {
  subscribe: (listener: () => void) => () => void;
  getState: () => MediaBindingState<M>;
  /** Tries loading the media code again after it failed. */
  reload: () => void;
  dispose: () => void;
}

const NONE = { kind: 'none' } as const;
const LOADING = { kind: 'loading' } as const;
const UNAVAILABLE = { kind: 'unavailable' } as const;

/** Leaving (or being turned away) ends the person's choices for this session too. */
/** The person's own audio and video hard mutes, from the room's moderation state. */
export function hardMutesOf(snapshot: SessionSnapshot, selfId: string): HardMutes {
  const { moderation } = snapshot;
  const kinds = mutedKinds(moderation, selfId).filter(
    (kind): kind is 'audio' | 'video' => kind !== 'chat',
  );
  return { kinds, reason: moderation.settings.paused ? 'paused' : 'moderator' };
}

const leftForGood = (phase: SessionPhase): boolean =>
  phase.kind === 'failed' ||
  phase.kind === 'closed' ||
  phase.kind === 'denied' ||
  (phase.kind === 'idle' && phase.reason !== 'initial');

/**
 * Keeps one media session per join, outside React (StrictMode's double mount must not start
 * media twice: a second media:start would tear down the first). The media session follows the
 * controller: it is told when the session is live on the current connection, and closed when
 * the person leaves.
 */
export function bindMedia<M extends MediaLifecycle>(
  controller: Pick<SessionController, 'subscribe' | 'getSnapshot' | 'signaling'>,
  sessionId: string,
  load: () => Promise<MediaFactory<M>>,
): MediaBinding<M> {
  let factory: MediaFactory<M> | null = null;
  let loading = false;
  let loadFailed = false;
  let current: { media: M; signaling: Signaling; selfId: string } | null = null;
  let state: MediaBindingState<M> = NONE;
  const listeners = createListeners();

  const set = (next: MediaBindingState<M>): void => {
    if (next === state) return;
    state = next;
    listeners.notify();
  };

  const startLoading = (): void => {
    loading = true;
    load().then(
      (loaded) => {
        loading = false;
        factory = loaded;
        sync();
      },
      () => {
        loading = false;
        loadFailed = true;
        sync();
      },
    );
  };

  function sync(): void {
    const snapshot = controller.getSnapshot();
    const { phase, live } = snapshot;
    const signaling = controller.signaling();
    // A text-only group never loads the media code nor asks the server for media.
    if (phase.kind !== 'joined' || signaling === null || phase.session.media === 'text_only') {
      current?.media.close({ forget: leftForGood(phase) });
      current = null;
      set(NONE);
      return;
    }
    if (factory === null) {
      if (!loading && !loadFailed) startLoading();
      set(loadFailed ? UNAVAILABLE : LOADING);
      return;
    }
    // A new join (another socket, or another person on this tab) starts its own media.
    if (current && (current.signaling !== signaling || current.selfId !== phase.self.id)) {
      current.media.close();
      current = null;
    }
    if (!current) {
      const media = factory({ signaling, sessionId, selfId: phase.self.id });
      current = { media, signaling, selfId: phase.self.id };
      set({ kind: 'ready', media });
    }
    // Mutes first: media that goes live starts with the right microphone and camera state.
    current.media.setHardMuted(hardMutesOf(snapshot, phase.self.id));
    current.media.setLive(live);
  }

  const unsubscribe = controller.subscribe(sync);
  sync();

  return {
    subscribe: listeners.subscribe,
    getState: () => state,
    reload() {
      if (!loadFailed) return;
      loadFailed = false;
      sync();
    },
    dispose() {
      unsubscribe();
      current?.media.close();
      current = null;
      listeners.clear();
    },
  };
}
