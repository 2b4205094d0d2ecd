import { DISPLAY_NAME_MAX } from '@haven/protocol';
import { normalizeDisplayName } from '@haven/core';

export type NameError = 'nameEmpty' | 'nameTooLong';

export type JoinFormCheck =
  | { ok: true; displayName: string }
  | { ok: false; name: NameError | null; agreement: 'mustAgree' | null };

/** The same display-name rule the server applies, so the person hears about a problem first. */
export function checkJoinForm(rawName: string, agreed: boolean): JoinFormCheck {
  const name = normalizeDisplayName(rawName);
  // The rule fails only for an empty or an over-long name; tell the two apart for the message.
  const nameError: NameError | null = name.ok
    ? null
    : [...rawName].length > DISPLAY_NAME_MAX
      ? 'nameTooLong'
      : 'nameEmpty';
  if (name.ok && agreed) return { ok: true, displayName: name.value };
  return { ok: false, name: nameError, agreement: agreed ? null : 'mustAgree' };
}
