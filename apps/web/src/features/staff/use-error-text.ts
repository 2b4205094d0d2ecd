import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '@haven/protocol';
import { errorText } from './staff-errors';

/** What to tell a staff member about a refused or failed request. */
export function useErrorText(): (error: ErrorBody) => string {
  const { t: staffText } = useTranslation('staff');
  const { t: commonText } = useTranslation();
  return useCallback(
    (error: ErrorBody) => {
      const text = errorText(error.code);
      return text.ns === 'staff' ? staffText(text.key) : commonText(text.key);
    },
    [staffText, commonText],
  );
}
