import { translations as en } from '@zxcvbn-ts/language-en';
import { translations as fr } from '@zxcvbn-ts/language-fr';
import type { Localised } from '../text/template.ts';

// zxcvbn-ts is built without `translations`, so its feedback comes back as keys ("recentYears");
// they are turned here into both languages from the language packs' own tables, and the UI
// shows the one it speaks. An unknown key (a newer zxcvbn-ts) is dropped rather than shown raw.

type Table = Record<string, string>;

function translate(key: string, frTable: Table, enTable: Table): Localised | null {
  const frText = frTable[key];
  const enText = enTable[key];
  return frText === undefined || enText === undefined ? null : { fr: frText, en: enText };
}

export function translateWarning(key: string | null): Localised | null {
  return key === null || key === '' ? null : translate(key, fr.warnings, en.warnings);
}

export function translateSuggestions(keys: readonly string[]): Localised[] {
  return keys.map((key) => translate(key, fr.suggestions, en.suggestions)).filter((text): text is Localised => text !== null);
}
