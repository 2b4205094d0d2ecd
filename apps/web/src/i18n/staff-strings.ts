import type { i18n as I18n } from 'i18next';
import en from './locales/staff/en.json';
import ar from './locales/staff/ar.json';

export const STAFF_NS = 'staff';
export const staffResources = { en, ar } as const;

/**
 * The staff pages' strings, added when their code loads: participants, on prepaid data, never
 * download them.
 */
export function addStaffStrings(i18n: I18n): void {
  for (const [language, strings] of Object.entries(staffResources))
    if (!i18n.hasResourceBundle(language, STAFF_NS))
      i18n.addResourceBundle(language, STAFF_NS, strings);
}
