import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fr, type StartMessages } from './messages.ts';
import type { pageTextsFr } from './page-texts.fr.ts';
import type { Language } from './detect-language.ts';
import { followPlaceWords, PLACE_CHANGED } from './place-words.ts';

type PageTexts = typeof pageTextsFr;

/** A language's first texts: French is bundled with the start of the page, English (its own chunk) fetched when chosen. */
async function textsOf(language: Language): Promise<StartMessages> {
  return language === 'en' ? (await import('./messages.en.ts')).en : fr;
}

/** A language's page texts (messages.ts): a chunk per language, fetched with the first page that needs them. */
async function pageTextsOf(language: Language): Promise<PageTexts> {
  return language === 'en' ? (await import('./page-texts.en.ts')).pageTextsEn : (await import('./page-texts.fr.ts')).pageTextsFr;
}

/** The window's i18next (one per window), for loadPageTexts. */
let current: I18n | null = null;
/** Page texts already added (or being added), by language. */
const pageTexts = new Map<Language, Promise<void>>();

function addPageTexts(instance: I18n, language: Language): Promise<void> {
  let adding = pageTexts.get(language);
  if (!adding) {
    adding = pageTextsOf(language).then((texts) => void instance.addResourceBundle(language, 'translation', texts, true, false));
    // A chunk that failed to come may come on the next try.
    adding.catch(() => pageTexts.delete(language));
    pageTexts.set(language, adding);
  }
  return adding;
}

/**
 * The page texts of the interface's language, before a page other than the dashboard renders
 * (lazy-component.ts awaits it beside the page's code). Once there, immediate.
 */
export function loadPageTexts(): Promise<void> {
  if (!current) return Promise.resolve();
  return addPageTexts(current, current.language === 'en' ? 'en' : 'fr');
}

/** Keep `<html lang>` in step with the interface, so screen readers pronounce it right. */
function reflectOnDocument(language: string): void {
  document.documentElement.lang = language;
}

/**
 * Start i18next in the language already decided (saved preference or system), its texts loaded
 * first, so the first frame with words is in that language (the splash before it has none).
 * A text that is missing is logged as an error (the end-to-end tests fail on it): a page must
 * never show a key, not even while its texts are coming.
 */
export async function startI18n(language: Language): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', reflectOnDocument);
  const resources: Record<string, { translation: StartMessages }> = { fr: { translation: fr } };
  if (language !== 'fr') resources[language] = { translation: await textsOf(language) };
  pageTexts.clear();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'fr',
    supportedLngs: ['fr', 'en'],
    interpolation: { escapeValue: false }, // React already escapes what it renders.
    returnNull: false,
    initAsync: false,
    saveMissing: true,
    // (A call that gives its own default, for a key that may be absent, is not a missing text.)
    missingKeyHandler: (languages, _namespace, key, _fallback, _update, options: { defaultValue?: unknown } | undefined) => {
      if (options?.defaultValue === undefined) console.error(`hygie: no text for "${key}" (${languages.join(', ')})`);
    },
    // Re-render on a language change, and when the practice's type changes its words (place-words.ts).
    react: { bindI18n: `languageChanged ${PLACE_CHANGED}` },
  });
  followPlaceWords(instance);
  reflectOnDocument(language);
  current = instance;
  return instance;
}

/**
 * Switch the whole interface to another language, at once: its texts are fetched first if need
 * be, the page texts too when a page has needed them in the language left.
 */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'translation')) instance.addResourceBundle(language, 'translation', await textsOf(language));
  if (instance === current && pageTexts.size > 0) await addPageTexts(instance, language);
  if (instance.language !== language) await instance.changeLanguage(language);
  reflectOnDocument(language);
}
