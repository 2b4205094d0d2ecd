import { describe, expect, it } from 'vitest';
import { errorText } from './staff-errors';

describe('errorText', () => {
  it('words refusals for staff, and keeps the common wording for the rest', () => {
    expect(errorText('FORBIDDEN')).toEqual({ ns: 'staff', key: 'errors.FORBIDDEN' });
    expect(errorText('UNAUTHENTICATED')).toEqual({ ns: 'staff', key: 'errors.UNAUTHENTICATED' });
    expect(errorText('RATE_LIMITED')).toEqual({ ns: 'translation', key: 'errors.RATE_LIMITED' });
    expect(errorText('UNAVAILABLE')).toEqual({ ns: 'translation', key: 'errors.UNAVAILABLE' });
  });
});
