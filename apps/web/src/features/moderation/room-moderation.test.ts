import { describe, expect, it } from 'vitest';
import type { RoomModeration } from '@haven/protocol';
import {
  NO_MODERATION,
  applyModeration,
  handPlace,
  hasTurn,
  isMuted,
  mutedKinds,
} from './room-moderation';

const TURN = { participantId: 'p2', endsAt: '2025-01-01T10:02:00.000Z' };

const room = (patch: Partial<RoomModeration> = {}): RoomModeration => ({
  ...NO_MODERATION,
  ...patch,
});

describe('applyModeration', () => {
  it('records what is muted for someone now, and forgets them once nothing is', () => {
    let state = applyModeration(room(), {
      type: 'mutes',
      mutes: { participantId: 'p1', kinds: ['audio'] },
    });
    expect(mutedKinds(state, 'p1')).toEqual(['audio']);
    state = applyModeration(state, {
      type: 'mutes',
      mutes: { participantId: 'p1', kinds: ['audio', 'chat'] },
    });
    expect(isMuted(state, 'p1', 'chat')).toBe(true);
    expect(state.mutes).toHaveLength(1);
    state = applyModeration(state, { type: 'mutes', mutes: { participantId: 'p1', kinds: [] } });
    expect(state.mutes).toEqual([]);
    expect(isMuted(state, 'p1', 'audio')).toBe(false);
  });

  it('keeps other people’s mutes when one person’s change', () => {
    const state = applyModeration(room({ mutes: [{ participantId: 'p2', kinds: ['video'] }] }), {
      type: 'mutes',
      mutes: { participantId: 'p1', kinds: ['audio'] },
    });
    expect(mutedKinds(state, 'p2')).toEqual(['video']);
    expect(mutedKinds(state, 'p1')).toEqual(['audio']);
  });

  it('returns the same state when a broadcast repeats what is known', () => {
    const state = room({
      muteAll: true,
      mutes: [{ participantId: 'p1', kinds: ['audio', 'chat'] }],
      hands: { raised: ['p1'], turn: TURN },
      settings: { locked: true, paused: false, slowModeSeconds: 30 },
    });
    expect(
      applyModeration(state, {
        type: 'mutes',
        mutes: { participantId: 'p1', kinds: ['chat', 'audio'] },
      }),
    ).toBe(state);
    expect(applyModeration(state, { type: 'mute-all', on: true })).toBe(state);
    expect(
      applyModeration(state, { type: 'hands', hands: { raised: ['p1'], turn: { ...TURN } } }),
    ).toBe(state);
    expect(
      applyModeration(state, {
        type: 'settings',
        settings: { locked: true, paused: false, slowModeSeconds: 30 },
      }),
    ).toBe(state);
    expect(applyModeration(state, { type: 'left', participantId: 'nobody' })).toBe(state);
  });

  it('takes the queue and the turn as the server orders them', () => {
    const state = applyModeration(room({ hands: { raised: ['p1', 'p3'], turn: null } }), {
      type: 'hands',
      hands: { raised: ['p3', 'p1'], turn: TURN },
    });
    expect(handPlace(state, 'p3')).toBe(1);
    expect(handPlace(state, 'p1')).toBe(2);
    expect(handPlace(state, 'p2')).toBeNull();
    expect(hasTurn(state, 'p2')).toBe(true);
    const over = applyModeration(state, {
      type: 'hands',
      hands: { raised: ['p3', 'p1'], turn: null },
    });
    expect(hasTurn(over, 'p2')).toBe(false);
  });

  it('follows mute all and the room settings', () => {
    let state = applyModeration(room(), { type: 'mute-all', on: true });
    expect(state.muteAll).toBe(true);
    state = applyModeration(state, {
      type: 'settings',
      settings: { locked: false, paused: true, slowModeSeconds: 10 },
    });
    expect(state.settings).toEqual({ locked: false, paused: true, slowModeSeconds: 10 });
  });

  it('drops what was muted for someone who left', () => {
    const state = applyModeration(room({ mutes: [{ participantId: 'p1', kinds: ['chat'] }] }), {
      type: 'left',
      participantId: 'p1',
    });
    expect(state.mutes).toEqual([]);
  });
});
