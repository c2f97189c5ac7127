// Turns whatever a call threw into texts the ErrorBanner can show in either language.
import type { Localised } from '../../electron/core/model/schemas/localised.ts';
// Only this area of the texts in both languages (not the English catalogue, fetched when chosen).
import en from '../i18n/areas/failures.en.json';
import fr from '../i18n/areas/failures.fr.json';
import { ApiFailure, BridgeUnavailableError } from './client.ts';

/** What the user reads when something fails: what happened, what to do, and a code for IT. */
export interface FailureText {
  code?: string;
  message: Localised;
  action: Localised;
  /** Safe facts for the IT provider (a status, a file name), shown folded under the message. */
  details?: Readonly<Record<string, string | number | boolean>>;
}

export function toFailureText(error: unknown): FailureText {
  if (error instanceof ApiFailure) return error.error;
  if (error instanceof BridgeUnavailableError) {
    return {
      code: 'bridge-missing',
      message: { fr: fr.failures.bridgeMissing.message, en: en.failures.bridgeMissing.message },
      action: { fr: fr.failures.bridgeMissing.action, en: en.failures.bridgeMissing.action },
    };
  }
  // Not a failure the engine described: a bug on this side. Keep the trace for the IT provider.
  console.error('hygie: unexpected failure in the interface', error);
  return {
    message: { fr: fr.failures.unexpected.message, en: en.failures.unexpected.message },
    action: { fr: fr.failures.unexpected.action, en: en.failures.unexpected.action },
  };
}
