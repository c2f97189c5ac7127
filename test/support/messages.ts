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

/** The texts as written, with the practice's words still as {{place.of}}, {{place.the}}… */
export const rawMessages: Record<Lang, Messages> = { fr: loadMessages('fr'), en: loadMessages('en') };

/**
 * Every text with the practice's words filled in for one kind of practice (`place.<kind>` in the
 * files; renderer/i18n/place-words.ts), as the pages show them for that kind.
 */
export function messagesFor(language: Lang, kind: string): Messages {
  const forms = rawMessages[language].place[kind] as Record<string, string>;
  const fillIn = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(/\{\{place\.(\w+)\}\}/gu, (_, form: string) => forms[form] ?? '');
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, fillIn(child)]));
    return value;
  };
  return fillIn(rawMessages[language]) as Messages;
}

/** The texts as a GP's practice ("cabinet") sees them: what most tests' practices are. */
export const messages: Record<Lang, Messages> = { fr: messagesFor('fr', 'practice'), en: messagesFor('en', 'practice') };
