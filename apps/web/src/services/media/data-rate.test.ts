import { describe, expect, it } from 'vitest';
import { addSample, bytesInReport, bytesPerMinute, type DataSample } from './data-rate';

describe('bytesInReport', () => {
  it('counts the transport entries when the browser has them (Chrome)', () => {
    const report = [
      { type: 'transport', id: 'T1', bytesSent: 1_000, bytesReceived: 250_000 },
      { type: 'candidate-pair', id: 'CP1', bytesSent: 999, bytesReceived: 999, selected: true },
      { type: 'inbound-rtp', bytesReceived: 200_000 },
    ];
    expect(bytesInReport(report)).toBe(251_000);
  });

  it('falls back to the selected candidate pair (Firefox)', () => {
    const report = [
      {
        type: 'candidate-pair',
        id: 'a',
        bytesSent: 10,
        bytesReceived: 20,
        nominated: true,
        state: 'succeeded',
      },
      { type: 'candidate-pair', id: 'b', bytesSent: 500, bytesReceived: 500, state: 'failed' },
    ];
    expect(bytesInReport(report)).toBe(30);
  });

  it('follows the transport to its selected pair when the transport has no byte counts', () => {
    const report = [
      { type: 'transport', selectedCandidatePairId: 'b' },
      { type: 'candidate-pair', id: 'a', bytesSent: 1, bytesReceived: 1 },
      { type: 'candidate-pair', id: 'b', bytesSent: 40, bytesReceived: 60 },
    ];
    expect(bytesInReport(report)).toBe(100);
  });

  it('adds up RTP streams with their headers as a last resort', () => {
    const report = [
      { type: 'outbound-rtp', bytesSent: 100, headerBytesSent: 12 },
      { type: 'inbound-rtp', bytesReceived: 300, headerBytesReceived: 24 },
      { type: 'codec' },
    ];
    expect(bytesInReport(report)).toBe(436);
  });

  it('is zero for an empty report', () => {
    expect(bytesInReport([])).toBe(0);
  });
});

const sample = (at: number, bytes: Record<string, number>): DataSample => ({ at, bytes });

describe('bytesPerMinute', () => {
  it('is unknown until two samples span enough time', () => {
    expect(bytesPerMinute([])).toBeNull();
    expect(bytesPerMinute([sample(0, { s: 0 })])).toBeNull();
    expect(bytesPerMinute([sample(0, { s: 0 }), sample(1_000, { s: 10_000 })])).toBeNull();
  });

  it('scales what both transports moved to a minute', () => {
    const samples = [
      sample(0, { send: 0, recv: 0 }),
      sample(3_000, { send: 10_000, recv: 50_000 }),
      sample(6_000, { send: 20_000, recv: 100_000 }),
    ];
    // 120 kB in 6 s is 1.2 MB per minute.
    expect(bytesPerMinute(samples)).toBe(1_200_000);
  });

  it('does not count a new transport from zero or an old one going away', () => {
    const samples = [
      sample(0, { old: 500_000 }),
      sample(3_000, { old: 530_000 }),
      // The transports were replaced: "new" starts counting here.
      sample(6_000, { fresh: 2_000_000 }),
      sample(9_000, { fresh: 2_030_000 }),
    ];
    // 30 kB + 30 kB over 9 s.
    expect(bytesPerMinute(samples)).toBe(400_000);
  });

  it('never goes negative when a counter restarts', () => {
    const samples = [sample(0, { t: 900 }), sample(3_000, { t: 100 })];
    expect(bytesPerMinute(samples)).toBe(0);
  });
});

describe('addSample', () => {
  it('keeps only the samples within the window', () => {
    let samples: DataSample[] = [];
    for (const at of [0, 10_000, 20_000, 30_000, 40_000])
      samples = addSample(samples, sample(at, {}), 30_000);
    expect(samples.map((s) => s.at)).toEqual([10_000, 20_000, 30_000, 40_000]);
  });
});
