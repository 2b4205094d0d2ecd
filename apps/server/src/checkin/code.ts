import { createHmac, randomBytes } from 'node:crypto';
import { CODE_DIGITS } from '@haven/core';

/** A session's key for its venue codes. */
export const newCheckinSecret = (): string => randomBytes(32).toString('base64url');

/**
 * The code of one window: an HMAC of the window number under the session's key, as digits
 * (like a TOTP). Nobody can work out the next code from the ones seen before.
 */
export function codeFor(secret: string, window: number): string {
  const mac = createHmac('sha256', secret).update(String(window)).digest();
  const value = mac.readUInt32BE(0) % 10 ** CODE_DIGITS;
  return String(value).padStart(CODE_DIGITS, '0');
}
