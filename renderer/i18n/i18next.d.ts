// Typed translation keys: `t('nav.staff')` is checked against the French texts at compile time.
import 'i18next';
import type { fr } from './messages.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}
