import { HygieError } from '../core/model/hygie-error.ts';
import { KEYCHAIN_REFUSALS, type KeychainRefusal } from '../core/store/keytar-secret-store.ts';
import cliKeychainEn from '../core/text/cli-keychain.en.ts';
import cliKeychainFr from '../core/text/cli-keychain.fr.ts';
import { bothLanguages } from '../core/text/template.ts';
import type { Language } from './language.ts';

// When the system keychain refuses the command line for a reason Hygie recognises (see
// keytar-secret-store.ts), the sentence that says why and what to do (core/text/cli-keychain.*.ts),
// after the command's own "cannot reach the keychain". The IT provider meets these: over SSH, in a
// scheduled task.

// Only this area of the text catalogue, not all of it (core/text/messages.ts): the CLI starts faster.
const TEXTS = bothLanguages(cliKeychainFr, cliKeychainEn);

export const KEYCHAIN_REFUSAL_TEXTS: Readonly<Record<Language, Readonly<Record<KeychainRefusal, string>>>> = { fr: TEXTS.fr.cliKeychain, en: TEXTS.en.cliKeychain };

/** The refusal a keychain error carries (details.reason), if it is one of the known ones. */
export function keychainRefusalOf(error: unknown): KeychainRefusal | null {
  const reason = error instanceof HygieError ? error.details?.reason : undefined;
  return (KEYCHAIN_REFUSALS as readonly unknown[]).includes(reason) ? (reason as KeychainRefusal) : null;
}

/** `sentence`, followed by the cause and its remedy when the keychain said which. */
export function withKeychainCause(language: Language, sentence: string, error: unknown): string {
  const refusal = keychainRefusalOf(error);
  return refusal ? `${sentence} ${KEYCHAIN_REFUSAL_TEXTS[language][refusal]}` : sentence;
}
