import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fr, type Messages } from './messages.ts';
import type { Language } from './detect-language.ts';
import { followPlaceWords, PLACE_CHANGED } from './place-words.ts';

/** A language's texts: French is bundled with the start of the page, English (its own chunk) fetched when chosen. */
async function textsOf(language: Language): Promise<Messages> {
  return language === 'en' ? (await import('./messages.en.ts')).en : fr;
}

/** Keep `<html lang>` in step with the interface, so screen readers pronounce it right. */
function reflectOnDocument(language: string): void {
  document.documentElement.lang = language;
}

/**
 * Start i18next in the language already decided (saved preference or system), its texts loaded
 * first, so the first frame with words is in that language (the splash before it has none).
 */
export async function startI18n(language: Language): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', reflectOnDocument);
  const resources: Record<string, { translation: Messages }> = { fr: { translation: fr } };
  if (language !== 'fr') resources[language] = { translation: await textsOf(language) };
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

/** Switch the whole interface to another language, at once: its texts are fetched first if need be. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'translation')) instance.addResourceBundle(language, 'translation', await textsOf(language));
  if (instance.language !== language) await instance.changeLanguage(language);
  reflectOnDocument(language);
}
