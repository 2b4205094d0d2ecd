import { CHAT_TEXT_MAX, DISPLAY_NAME_MAX } from '@haven/protocol';

export type RuleResult = { ok: true; value: string } | { ok: false; reason: string };

// C0 and C1 control characters except tab and newline, plus bidi overrides that can disguise text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_AND_NEWLINES = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Length as a person counts it: a surrogate pair (an emoji) is one character. */
const length = (s: string): number => [...s].length;

/** Chat text: control characters stripped, surrounding whitespace trimmed, 1..2000 characters. */
export function normalizeChatText(raw: string): RuleResult {
  const value = raw.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
  if (value.length === 0) return { ok: false, reason: 'Message is empty.' };
  if (length(value) > CHAT_TEXT_MAX)
    return { ok: false, reason: `Message is longer than ${CHAT_TEXT_MAX} characters.` };
  return { ok: true, value };
}

/** Display name: one line, trimmed, inner whitespace collapsed, 1..40 characters. */
export function normalizeDisplayName(raw: string): RuleResult {
  const value = raw.replace(CONTROL_AND_NEWLINES, ' ').replace(/\s+/g, ' ').trim();
  if (value.length === 0) return { ok: false, reason: 'Display name is empty.' };
  if (length(value) > DISPLAY_NAME_MAX)
    return { ok: false, reason: `Display name is longer than ${DISPLAY_NAME_MAX} characters.` };
  return { ok: true, value };
}
