// Turns whatever a call threw into texts the ErrorBanner can show in either language.
import type { Localised } from '../../electron/core/model/schemas/localised.ts';
import en from '../i18n/en.json';
import fr from '../i18n/fr.json';
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
      message: { fr: fr.errors.bridgeMissing.message, en: en.errors.bridgeMissing.message },
      action: { fr: fr.errors.bridgeMissing.action, en: en.errors.bridgeMissing.action },
    };
  }
  // Not a failure the engine described: a bug on this side. Keep the trace for the IT provider.
  console.error('hygie: unexpected failure in the interface', error);
  return {
    message: { fr: fr.errors.unexpected.message, en: en.errors.unexpected.message },
    action: { fr: fr.errors.unexpected.action, en: en.errors.unexpected.action },
  };
}
