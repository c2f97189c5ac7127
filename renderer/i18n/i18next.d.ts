// Typed translation keys: `t('nav.staff')` is checked against fr.json at compile time.
import 'i18next';
import type fr from './fr.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}
