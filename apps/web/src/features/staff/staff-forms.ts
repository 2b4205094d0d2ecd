import { Email, NewPassword, StaffName } from '@haven/protocol';
import { checkText, settle, type FieldError, type FormCheck } from './form-check';

export const PASSWORD_LIMITS = {
  min: NewPassword.minLength ?? 12,
  max: NewPassword.maxLength ?? 256,
};
const NAME_MAX = StaffName.maxLength ?? 80;
const EMAIL_MAX = Email.maxLength ?? 254;

export function checkNewPassword(password: string): FieldError | null {
  return checkText(password, { required: true, ...PASSWORD_LIMITS });
}

function checkEmail(email: string): FieldError | null {
  return (
    checkText(email, { required: true, max: EMAIL_MAX }) ??
    (Email.safeParse(email).success ? null : { kind: 'email' })
  );
}

/** Sign-in only needs both fields filled: whether they match is the server's (generic) answer. */
export function checkSignIn(
  email: string,
  password: string,
): FormCheck<{ email: string; password: string }, 'email' | 'password'> {
  const trimmed = email.trim();
  return settle(
    {
      email: checkText(trimmed, { required: true, max: EMAIL_MAX }),
      password: checkText(password, { required: true, max: PASSWORD_LIMITS.max }),
    },
    () => ({ email: trimmed, password }),
  );
}

export interface NewAccountDraft {
  name: string;
  email: string;
  password: string;
}

export function checkNewAccount(
  draft: NewAccountDraft,
): FormCheck<NewAccountDraft, keyof NewAccountDraft> {
  const name = draft.name.trim();
  const email = draft.email.trim();
  return settle(
    {
      name: checkText(name, { required: true, max: NAME_MAX }),
      email: checkEmail(email),
      password: checkNewPassword(draft.password),
    },
    () => ({ name, email, password: draft.password }),
  );
}
