import type {
  HandQueueView,
  MuteKind,
  ParticipantMutes,
  RoomModeration,
  RoomSettings,
} from '@haven/protocol';

/** Before the join reply says otherwise: nothing muted, nothing locked, nobody waiting. */
export const NO_MODERATION: RoomModeration = {
  settings: { locked: false, paused: false, slowModeSeconds: 0 },
  muteAll: false,
  mutes: [],
  hands: { raised: [], turn: null },
};

/** A room-wide broadcast that changes what everyone sees of the room's moderation. */
export type ModerationChange =
  | { type: 'mutes'; mutes: ParticipantMutes }
  | { type: 'mute-all'; on: boolean }
  | { type: 'hands'; hands: HandQueueView }
  | { type: 'settings'; settings: RoomSettings }
  /** Someone left: what was muted for them no longer concerns anyone. */
  | { type: 'left'; participantId: string };

const sameKinds = (a: readonly MuteKind[], b: readonly MuteKind[]): boolean =>
  a.length === b.length && a.every((k) => b.includes(k));

/**
 * Applies one broadcast. Returns the same object when nothing changed, so subscribers (and
 * React) skip the render when the server repeats what is already known.
 */
export function applyModeration(state: RoomModeration, change: ModerationChange): RoomModeration {
  switch (change.type) {
    case 'mutes': {
      const { participantId, kinds } = change.mutes;
      const known = state.mutes.find((m) => m.participantId === participantId);
      if (sameKinds(known?.kinds ?? [], kinds)) return state;
      const others = state.mutes.filter((m) => m.participantId !== participantId);
      // The list names only people with something muted, as the join reply does.
      const mutes = kinds.length === 0 ? others : [...others, { participantId, kinds: [...kinds] }];
      return { ...state, mutes };
    }
    case 'mute-all':
      return state.muteAll === change.on ? state : { ...state, muteAll: change.on };
    case 'hands':
      return sameHands(state.hands, change.hands) ? state : { ...state, hands: change.hands };
    case 'settings': {
      const { locked, paused, slowModeSeconds } = change.settings;
      const now = state.settings;
      if (now.locked === locked && now.paused === paused && now.slowModeSeconds === slowModeSeconds)
        return state;
      return { ...state, settings: { locked, paused, slowModeSeconds } };
    }
    case 'left': {
      const mutes = state.mutes.filter((m) => m.participantId !== change.participantId);
      return mutes.length === state.mutes.length ? state : { ...state, mutes };
    }
  }
}

const sameHands = (a: HandQueueView, b: HandQueueView): boolean =>
  a.raised.length === b.raised.length &&
  a.raised.every((id, i) => b.raised[i] === id) &&
  a.turn?.participantId === b.turn?.participantId &&
  a.turn?.endsAt === b.turn?.endsAt;

/** What a moderator has muted for this person now (a paused room mutes every participant). */
export const mutedKinds = (state: RoomModeration, participantId: string): readonly MuteKind[] =>
  state.mutes.find((m) => m.participantId === participantId)?.kinds ?? [];

export const isMuted = (state: RoomModeration, participantId: string, kind: MuteKind): boolean =>
  mutedKinds(state, participantId).includes(kind);

/** Place in the queue, from 1; null when their hand is not raised. */
export function handPlace(state: RoomModeration, participantId: string): number | null {
  const index = state.hands.raised.indexOf(participantId);
  return index === -1 ? null : index + 1;
}

export const hasTurn = (state: RoomModeration, participantId: string): boolean =>
  state.hands.turn?.participantId === participantId;
