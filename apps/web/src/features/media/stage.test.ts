import { describe, expect, it } from 'vitest';
import type { ParticipantView } from '@haven/protocol';
import { initialOf, stageTiles, type StageInput, type StageTrack } from './stage';

const person = (id: string, name: string, status: ParticipantView['status'] = 'present') =>
  ({ id, displayName: name, role: 'participant', status }) satisfies ParticipantView;

const track = (
  participantId: string,
  kind: 'audio' | 'video',
  over: Partial<StageTrack<string>> = {},
): StageTrack<string> => ({
  participantId,
  kind,
  paused: false,
  track: `${participantId}-${kind}`,
  ...over,
});

const input = (over: Partial<StageInput<string>> = {}): StageInput<string> => ({
  participants: [person('ana', 'Ana'), person('me', 'Me'), person('ben', 'Ben')],
  selfId: 'me',
  remote: [],
  speaking: [],
  selfVideo: null,
  microphoneOn: false,
  sendRecovering: false,
  receiveRecovering: false,
  ...over,
});

describe('stageTiles', () => {
  it('puts this person first, then the room in its order', () => {
    expect(stageTiles(input()).map((t) => [t.name, t.self])).toEqual([
      ['Me', true],
      ['Ana', false],
      ['Ben', false],
    ]);
  });

  it('shows received video, and the placeholder for a camera that is off or paused', () => {
    const tiles = stageTiles(
      input({
        remote: [
          track('ana', 'video'),
          track('ben', 'video', { paused: true }),
          track('ben', 'audio'),
        ],
      }),
    );
    expect(tiles.map((t) => t.video)).toEqual([null, 'ana-video', null]);
  });

  it('shows a video that is published but not received (audio only) as the placeholder', () => {
    const tiles = stageTiles(input({ remote: [track('ana', 'video', { track: null })] }));
    expect(tiles[1]!.video).toBeNull();
  });

  it('marks microphones that are off, muted, or never on', () => {
    const tiles = stageTiles(
      input({
        microphoneOn: true,
        remote: [track('ana', 'audio', { paused: true }), track('ben', 'audio')],
      }),
    );
    expect(tiles.map((t) => t.micOff)).toEqual([false, true, false]);
    expect(stageTiles(input()).map((t) => t.micOff)).toEqual([true, true, true]);
  });

  it('highlights the loudest speaker among those speaking', () => {
    const tiles = stageTiles(input({ speaking: ['ben', 'me'] }));
    expect(tiles.map((t) => [t.speaking, t.activeSpeaker])).toEqual([
      [true, false],
      [false, false],
      [true, true],
    ]);
  });

  it('shows reconnecting for people whose connection dropped and for broken media paths', () => {
    const away = input({
      participants: [person('me', 'Me'), person('ana', 'Ana', 'reconnecting')],
    });
    expect(stageTiles(away).map((t) => t.reconnecting)).toEqual([false, true]);

    const broken = input({ receiveRecovering: true, remote: [track('ana', 'audio')] });
    // Only tiles with media being received can freeze; Ben has none.
    expect(stageTiles(broken).map((t) => t.reconnecting)).toEqual([false, true, false]);

    expect(stageTiles(input({ sendRecovering: true }))[0]!.reconnecting).toBe(true);
  });
});

describe('initialOf', () => {
  it('takes the first visible character of the name', () => {
    expect(initialOf('  amal ')).toBe('A');
    expect(initialOf('Богдан')).toBe('Б');
    expect(initialOf('سارا')).toBe('س');
    expect(initialOf('👩‍👩‍👧 family')).toBe('👩‍👩‍👧');
    expect(initialOf('   ')).toBe('?');
  });

  it('never shows a private check-in’s call on the stage', () => {
    const tiles = stageTiles(
      input({
        remote: [track('ana', 'video', { talkId: 't1' }), track('ana', 'audio', { talkId: 't1' })],
      }),
    );
    expect(tiles[1]).toMatchObject({ name: 'Ana', video: null, micOff: true });
  });
});
