/**
 * The data estimate people on prepaid plans see: bytes really sent and received by both media
 * transports, measured from WebRTC statistics, not guessed from bitrates.
 */

/** How often the transports' statistics are read. */
export const DATA_SAMPLE_INTERVAL_MS = 3_000;
/** The rate is the average over this window: long enough to be steady, short enough to follow a mode change. */
export const DATA_RATE_WINDOW_MS = 30_000;
/** Below this span the average is mostly noise. */
export const DATA_RATE_MIN_SPAN_MS = 2_500;

/** The fields of an RTCStats entry this module reads (all optional: browsers differ). */
export interface StatsEntry {
  type: string;
  id?: string;
  bytesSent?: number;
  bytesReceived?: number;
  headerBytesSent?: number;
  headerBytesReceived?: number;
  selected?: boolean;
  nominated?: boolean;
  state?: string;
  selectedCandidatePairId?: string;
}

const num = (value: number | undefined): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0;

const both = (s: StatsEntry): number => num(s.bytesSent) + num(s.bytesReceived);

/**
 * Bytes one peer connection has moved so far. The `transport` entry counts everything on the
 * wire (RTP, RTCP, DTLS); without it (Firefox), the selected candidate pair; without either,
 * the RTP streams with their headers.
 */
export function bytesInReport(entries: Iterable<StatsEntry>): number {
  const list = [...entries];
  const transports = list.filter((s) => s.type === 'transport');
  if (transports.some((s) => s.bytesSent !== undefined || s.bytesReceived !== undefined))
    return transports.reduce((sum, s) => sum + both(s), 0);

  const pairs = list.filter((s) => s.type === 'candidate-pair');
  const selectedIds = new Set(
    transports.map((s) => s.selectedCandidatePairId).filter((id) => id !== undefined),
  );
  const selected = pairs.filter(
    (s) =>
      s.selected === true ||
      (s.id !== undefined && selectedIds.has(s.id)) ||
      (s.nominated === true && s.state === 'succeeded'),
  );
  if (selected.length > 0) return selected.reduce((sum, s) => sum + both(s), 0);

  return list.reduce((sum, s) => {
    if (s.type === 'outbound-rtp') return sum + num(s.bytesSent) + num(s.headerBytesSent);
    if (s.type === 'inbound-rtp') return sum + num(s.bytesReceived) + num(s.headerBytesReceived);
    return sum;
  }, 0);
}

/** What both transports had moved at one moment, by transport id. */
export interface DataSample {
  at: number;
  bytes: Readonly<Record<string, number>>;
}

/** Appends a sample and forgets those that fell out of the window. */
export function addSample(
  samples: readonly DataSample[],
  sample: DataSample,
  windowMs: number = DATA_RATE_WINDOW_MS,
): DataSample[] {
  return [...samples, sample].filter((s) => sample.at - s.at <= windowMs);
}

/**
 * Bytes per minute over the samples, or null until there is enough to say. Only transports
 * present in two consecutive samples count: a transport replaced after a reconnect starts again
 * from zero, which must not read as a negative (or, for its first sample, a huge) amount.
 */
export function bytesPerMinute(
  samples: readonly DataSample[],
  minSpanMs: number = DATA_RATE_MIN_SPAN_MS,
): number | null {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last || last.at - first.at < minSpanMs) return null;
  let moved = 0;
  for (let i = 1; i < samples.length; i++) {
    const before = samples[i - 1]!.bytes;
    const after = samples[i]!.bytes;
    for (const [id, bytes] of Object.entries(after)) {
      const earlier = before[id];
      if (earlier !== undefined) moved += Math.max(0, bytes - earlier);
    }
  }
  return Math.round((moved / (last.at - first.at)) * 60_000);
}
