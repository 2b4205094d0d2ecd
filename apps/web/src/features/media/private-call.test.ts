import { describe, expect, it } from 'vitest';
import type { PrivateTalk } from '@haven/protocol';
import { INITIAL_MEDIA, type RemoteTrack } from '../../services/media/types';
import {
  callLeftByModerators,
  callOutlived,
  callPeers,
  callView,
  type CallMedia,
} from './private-call';

const FARAH = { id: 'farah', name: 'Farah' };
const talk = (over: Partial<PrivateTalk> = {}): PrivateTalk => ({
  id: 't1',
  participantId: 'amal',
  displayName: 'Amal',
  openedAt: '2026-12-01T20:00:00.000Z',
  moderators: [FARAH],
  closedAt: null,
  ...over,
});
const ready: CallMedia = {
  ...INITIAL_MEDIA,
  status: { kind: 'ready' },
  allowedKinds: ['audio', 'video'],
};
const track = (who: string, kind: 'audio' | 'video', over: Partial<RemoteTrack> = {}) =>
  ({
    producerId: `${who}-${kind}`,
    participantId: who,
    kind,
    source: kind === 'audio' ? 'microphone' : 'camera',
    paused: false,
    talkId: 't1',
    track: null,
    ...over,
  }) satisfies RemoteTrack;
const live = { id: 'x' } as unknown as MediaStreamTrack;
const NONE = new Set<string>();

describe('callView, for a moderator who joined the check-in', () => {
  it('offers to start the call, or to join one already going', () => {
    expect(callView({ talk: talk(), selfId: 'farah', media: ready, declined: NONE })).toEqual({
      kind: 'can-start',
      joining: false,
    });
    const going = { ...ready, talkRemote: [track('amal', 'audio')] };
    expect(callView({ talk: talk(), selfId: 'farah', media: going, declined: NONE })).toEqual({
      kind: 'can-start',
      joining: true,
    });
  });

  it('offers nothing where the call cannot be: no media, no microphone, ended, not a member', () => {
    const view = (over: Partial<Parameters<typeof callView>[0]>) =>
      callView({ talk: talk(), selfId: 'farah', media: ready, declined: NONE, ...over }).kind;
    expect(view({ media: INITIAL_MEDIA })).toBe('none');
    expect(
      view({
        media: { ...ready, status: { kind: 'failed', code: 'unsupported', retrying: false } },
      }),
    ).toBe('none');
    expect(view({ media: { ...ready, allowedKinds: [] } })).toBe('none');
    expect(view({ talk: talk({ closedAt: '2026-12-01T20:30:00.000Z' }) })).toBe('none');
    expect(view({ selfId: 'sam' })).toBe('none');
    // Media still starting (or failed for a while) can be set up for the call.
    expect(view({ media: { ...ready, status: { kind: 'starting' }, allowedKinds: [] } })).toBe(
      'can-start',
    );
  });

  it('in the call: the others with their names, and whether the camera may be used', () => {
    const media: CallMedia = {
      ...ready,
      allowedKinds: ['audio'],
      call: { talkId: 't1', microphone: true, camera: false, busy: false, selfVideo: null },
      talkRemote: [track('amal', 'audio', { track: live })],
    };
    expect(callView({ talk: talk(), selfId: 'farah', media, declined: NONE })).toEqual({
      kind: 'in-call',
      peers: [{ participantId: 'amal', name: 'Amal', audio: live, video: null, micOff: false }],
      camera: false,
      cameraAllowed: false,
      busy: false,
    });
  });
});

describe('callView, for the participant', () => {
  const amal = (media: CallMedia, declined = NONE) =>
    callView({ talk: talk(), selfId: 'amal', media, declined });

  it('shows no call controls until a moderator asks them in', () => {
    expect(amal(ready)).toEqual({ kind: 'none' });
  });

  it('is invited by a moderator’s microphone, names who asks, and "Not now" puts it away', () => {
    const media = { ...ready, talkRemote: [track('farah', 'audio'), track('farah', 'video')] };
    expect(amal(media)).toEqual({
      kind: 'invited',
      from: ['Farah'],
      producerIds: ['farah-audio'],
    });
    expect(amal(media, new Set(['farah-audio']))).toEqual({ kind: 'none' });
    // Started again: a new track, a new invitation.
    const again = { ...ready, talkRemote: [track('farah', 'audio', { producerId: 'farah-2' })] };
    expect(amal(again, new Set(['farah-audio'])).kind).toBe('invited');
  });

  it('ignores another check-in’s call', () => {
    expect(amal({ ...ready, talkRemote: [track('farah', 'audio', { talkId: 't9' })] })).toEqual({
      kind: 'none',
    });
  });
});

describe('callPeers and callOutlived', () => {
  it('one entry per person, video only while on and received', () => {
    const peers = callPeers(talk(), [
      track('farah', 'audio', { paused: true, track: live }),
      track('farah', 'video', { track: live }),
      track('sam', 'audio', { talkId: 't2' }),
    ]);
    expect(peers).toEqual([
      { participantId: 'farah', name: 'Farah', audio: live, video: live, micOff: true },
    ]);
  });

  it('says when the call’s check-in has ended', () => {
    const call = { talkId: 't1', microphone: true, camera: false, busy: false, selfVideo: null };
    expect(callOutlived(call, [talk()])).toBe(false);
    expect(callOutlived(call, [talk({ closedAt: '2026-12-01T20:30:00.000Z' })])).toBe(true);
    expect(callOutlived(null, [talk({ closedAt: '2026-12-01T20:30:00.000Z' })])).toBe(false);
  });
});

describe('callLeftByModerators', () => {
  const call = { talkId: 't1', microphone: true, camera: false, busy: false, selfVideo: null };
  it('ends a participant’s call once no moderator is in it any more', () => {
    const media = (talkRemote: RemoteTrack[]): CallMedia => ({ ...ready, call, talkRemote });
    expect(callLeftByModerators(talk(), 'amal', media([track('farah', 'audio')]))).toBe(false);
    expect(callLeftByModerators(talk(), 'amal', media([]))).toBe(true);
    expect(callLeftByModerators(talk(), 'amal', { ...media([]), call: null })).toBe(false);
    // A moderator waits for the participant: their call goes on.
    expect(callLeftByModerators(talk(), 'farah', media([]))).toBe(false);
  });
});
