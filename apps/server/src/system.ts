import { randomBytes } from 'node:crypto';
import type { Clock, IdGenerator } from '@haven/core';

export const systemClock: Clock = { now: () => Date.now() };

/** 16 url-safe characters (96 random bits): unguessable, short in URLs and logs. */
export const randomIds: IdGenerator = { next: () => randomBytes(12).toString('base64url') };
