import { describe, it, expect } from 'vitest';
import { fullBucket, slowModeWait, take, type Bucket, type RateLimitPolicy } from './rate-limit';

const policy: RateLimitPolicy = { burst: 3, perSecond: 2 };

/** Takes at each time in turn and reports which were allowed. */
function run(bucket: Bucket, times: number[]): { allowed: boolean[]; bucket: Bucket } {
  const allowed: boolean[] = [];
  for (const now of times) {
    const result = take(bucket, policy, now);
    allowed.push(result.allowed);
    bucket = result.bucket;
  }
  return { allowed, bucket };
}

const emptyAt = (now: number): Bucket => run(fullBucket(policy, now), [now, now, now]).bucket;

describe('take', () => {
  it('allows a burst and then refuses', () => {
    expect(run(fullBucket(policy, 0), [0, 0, 0, 0, 0]).allowed).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('refills at the policy rate', () => {
    // 2 per second: one token every 500 ms.
    expect(run(emptyAt(0), [499]).allowed).toEqual([false]);
    expect(run(emptyAt(0), [500, 500]).allowed).toEqual([true, false]);
    expect(run(emptyAt(0), [1000, 1000, 1000]).allowed).toEqual([true, true, false]);
  });

  it('keeps the fractional refill of a refused attempt', () => {
    expect(run(emptyAt(0), [300, 500]).allowed).toEqual([false, true]);
  });

  it('mints no tokens when the clock goes backwards', () => {
    const bucket = { tokens: 0.5, updatedAt: 10_000 };
    const back = take(bucket, policy, 4_000);
    expect(back.allowed).toBe(false);
    expect(back.bucket.tokens).toBeLessThanOrEqual(0.5);
  });

  it('mints no tokens when the clock goes backwards and then returns', () => {
    // No time has really passed between the first and the last take.
    expect(run(emptyAt(10_000), [4_000, 10_000]).allowed).toEqual([false, false]);
  });

  it('does not take tokens away when the clock goes backwards either', () => {
    expect(run(fullBucket(policy, 10_000), [4_000, 4_000, 4_000, 4_000]).allowed).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('never holds more than the burst, however long it was idle', () => {
    const { allowed, bucket } = run(fullBucket(policy, 0), [3_600_000, 3_600_000, 3_600_000]);
    expect(allowed).toEqual([true, true, true]);
    expect(bucket.tokens).toBe(0);
    expect(take(bucket, policy, 3_600_000).allowed).toBe(false);
  });

  it('caps a bucket holding more than the burst (a policy that was lowered)', () => {
    const { allowed } = run({ tokens: 100, updatedAt: 0 }, [0, 0, 0, 0]);
    expect(allowed).toEqual([true, true, true, false]);
  });
});

describe('fullBucket', () => {
  it('starts with the whole burst at the given time', () => {
    expect(fullBucket(policy, 1234)).toEqual({ tokens: 3, updatedAt: 1234 });
  });
});

describe('slow mode', () => {
  it('spaces posts by the chosen seconds, rounding the wait up', () => {
    expect(slowModeWait(undefined, 30, 1_000)).toBeNull();
    expect(slowModeWait(1_000, 0, 1_001)).toBeNull();
    expect(slowModeWait(1_000, 30, 1_001)).toBe(30);
    expect(slowModeWait(1_000, 30, 30_500)).toBe(1);
    expect(slowModeWait(1_000, 30, 31_000)).toBeNull();
  });
});
