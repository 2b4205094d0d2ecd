import { fullBucket, take, type Bucket, type Clock, type RateLimitPolicy } from '@haven/core';

/**
 * Token buckets by key (an account, a client address), in memory only: the keys are never
 * logged or stored. Full buckets are dropped so the map stays small.
 */
export class KeyedLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly policy: RateLimitPolicy,
    private readonly clock: Clock,
    private readonly maxKeys = 50_000,
  ) {}

  take(key: string): boolean {
    const now = this.clock.now();
    const result = take(this.buckets.get(key) ?? fullBucket(this.policy, now), this.policy, now);
    this.buckets.set(key, result.bucket);
    if (this.buckets.size > this.maxKeys) this.prune(now);
    return result.allowed;
  }

  private prune(now: number): void {
    const refillMs = (this.policy.burst / this.policy.perSecond) * 1000;
    for (const [key, bucket] of this.buckets)
      if (now - bucket.updatedAt >= refillMs) this.buckets.delete(key);
    // Still too many: forget the oldest half rather than grow without bound.
    if (this.buckets.size > this.maxKeys)
      for (const key of [...this.buckets.keys()].slice(0, this.buckets.size / 2))
        this.buckets.delete(key);
  }
}
