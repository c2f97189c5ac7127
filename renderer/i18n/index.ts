import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, fr } from './messages.ts';
import type { Language } from './detect-language.ts';
import { followPlaceWords, PLACE_CHANGED } from './place-words.ts';

export const resources = {
  fr: { translation: fr },
  en: { translation: en },
} as const;

/** Keep `<html lang>` in step with the interface, so screen readers pronounce it right. */
function reflectOnDocument(language: string): void {
  document.documentElement.lang = language;
}

/**
 * Start i18next in the language already decided (saved preference or system), so the first
 * frame is in the right language. Resources are bundled: initialisation is synchronous.
 */
export async function startI18n(language: Language): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', reflectOnDocument);
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'fr',
    supportedLngs: ['fr', 'en'],
    interpolation: { escapeValue: false }, // React already escapes what it renders.
    returnNull: false,
    initAsync: false,
    // Re-render on a language change, and when the practice's type changes its words (place-words.ts).
    react: { bindI18n: `languageChanged ${PLACE_CHANGED}` },
  });
  followPlaceWords(instance);
  reflectOnDocument(language);
  return instance;
}

/** Switch the whole interface to another language, at once. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  if (instance.language !== language) await instance.changeLanguage(language);
  reflectOnDocument(language);
}
