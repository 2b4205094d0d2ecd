import { describe, expect, it } from 'vitest';
import { constraintsFor, deviceLists, deviceProblemOf } from './local-media';

const named = (name: string) => Object.assign(new Error(name), { name });

describe('deviceProblemOf', () => {
  it('sorts getUserMedia errors into what the person can do', () => {
    expect(deviceProblemOf(named('NotAllowedError'))).toBe('denied');
    expect(deviceProblemOf(named('NotFoundError'))).toBe('no-device');
    expect(deviceProblemOf(named('OverconstrainedError'))).toBe('no-device');
    expect(deviceProblemOf(named('NotReadableError'))).toBe('in-use');
    expect(deviceProblemOf(new TypeError('no mediaDevices'))).toBe('unsupported');
    expect(deviceProblemOf(named('SomethingElse'))).toBe('failed');
  });

  it('reads DOMException-like objects that are not Errors', () => {
    expect(deviceProblemOf({ name: 'NotAllowedError', message: '' })).toBe('denied');
    expect(deviceProblemOf('weird')).toBe('failed');
  });
});

describe('constraintsFor', () => {
  it('asks for a small camera picture at 24 fps at most', () => {
    expect(constraintsFor('camera', null)).toEqual({
      video: { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 24, max: 24 } },
    });
  });

  it('names the chosen device exactly', () => {
    const audio = constraintsFor('microphone', 'mic-2').audio as MediaTrackConstraints;
    expect(audio.deviceId).toEqual({ exact: 'mic-2' });
    expect(audio.echoCancellation).toBe(true);
  });
});

describe('deviceLists', () => {
  it('lists inputs by kind, once each, without nameless aliases', () => {
    const lists = deviceLists([
      { kind: 'audioinput', deviceId: 'default', label: 'Default - Headset' },
      { kind: 'audioinput', deviceId: 'communications', label: 'Communications - Headset' },
      { kind: 'audioinput', deviceId: 'headset', label: 'Headset' },
      { kind: 'audioinput', deviceId: 'headset', label: 'Headset' },
      { kind: 'audiooutput', deviceId: 'speaker', label: 'Speaker' },
      { kind: 'videoinput', deviceId: '', label: '' },
      { kind: 'videoinput', deviceId: 'front', label: 'Front camera' },
    ]);
    expect(lists).toEqual({
      microphones: [
        { deviceId: 'default', label: 'Default - Headset' },
        { deviceId: 'headset', label: 'Headset' },
      ],
      cameras: [{ deviceId: 'front', label: 'Front camera' }],
    });
  });
});
