import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody, ErrorCode } from '@haven/protocol';

const OWN_WORDING = ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED'] as const;
type OwnWording = (typeof OWN_WORDING)[number];
const ownWording = (code: ErrorCode): code is OwnWording =>
  (OWN_WORDING as readonly ErrorCode[]).includes(code);

/**
 * Why a check-in was refused, in the person's language. The server's own message is English
 * and never shown; the refusals it can give each have their wording here.
 */
export function useRefusalText(): (error: ErrorBody) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: ErrorBody) =>
      ownWording(error.code) ? t(`checkIn.refused.${error.code}`) : t(`errors.${error.code}`),
    [t],
  );
}
