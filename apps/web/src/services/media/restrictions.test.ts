import { describe, expect, it } from 'vitest';
import {
  NO_HARD_MUTES,
  NO_RESTRICTIONS,
  groupAllowedKinds,
  restrictionsFor,
  revokedKinds,
  withHardMutes,
} from './restrictions';

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

describe('groupAllowedKinds', () => {
  it('takes what the server allows', () => {
    expect(groupAllowedKinds(['audio', 'video'], ['audio'], [])).toEqual(['audio']);
  });

  it('does not read a hard-muted kind as one the group forbids', () => {
    // Joined under "mute all": the microphone is missing only because of the mute.
    expect(groupAllowedKinds(['audio', 'video'], ['video'], ['audio'])).toEqual(['audio', 'video']);
  });

  it('keeps what was already known to be forbidden, muted or not', () => {
    expect(groupAllowedKinds(['audio'], ['audio'], ['video'])).toEqual(['audio']);
  });
});

describe('withHardMutes', () => {
  const group = restrictionsFor(['audio', 'video']);

  it('restricts the muted kinds with the reason', () => {
    expect(withHardMutes(group, { kinds: ['audio'], reason: 'moderator' })).toEqual({
      audio: 'moderator',
      video: null,
    });
    expect(withHardMutes(group, { kinds: ['audio', 'video'], reason: 'paused' })).toEqual({
      audio: 'paused',
      video: 'paused',
    });
  });

  it('keeps the group’s own reason first', () => {
    expect(
      withHardMutes(restrictionsFor(['audio']), { kinds: ['video'], reason: 'moderator' }),
    ).toEqual({ audio: null, video: 'group-audio-only' });
  });

  it('changes nothing without mutes', () => {
    expect(withHardMutes(group, NO_HARD_MUTES)).toEqual(NO_RESTRICTIONS);
  });
});
