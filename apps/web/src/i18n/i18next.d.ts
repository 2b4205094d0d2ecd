import type { resources } from './i18n';
import type { staffResources } from './staff-strings';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['en'] & { staff: (typeof staffResources)['en'] };
  }
}
