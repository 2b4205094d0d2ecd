import { createHash, randomBytes } from 'node:crypto';

/** A resume token is a bearer secret: 32 random bytes, only its hash is stored. */
export const newResumeToken = (): string => randomBytes(32).toString('base64url');

export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('base64url');
