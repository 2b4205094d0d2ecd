/**
 * A token bucket: `burst` actions at once, refilled at `perSecond`. Pure: the caller keeps the
 * bucket and passes the time.
 */
export interface RateLimitPolicy {
  burst: number;
  perSecond: number;
}

export interface Bucket {
  tokens: number;
  updatedAt: number;
}

export const CHAT_RATE_LIMIT: RateLimitPolicy = { burst: 8, perSecond: 1 };
/** Every event of one connection, whatever it is: stops floods before any work is done. */
export const EVENT_RATE_LIMIT: RateLimitPolicy = { burst: 40, perSecond: 10 };

export const fullBucket = (policy: RateLimitPolicy, now: number): Bucket => ({
  tokens: policy.burst,
  updatedAt: now,
});

export function take(
  bucket: Bucket,
  policy: RateLimitPolicy,
  now: number,
): { allowed: boolean; bucket: Bucket } {
  const elapsed = Math.max(0, now - bucket.updatedAt) / 1000;
  const tokens = Math.min(policy.burst, bucket.tokens + elapsed * policy.perSecond);
  // Never move updatedAt back: after a wall-clock step backwards, the return to the old time
  // would otherwise be counted again as elapsed time and refill the bucket for free.
  const updatedAt = Math.max(bucket.updatedAt, now);
  if (tokens < 1) return { allowed: false, bucket: { tokens, updatedAt } };
  return { allowed: true, bucket: { tokens: tokens - 1, updatedAt } };
}

/** Guessing one account's password: five tries, then one a minute. */
/**
 * Wrong check-in codes per member and session: a few typos are fine; guessing a 6-digit code
 * (two are valid at a time) would need ~250,000 tries, and this allows about one a minute.
 */
export const CHECKIN_GUESSES: RateLimitPolicy = { burst: 6, perSecond: 1 / 60 };
export const SIGN_IN_PER_ACCOUNT: RateLimitPolicy = { burst: 5, perSecond: 1 / 60 };
/** One client trying many accounts: twenty tries, then one every ten seconds. */
export const SIGN_IN_PER_CLIENT: RateLimitPolicy = { burst: 20, perSecond: 1 / 10 };

/**
 * Slow mode: the whole seconds someone must still wait before posting again, or null if they
 * may post now. `seconds` 0 is off; nobody waits before their first post.
 */
export function slowModeWait(
  lastPostAt: number | undefined,
  seconds: number,
  now: number,
): number | null {
  const wait = seconds * 1000;
  if (wait === 0 || lastPostAt === undefined || now - lastPostAt >= wait) return null;
  return Math.ceil((wait - (now - lastPostAt)) / 1000);
}
