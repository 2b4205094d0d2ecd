/**
 * Links that open the phone's own dialler, messages or WhatsApp for a crisis line. Facilitators
 * type numbers as people write them ("+44 116 123", "٠٨٠٠ ١١١"); the links need ASCII digits.
 */

/** Arabic-Indic (٠…٩) and Persian (۰…۹) digits, as phones in those languages type them. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** The number as a dialler takes it: digits, with a leading `+` kept; null if there are none. */
export function dialNumber(raw: string): string | null {
  const text = asciiDigits(raw.trim());
  const digits = text.replace(/\D/g, '');
  if (digits === '') return null;
  return text.startsWith('+') ? `+${digits}` : digits;
}

export function telHref(phone: string): string | null {
  const number = dialNumber(phone);
  return number && `tel:${number}`;
}

export function smsHref(sms: string): string | null {
  const number = dialNumber(sms);
  return number && `sms:${number}`;
}

/**
 * wa.me wants the international number as bare digits: no `+`, and no `00` exit prefix (which
 * would otherwise be read as part of the country code).
 */
export function whatsappHref(whatsapp: string): string | null {
  const number = dialNumber(whatsapp);
  if (!number) return null;
  const digits = number.replace(/^\+/, '').replace(/^00/, '');
  return digits === '' ? null : `https://wa.me/${digits}`;
}
