import type { SessionAttendance, ShownCount } from '@haven/protocol';

/** The parts of each bar, bottom to top: they add up to the session's total. */
export const PARTS = ['inPerson', 'online', 'headcount'] as const;
export type Part = (typeof PARTS)[number];

/**
 * "<5" stands for 1 to 4 people. It is drawn as tall as 4 (hatched, labelled "<5") so the
 * drawing never shows less than there may have been, and never a number the server withheld.
 */
export const SUPPRESSED_DRAWN_AS = 4;
/** The smallest top of the scale: a group of a few never fills the chart with "<5". */
export const MIN_SCALE = 5;

export interface Segment {
  part: Part;
  shown: ShownCount;
  /** Where the segment starts and ends, in people from the baseline. */
  from: number;
  to: number;
  suppressed: boolean;
}

export interface Bar {
  sessionId: string;
  startsAt: string;
  title: string;
  total: ShownCount;
  segments: Segment[];
  /** The top of the stack, in people as drawn. */
  top: number;
}

/** A hidden count ("<5" or withheld) is drawn at a nominal height, hatched and labelled. */
const drawn = (count: ShownCount): number =>
  typeof count === 'number' ? count : SUPPRESSED_DRAWN_AS;

/** Each session as a stack of its parts; parts with nobody are left out. */
export function stackBars(sessions: readonly SessionAttendance[]): Bar[] {
  return sessions.map((session) => {
    let top = 0;
    const segments: Segment[] = [];
    for (const part of PARTS) {
      const shown = session[part];
      const height = drawn(shown);
      if (height <= 0) continue;
      segments.push({
        part,
        shown,
        from: top,
        to: top + height,
        suppressed: typeof shown !== 'number',
      });
      top += height;
    }
    return {
      sessionId: session.sessionId,
      startsAt: session.startsAt,
      title: session.title,
      total: session.total,
      segments,
      top,
    };
  });
}

export interface Scale {
  max: number;
  ticks: number[];
}

/** A round top for the axis (1, 2 or 5 times a power of ten per step) and its gridlines. */
export function niceScale(largest: number): Scale {
  const target = Math.max(MIN_SCALE, Math.ceil(largest));
  let step = 1;
  for (let power = 1; target / step > 5; power *= 10) {
    const fit = [1, 2, 5].map((m) => m * power).find((candidate) => target / candidate <= 5);
    step = fit ?? 10 * power;
  }
  const max = Math.ceil(target / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max; tick += step) ticks.push(tick);
  return { max, ticks };
}

/** A height in people → pixels, for a chart `height` tall whose top is `scale.max`. */
export const toPixels = (people: number, scale: Scale, height: number): number =>
  scale.max <= 0 ? 0 : (Math.min(people, scale.max) / scale.max) * height;

export interface DrawnSegment {
  part: Part;
  shown: ShownCount;
  suppressed: boolean;
  /** Pixels up from the baseline where the segment starts, and how tall it is. */
  bottom: number;
  height: number;
}

/**
 * A bar's segments in pixels. A "<5" placeholder is never drawn thinner than `minSuppressedPx`,
 * so it can carry its "<5" on a tall scale too; what sits above it moves up by as much.
 */
export function pixelStack(
  segments: readonly Segment[],
  scale: Scale,
  height: number,
  minSuppressedPx: number,
): DrawnSegment[] {
  let bottom = 0;
  return segments.map((segment) => {
    const exact = toPixels(segment.to, scale, height) - toPixels(segment.from, scale, height);
    const tall = segment.suppressed ? Math.max(exact, minSuppressedPx) : exact;
    const drawn = {
      part: segment.part,
      shown: segment.shown,
      suppressed: segment.suppressed,
      bottom,
      height: tall,
    };
    bottom += tall;
    return drawn;
  });
}
