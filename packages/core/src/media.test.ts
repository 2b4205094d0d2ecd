import { describe, expect, it } from 'vitest';
import {
  allowedKinds,
  mayProduce,
  preferLowLayer,
  videosToReceive,
  type MediaRules,
} from './media';

const rules = (mode: MediaRules['mode'], hardMuted: ('audio' | 'video')[] = []): MediaRules => ({
  mode,
  hardMuted: new Set(hardMuted),
});

describe('what a person may publish', () => {
  it('follows the group setting', () => {
    expect(allowedKinds(rules('audio_video'))).toEqual(['audio', 'video']);
    expect(allowedKinds(rules('audio_only'))).toEqual(['audio']);
    expect(allowedKinds(rules('text_only'))).toEqual([]);
    expect(mayProduce(rules('audio_only'), 'video')).toEqual({
      allowed: false,
      reason: 'group-audio-only',
    });
    expect(mayProduce(rules('text_only'), 'audio')).toEqual({
      allowed: false,
      reason: 'group-text-only',
    });
  });

  it('a hard mute revokes that kind only', () => {
    expect(mayProduce(rules('audio_video', ['audio']), 'audio')).toEqual({
      allowed: false,
      reason: 'hard-muted',
    });
    expect(allowedKinds(rules('audio_video', ['audio']))).toEqual(['video']);
  });
});

describe('which videos to receive', () => {
  const people = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({
    participantId: id,
    producerId: `v-${id}`,
  }));

  it('all of them, or none in audio-only mode', () => {
    expect(videosToReceive('all', people, []).size).toBe(6);
    expect(videosToReceive('audio-only', people, ['a']).size).toBe(0);
  });

  it('data saver: the active and recent speakers first, four in all', () => {
    expect([...videosToReceive('data-saver', people, ['f', 'd'])].sort()).toEqual(
      ['v-a', 'v-b', 'v-d', 'v-f'].sort(),
    );
    expect([...videosToReceive('data-saver', people, [])]).toEqual(['v-a', 'v-b', 'v-c', 'v-d']);
    expect(videosToReceive('data-saver', people.slice(0, 2), ['x']).size).toBe(2);
  });

  it('asks for the smallest layer only in data saver', () => {
    expect(preferLowLayer('data-saver')).toBe(true);
    expect(preferLowLayer('all')).toBe(false);
  });
});
