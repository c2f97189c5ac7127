import type { Language } from '../core/model/schemas/preferences.ts';

// The CLI's language when --lang is not given: the locale the shell runs under, in POSIX order
// (LC_ALL overrides LC_MESSAGES, which overrides LANG). A terminal is not a French practice's
// front-desk screen: anything that is not French gets English.

export type { Language };

export function isLanguage(value: unknown): value is Language {
  return value === 'fr' || value === 'en';
}

export function languageFromEnvironment(env: NodeJS.ProcessEnv): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].map((value) => value?.trim() ?? '').find((value) => value !== '') ?? '';
  return /^fr(?:[_.@-]|$)/iu.test(locale) ? 'fr' : 'en';
}
