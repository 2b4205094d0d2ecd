import { CreateInviteRequest, type HttpBody } from '@haven/protocol';
import { parseWholeNumber, settle, type FormCheck } from '../staff/form-check';

const days = CreateInviteRequest.shape.expiresInDays.unwrap();
const uses = CreateInviteRequest.shape.maxUses.unwrap().unwrap();

export const EXPIRY_DAYS = { min: days.minValue ?? 1, max: days.maxValue ?? 90, default: 14 };
export const MAX_USES = { min: uses.minValue ?? 1, max: uses.maxValue ?? 1000 };

export interface InviteDraft {
  expiresInDays: string;
  /** Empty: as many people as like may use the link until it expires. */
  maxUses: string;
}

export const newInviteDraft = (): InviteDraft => ({
  expiresInDays: String(EXPIRY_DAYS.default),
  maxUses: '',
});

export type NewInvite = Required<HttpBody<'invites:create'>>;

export function checkInviteDraft(draft: InviteDraft): FormCheck<NewInvite, keyof InviteDraft> {
  const expires = parseWholeNumber(draft.expiresInDays, EXPIRY_DAYS.min, EXPIRY_DAYS.max);
  const limited = draft.maxUses.trim() !== '';
  const max = limited ? parseWholeNumber(draft.maxUses, MAX_USES.min, MAX_USES.max) : null;
  return settle(
    {
      expiresInDays: expires.ok ? null : expires.error,
      maxUses: max === null || max.ok ? null : max.error,
    },
    () => ({
      expiresInDays: expires.ok ? expires.value : EXPIRY_DAYS.default,
      maxUses: max?.ok ? max.value : null,
    }),
  );
}
