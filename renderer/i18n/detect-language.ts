import type { Language } from '../../electron/core/model/schemas/preferences.ts';

export type { Language };

/** The languages Hygie speaks, French first. */
export const LANGUAGES: readonly Language[] = ['fr', 'en'];

/** French practices first: anything that is neither French nor English gets French. */
export const FALLBACK_LANGUAGE: Language = 'fr';

/** What the browser (Chromium: the operating system) reports, most preferred first. */
export interface LanguageSource {
  readonly languages?: readonly string[] | undefined;
  readonly language?: string | undefined;
}

/**
 * The language to show when the user has not chosen one: the first language the system
 * prefers, if it is French or English; French otherwise. Pure: no global is read.
 */
export function detectLanguage(source: LanguageSource): Language {
  const first = source.languages?.[0] ?? source.language ?? '';
  const tag = first.trim().toLowerCase();
  if (tag.startsWith('fr')) return 'fr';
  if (tag.startsWith('en')) return 'en';
  return FALLBACK_LANGUAGE;
}

/** The saved choice wins; `null` means "follow the system". */
export function resolveLanguage(saved: Language | null, source: LanguageSource): Language {
  return saved ?? detectLanguage(source);
}
