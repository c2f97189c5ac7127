import { HygieError } from '../core/model/hygie-error.ts';
import { KEYCHAIN_REFUSALS, type KeychainRefusal } from '../core/store/keytar-secret-store.ts';
import type { Language } from './language.ts';

// When the system keychain refuses the command line for a reason Hygie recognises (see
// keytar-secret-store.ts), the sentence that says why and what to do, after the command's own
// "cannot reach the keychain". The IT provider meets these: over SSH, in a scheduled task.

const N = '\u202f'; // narrow no-break space, before French « : ; ? ! »

export const KEYCHAIN_REFUSAL_TEXTS: Record<Language, Record<KeychainRefusal, string>> = {
  fr: {
    'windows-network-logon':
      `Cause${N}: Windows refuse le Gestionnaire d’identification à cette session (erreur 1312, ERROR_NO_SUCH_LOGON_SESSION). ` +
      `Une ouverture de session «${N}réseau${N}» — une connexion SSH, une tâche planifiée réglée sur «${N}Ne pas enregistrer le mot de passe${N}» — n’a pas accès aux identifiants enregistrés. ` +
      `Lancez la commande dans une session ouverte sur le poste ou par le Bureau à distance, ou dans une tâche planifiée du compte Windows qui utilise Hygie, réglée sur «${N}Exécuter même si l’utilisateur n’est pas connecté${N}» avec le mot de passe enregistré. ` +
      `Pour hygie audit seul, HIBP_API_KEY et HYGIE_DATA_DIR vers un dossier vide permettent de se passer du trousseau (sans les listes locales de fuites).`,
    'macos-no-user-interaction':
      `Cause${N}: macOS n’a pas pu afficher sa demande d’autorisation (errSecInteractionNotAllowed, -25308). ` +
      `Les clés ont été créées par Hygie.app${N}; macOS demande avant de les laisser lire à un autre programme (ici node), et ne peut pas demander par SSH ni sans écran. ` +
      `Lancez la commande dans le Terminal de la session ouverte sur le Mac et répondez «${N}Autoriser${N}» (ou «${N}Toujours autoriser${N}», qui laisse tout script lancé par ce node lire les clés de Hygie, y compris par SSH une fois le trousseau déverrouillé par security unlock-keychain). ` +
      `Pour hygie audit seul, HIBP_API_KEY et HYGIE_DATA_DIR vers un dossier vide permettent de se passer du trousseau (sans les listes locales de fuites).`,
    'macos-denied':
      `Cause${N}: la demande d’autorisation du trousseau a reçu «${N}Refuser${N}» (ou a été fermée)${N}: macOS n’a pas laissé node lire les clés de Hygie. Relancez la commande et choisissez «${N}Autoriser${N}».`,
  },
  en: {
    'windows-network-logon':
      'Cause: Windows refuses the Credential Manager to this session (error 1312, ERROR_NO_SUCH_LOGON_SESSION). ' +
      'A network logon — an SSH connection, a scheduled task set to "Do not store password" — has no access to the saved credentials. ' +
      'Run the command in a session opened at the computer or by Remote Desktop, or in a scheduled task of the Windows account that uses Hygie, set to "Run whether user is logged on or not" with the password stored. ' +
      'For hygie audit alone, HIBP_API_KEY with HYGIE_DATA_DIR set to an empty folder does without the keychain (and without the local breach lists).',
    'macos-no-user-interaction':
      'Cause: macOS could not show its permission prompt (errSecInteractionNotAllowed, -25308). ' +
      'The keys were created by Hygie.app; macOS asks before another program (here node) reads them, and cannot ask over SSH or without a screen. ' +
      'Run the command in Terminal in the session logged in at the Mac and answer "Allow" (or "Always Allow", which lets any script run by this node read Hygie\'s keys, over SSH too once the keychain is unlocked with security unlock-keychain). ' +
      'For hygie audit alone, HIBP_API_KEY with HYGIE_DATA_DIR set to an empty folder does without the keychain (and without the local breach lists).',
    'macos-denied':
      'Cause: the keychain\'s permission prompt was answered "Deny" (or closed): macOS did not let node read Hygie\'s keys. Run the command again and choose "Allow".',
  },
};

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
