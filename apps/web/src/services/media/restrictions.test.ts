import { describe, expect, it } from 'vitest';
import { restrictionsFor, revokedKinds } from './restrictions';

describe('restrictionsFor', () => {
  it('allows everything in an audio and video group', () => {
    expect(restrictionsFor(['audio', 'video'])).toEqual({ audio: null, video: null });
  });

  it('reads a missing camera as an audio-only group', () => {
    expect(restrictionsFor(['audio'])).toEqual({ audio: null, video: 'group-audio-only' });
  });

  it('reads a missing microphone as a moderator’s mute (no group setting does that)', () => {
    expect(restrictionsFor(['video'])).toEqual({ audio: 'moderator', video: null });
  });

  it('says media is not part of the session when nothing may be published', () => {
    expect(restrictionsFor([])).toEqual({ audio: 'not-in-session', video: 'not-in-session' });
  });
});

describe('revokedKinds', () => {
  it('lists the kinds taken away, not those given', () => {
    expect(revokedKinds(['audio', 'video'], ['audio'])).toEqual(['video']);
    expect(revokedKinds(['video'], ['audio', 'video'])).toEqual([]);
    expect(revokedKinds(['audio', 'video'], [])).toEqual(['audio', 'video']);
  });
});
