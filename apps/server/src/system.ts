import { randomBytes } from 'node:crypto';
import type { Clock, IdGenerator } from '@haven/core';

export const systemClock: Clock = { now: () => Date.now() };

const ID_BYTES = 12;
/** Random bytes drawn ahead for many ids: one call to the system's generator, not one per id. */
const POOL_BYTES = ID_BYTES * 256;
let pool = Buffer.alloc(0);
let used = POOL_BYTES;

/** 16 url-safe characters (96 random bits): unguessable, short in URLs and logs. */
export const randomIds: IdGenerator = {
  next: () => {
    if (used + ID_BYTES > pool.length) {
      pool = randomBytes(POOL_BYTES);
      used = 0;
    }
    used += ID_BYTES;
    return pool.toString('base64url', used - ID_BYTES, used);
  },
};
