import { CheckinCode } from '@haven/protocol';

/** Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹, Persian and Urdu keyboards) digits. */
const OTHER_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

const toAscii = (digit: string): string => {
  const code = digit.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
};

/**
 * The six digits of a typed code, or null. Phones set to Arabic or Dari type their own digits,
 * and people copy the code as it looks on the screen ("123 456"), so both are accepted.
 */
export function normalizeCode(typed: string): string | null {
  const digits = typed.replace(OTHER_DIGITS, toAscii).replace(/[\s\-.\u00A0\u200E\u200F]/g, '');
  return CheckinCode.safeParse(digits).success ? digits : null;
}

/** `#123456`, the fragment of the venue's QR link → the code in it, or null. */
export function codeFromFragment(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return null;
  try {
    return normalizeCode(decodeURIComponent(raw));
  } catch {
    return null;
  }
}
