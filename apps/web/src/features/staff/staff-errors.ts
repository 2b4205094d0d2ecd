import type { ErrorCode } from '@haven/protocol';

/**
 * Codes whose participant wording ("join the session again") does not fit a staff page; they
 * have their own text in the staff strings. Every other code keeps the common wording.
 */
const STAFF_WORDED = [
  'INVALID_ARGUMENT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
] as const satisfies readonly ErrorCode[];

type StaffWorded = (typeof STAFF_WORDED)[number];

export type ErrorText =
  | { ns: 'staff'; key: `errors.${StaffWorded}` }
  | { ns: 'translation'; key: `errors.${Exclude<ErrorCode, StaffWorded>}` };

const isStaffWorded = (code: ErrorCode): code is StaffWorded =>
  (STAFF_WORDED as readonly ErrorCode[]).includes(code);

export function errorText(code: ErrorCode): ErrorText {
  return isStaffWorded(code)
    ? { ns: 'staff', key: `errors.${code}` }
    : { ns: 'translation', key: `errors.${code}` };
}
