import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A bearer secret (cookie, device token, invite link): 32 random bytes. Only its hash is stored. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret).digest('base64url');

/** Compares secrets without leaking where they differ through timing. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
