import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The interface's texts as the renderer merges them (renderer/i18n/messages.ts): the base file
// plus every area file of that language. Tests read them to find buttons by their real labels.

export type Lang = 'fr' | 'en';
export type Messages = Record<string, any>;

const I18N = resolve(import.meta.dirname, '../../renderer/i18n');

export function loadMessages(language: Lang): Messages {
  const merged: Messages = JSON.parse(readFileSync(join(I18N, `${language}.json`), 'utf8'));
  const areas = join(I18N, 'areas');
  for (const file of readdirSync(areas).sort()) {
    if (file.endsWith(`.${language}.json`)) Object.assign(merged, JSON.parse(readFileSync(join(areas, file), 'utf8')));
  }
  return merged;
}

export const messages: Record<Lang, Messages> = { fr: loadMessages('fr'), en: loadMessages('en') };
