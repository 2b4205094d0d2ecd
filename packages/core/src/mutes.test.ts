import { describe, expect, it } from 'vitest';
import {
  expireTimeouts,
  hardMute,
  liftMute,
  liftMuteAll,
  muteAll,
  mutedKinds,
  noMutes,
  timeOutPerson,
} from './mutes';

const participant = (id: string) => ({ id, role: 'participant' as const });
const kinds = (s: Set<string>) => [...s].sort();

describe('hard mutes', () => {
  it('hold per person and per kind until a moderator lifts them', () => {
    let m = hardMute(noMutes, 'a', 'audio');
    m = hardMute(m, 'a', 'chat');
    expect(kinds(mutedKinds(m, participant('a'), 0))).toEqual(['audio', 'chat']);
    expect(kinds(mutedKinds(m, participant('b'), 0))).toEqual([]);
    m = liftMute(m, 'a', 'chat');
    expect(kinds(mutedKinds(m, participant('a'), 0))).toEqual(['audio']);
    expect(m.byPerson.has('a')).toBe(true);
    expect(liftMute(m, 'a', 'audio').byPerson.has('a')).toBe(false);
  });

  it('mute all applies to people who join later, never to moderators', () => {
    const m = muteAll(noMutes);
    expect(kinds(mutedKinds(m, participant('late-joiner'), 0))).toEqual(['audio']);
    expect(kinds(mutedKinds(m, { id: 'mod', role: 'moderator' }, 0))).toEqual([]);
    expect(
      kinds(mutedKinds(hardMute(m, 'f', 'audio'), { id: 'f', role: 'facilitator' }, 0)),
    ).toEqual([]);
  });

  it('under mute all, a moderator may let one person speak; a new mute all starts afresh', () => {
    let m = liftMute(muteAll(noMutes), 'a', 'audio');
    expect(kinds(mutedKinds(m, participant('a'), 0))).toEqual([]);
    expect(kinds(mutedKinds(m, participant('b'), 0))).toEqual(['audio']);
    expect(kinds(mutedKinds(muteAll(m), participant('a'), 0))).toEqual(['audio']);
    m = hardMute(m, 'a', 'audio');
    expect(kinds(mutedKinds(liftMuteAll(m), participant('a'), 0))).toEqual(['audio']);
    expect(kinds(mutedKinds(liftMuteAll(m), participant('b'), 0))).toEqual([]);
  });

  it('a speaking turn lifts the audio mute only while it lasts', () => {
    const m = hardMute(hardMute(muteAll(noMutes), 'a', 'audio'), 'a', 'video');
    expect(kinds(mutedKinds(m, participant('a'), 0, true))).toEqual(['video']);
    expect(kinds(mutedKinds(m, participant('a'), 0, false))).toEqual(['audio', 'video']);
  });

  it('a timeout mutes everything and lifts itself', () => {
    const m = timeOutPerson(noMutes, 'a', 60_000);
    expect(kinds(mutedKinds(m, participant('a'), 59_999))).toEqual(['audio', 'chat', 'video']);
    expect(kinds(mutedKinds(m, participant('a'), 60_000))).toEqual([]);
    expect(expireTimeouts(m, 59_999)).toBe(m);
    expect(expireTimeouts(m, 60_000).timeouts.size).toBe(0);
  });
});
