import { describe, expect, it, vi } from 'vitest';
import { playChime, type ChimeContext } from './chime';

function fakeAudio(state = 'running') {
  const param = () => ({
    setValueAtTime: vi.fn(),
    linearRampToValueAtTime: vi.fn(),
    exponentialRampToValueAtTime: vi.fn(),
  });
  const started: number[] = [];
  const audio = {
    currentTime: 2,
    state,
    destination: {},
    resume: vi.fn(() => Promise.resolve()),
    createOscillator: () => ({
      type: '',
      frequency: param(),
      connect: vi.fn(),
      start: (at: number) => started.push(at),
      stop: vi.fn(),
    }),
    createGain: () => ({ gain: param(), connect: vi.fn() }),
  } as unknown as ChimeContext;
  return { audio, started };
}

describe('playChime', () => {
  it('plays two tones one after the other', () => {
    const { audio, started } = fakeAudio();
    expect(playChime(() => audio)).toBe(true);
    expect(started).toEqual([2, 2.18]);
  });

  it('asks a suspended context to resume', () => {
    const { audio } = fakeAudio('suspended');
    playChime(() => audio);
    expect(audio.resume).toHaveBeenCalled();
  });

  it('stays silent, without failing, where there is no Web Audio or it throws', () => {
    expect(playChime(() => null)).toBe(false);
    expect(
      playChime(() => {
        throw new Error('blocked');
      }),
    ).toBe(false);
    expect(playChime()).toBe(false);
  });
});
