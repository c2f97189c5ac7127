import type { i18n as I18n } from 'i18next';
import type { Preferences } from '../../electron/core/model/schemas/preferences.ts';
import { api } from '../api/client.ts';
import { toFailureText, type FailureText } from '../api/failure-text.ts';
import { resolveLanguage } from '../i18n/detect-language.ts';
import { startI18n } from '../i18n/index.ts';

export interface Startup {
  i18n: I18n;
  /** null when the saved preferences could not be read; `failure` then says why. */
  preferences: Preferences | null;
  failure: FailureText | null;
}

/**
 * Everything the first frame needs: the saved language (or the system's), i18next started in
 * it. If the preferences cannot be read, Hygie still starts, in the system language, and says why.
 */
export async function loadStartup(): Promise<Startup> {
  let preferences: Preferences | null = null;
  let failure: FailureText | null = null;
  try {
    preferences = await api.settings.get();
  } catch (error) {
    failure = toFailureText(error);
  }
  const language = resolveLanguage(preferences?.language ?? null, navigator);
  const i18n = await startI18n(language);
  return { i18n, preferences, failure };
}
