import type { i18n as I18n } from 'i18next';
import { placeKindOf, type PlaceKind, type Profession } from '../../electron/core/model/profession.ts';

// The word for the practice follows its type (issue 16): "votre pharmacie", "du laboratoire",
// "the health centre". Texts name it with {{place.your}}, {{place.of}}, {{place.the}}… (the forms
// under `place.<kind>` in fr.json and en.json); those values are i18next's default variables, so
// every t() fills them without each call passing them, in the interface's language.

/** Emitted when the practice's type changes: react-i18next re-renders on it (bindI18n). */
export const PLACE_CHANGED = 'placeChanged';

const kinds = new WeakMap<I18n, PlaceKind>();

function applyPlaceWords(instance: I18n): void {
  const kind = kinds.get(instance) ?? 'practice';
  const place = instance.getResource(instance.language, 'translation', `place.${kind}`) as Record<string, string> | undefined;
  // In place: the translator and the interpolator read this very options object.
  const interpolation = (instance.options.interpolation ??= {});
  interpolation.defaultVariables = { ...interpolation.defaultVariables, place: place ?? {} };
}

/** Fill the place words for the current language now, and again whenever the language changes. */
export function followPlaceWords(instance: I18n): void {
  applyPlaceWords(instance);
  instance.on('languageChanged', () => applyPlaceWords(instance));
}

/** The practice is known (or has changed type): its words from now on, on every page. */
export function setPracticeType(instance: I18n, profession: Profession | null): void {
  const kind = placeKindOf(profession);
  if (kinds.get(instance) === kind) return;
  kinds.set(instance, kind);
  applyPlaceWords(instance);
  instance.emit(PLACE_CHANGED, kind);
}
