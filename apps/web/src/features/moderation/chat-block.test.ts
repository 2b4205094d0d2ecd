import { describe, expect, it } from 'vitest';
import type { RoomModeration } from '@haven/protocol';
import { chatBlock, slowModeWait, type ChatBlockInput } from './chat-block';
import { NO_MODERATION } from './room-moderation';

const NOW = 1_000_000;
const input = (patch: Partial<ChatBlockInput> = {}, room: Partial<RoomModeration> = {}) =>
  chatBlock({
    role: 'participant',
    selfId: 'me',
    moderation: { ...NO_MODERATION, ...room },
    waitUntil: null,
    now: NOW,
    ...patch,
  });
const settings = (patch: Partial<RoomModeration['settings']>) => ({
  settings: { ...NO_MODERATION.settings, ...patch },
});

describe('chatBlock', () => {
  it('lets a participant write in an ordinary room', () => {
    expect(input()).toBeNull();
  });

  it('holds a participant while the room is paused', () => {
    expect(input({}, settings({ paused: true }))).toEqual({ kind: 'paused' });
  });

  it('holds a participant whose chat is muted, and no one else', () => {
    const mutes = [{ participantId: 'me', kinds: ['chat' as const] }];
    expect(input({}, { mutes })).toEqual({ kind: 'muted' });
    expect(input({ selfId: 'other' }, { mutes })).toBeNull();
    // A microphone mute leaves the chat open.
    expect(input({}, { mutes: [{ participantId: 'me', kinds: ['audio'] }] })).toBeNull();
  });

  it('counts down the slow-mode wait, in whole seconds rounded up', () => {
    const slow = settings({ slowModeSeconds: 30 });
    expect(input({ waitUntil: NOW + 12_300 }, slow)).toEqual({ kind: 'slow', seconds: 13 });
    expect(input({ waitUntil: NOW }, slow)).toBeNull();
    // Slow mode switched off: no wait, whatever was left of it.
    expect(input({ waitUntil: NOW + 12_300 })).toBeNull();
  });

  it('never holds staff back', () => {
    for (const role of ['moderator', 'facilitator'] as const)
      expect(
        input(
          { role, waitUntil: NOW + 5_000 },
          {
            ...settings({ paused: true, slowModeSeconds: 30 }),
            mutes: [{ participantId: 'me', kinds: ['chat'] }],
          },
        ),
      ).toBeNull();
  });
});

describe('slowModeWait', () => {
  it('reads the wait from a slow-mode refusal', () => {
    expect(slowModeWait('Slow mode is on: wait 12 s to post again.')).toBe(12);
    expect(slowModeWait('Slow mode is on: wait 1s to post again.')).toBe(1);
  });

  it('finds none in other refusals', () => {
    expect(slowModeWait('You are sending messages too fast.')).toBeNull();
    expect(slowModeWait('wait 0 s')).toBeNull();
  });
});
