import { z } from 'zod';
import { Id, Instant } from '../common';

export const StaffRole = z.enum(['facilitator', 'moderator']);
export type StaffRole = z.infer<typeof StaffRole>;

export const PASSWORD_MIN = 12;

export const Email = z.email().max(254);
/** Long passphrases welcome; no composition rules (NIST SP 800-63B). */
export const NewPassword = z.string().min(PASSWORD_MIN).max(256);
export const StaffName = z.string().trim().min(1).max(80);

export const StaffView = z.object({
  id: Id,
  email: z.string(),
  name: z.string(),
  role: StaffRole,
  isAdmin: z.boolean(),
});
export type StaffView = z.infer<typeof StaffView>;

export const SignInRequest = z.strictObject({
  email: z.string().max(254),
  password: z.string().max(256),
});

/** The signed-in account and the token to send as X-CSRF-Token on every change. */
export const SignedIn = z.object({ staff: StaffView, csrfToken: z.string() });
export type SignedIn = z.infer<typeof SignedIn>;

export const CreateStaffInviteRequest = z.strictObject({ role: StaffRole });

/** A one-time link; the token in it is shown once and stored only as a hash. */
export const OneTimeLink = z.object({ link: z.url(), expiresAt: Instant });
export type OneTimeLink = z.infer<typeof OneTimeLink>;

export const AcceptStaffInviteRequest = z.strictObject({
  token: z.string().min(16).max(128),
  name: StaffName,
  email: Email,
  password: NewPassword,
});

export const SetPasswordRequest = z.strictObject({
  token: z.string().min(16).max(128),
  password: NewPassword,
});

export const StaffList = z.object({ staff: z.array(StaffView) });

export const StaffIdParams = z.strictObject({ staffId: Id });
