import type { Verdict } from '../core/model/schemas/password.ts';
import type { Language } from './language.ts';

// The sentences of `hygie password`, French first and English equal, beside the audit's in
// messages.ts. The rules' own explanations come from core in both languages.

export interface PasswordCliTexts {
  title(version: string): string;
  privacy: string;
  prompt: string;
  verdict: Record<Verdict, string>;
  verdictLine(verdict: string): string;
  policyLine(title: string, citation: string, url: string, cnilCase: '1' | '2' | null): string;
  strength(score: number, estimatedBits: number, theoreticalBits: number): string;
  rulesHeading: string;
  pwnedFound(count: number): string;
  pwnedAbsent: string;
  pwnedNotChecked(reason: string): string;
  reuse: string;
  advice: string;
  othersHeading: string;
  otherPolicy(title: string, verdict: string): string;
  nextFail: string;
  nextNotChecked: string;
  noPracticeData(dataDir: string): string;
  practiceDataUnreadable(message: string): string;
  usage: {
    badPolicy(value: string): string;
    jsonTakesNoValue: string;
    extraArgument: string;
    noPassword: string;
    tooLong(max: number): string;
    cancelled: string;
    unreadable: string;
  };
}

const group = (value: number, language: Language) => new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB').format(value);

const FR: PasswordCliTexts = {
  title: (version) => `Hygie ${version} — vérification d'un mot de passe`,
  privacy:
    "Le mot de passe n'est ni affiché ni enregistré ; seuls les 5 premiers caractères de son empreinte SHA-1 partent vers Pwned Passwords.",
  prompt: "Mot de passe (rien ne s'affiche, Entrée pour valider) : ",
  verdict: {
    pass: 'conforme',
    fail: 'non conforme',
    'not-checked': "à confirmer — la recherche dans les fuites n'a pas pu aboutir",
  },
  verdictLine: (verdict) => `Verdict : ${verdict}`,
  policyLine: (title, citation, url, cnilCase) =>
    `Politique : ${title}${cnilCase ? ` (cas ${cnilCase})` : ''} — ${citation} — ${url}`,
  strength: (score, estimatedBits, theoreticalBits) =>
    `Robustesse : ${score}/4 — environ ${Math.round(estimatedBits)} bits estimés ; entropie théorique ${Math.round(theoreticalBits)} bits`,
  rulesHeading: 'Règles de la politique :',
  pwnedFound: (count) =>
    `Fuites (Pwned Passwords) : trouvé ${group(count, 'fr')} fois dans des fuites de données — ne l'utilisez plus nulle part.`,
  pwnedAbsent: 'Fuites (Pwned Passwords) : absent des fuites connues.',
  pwnedNotChecked: (reason) => `Fuites (Pwned Passwords) : non vérifié (${reason}) — ce n'est pas un résultat « sans fuite ».`,
  reuse:
    "Réutilisation : sans objet ici — un seul mot de passe n'a rien avec quoi être comparé. L'application compare ceux d'une même personne.",
  advice: 'Conseil :',
  othersHeading: 'Autres politiques, pour information :',
  otherPolicy: (title, verdict) => `  ${title} : ${verdict}`,
  nextFail: 'Que faire : choisissez une phrase de passe (7 mots ou plus, tirés au hasard) propre à ce compte.',
  nextNotChecked: "Relancez quand Pwned Passwords répond (ou configurez une copie locale) : sans cette recherche, rien n'est sûr.",
  noPracticeData: (dataDir) =>
    `Aucune donnée Hygie dans ${dataDir} : vérifié sans le nom du cabinet, sa ville ni sa profession (seuls les mots des portails de santé sont essayés).`,
  practiceDataUnreadable: (message) =>
    `Les données du cabinet n'ont pas pu être ouvertes (${message}) : vérifié sans le nom du cabinet, sa ville ni sa profession.`,
  usage: {
    badPolicy: (value) => `Politique inconnue : « ${value} ». Choisissez --policy cnil, anssi, nist ou hipaa.`,
    jsonTakesNoValue: "Avec hygie password, --json ne prend pas de valeur : le résultat JSON s'écrit sur la sortie standard.",
    extraArgument:
      "Argument en trop (il n'est pas répété ici). Le mot de passe se donne sur l'entrée standard, jamais sur la ligne de commande : il resterait dans l'historique.",
    noPassword: "Aucun mot de passe reçu sur l'entrée standard. Tapez-le, ou envoyez-le sur la première ligne : … | hygie password",
    tooLong: (max) => `Mot de passe trop long : ${max} caractères au plus.`,
    cancelled: 'Interrompu : aucun mot de passe vérifié.',
    unreadable: "L'entrée standard n'a pas pu être lue.",
  },
};

const EN: PasswordCliTexts = {
  title: (version) => `Hygie ${version} — password check`,
  privacy: 'The password is neither shown nor saved; only the first 5 characters of its SHA-1 hash go to Pwned Passwords.',
  prompt: 'Password (nothing is shown, Enter to confirm): ',
  verdict: {
    pass: 'passes',
    fail: 'fails',
    'not-checked': 'to be confirmed — the breach lookup could not be done',
  },
  verdictLine: (verdict) => `Verdict: ${verdict}`,
  policyLine: (title, citation, url, cnilCase) => `Policy: ${title}${cnilCase ? ` (case ${cnilCase})` : ''} — ${citation} — ${url}`,
  strength: (score, estimatedBits, theoreticalBits) =>
    `Strength: ${score}/4 — about ${Math.round(estimatedBits)} estimated bits; theoretical entropy ${Math.round(theoreticalBits)} bits`,
  rulesHeading: "The policy's rules:",
  pwnedFound: (count) => `Breaches (Pwned Passwords): seen ${group(count, 'en')} times in data breaches — do not use it anywhere any more.`,
  pwnedAbsent: 'Breaches (Pwned Passwords): not in any known breach.',
  pwnedNotChecked: (reason) => `Breaches (Pwned Passwords): not checked (${reason}) — this is not a "no breach" result.`,
  reuse: "Reuse: not applicable here — a single password has nothing to be compared with. The app compares one person's passwords.",
  advice: 'Advice:',
  othersHeading: 'Other policies, for information:',
  otherPolicy: (title, verdict) => `  ${title}: ${verdict}`,
  nextFail: 'What to do: choose a passphrase (7 or more random words) used for this account only.',
  nextNotChecked: 'Run again when Pwned Passwords answers (or set up a local copy): without that lookup, nothing is certain.',
  noPracticeData: (dataDir) =>
    `No Hygie data in ${dataDir}: checked without the practice's name, city or profession (only the health-portal words are tried).`,
  practiceDataUnreadable: (message) =>
    `The practice's data could not be opened (${message}): checked without the practice's name, city or profession.`,
  usage: {
    badPolicy: (value) => `Unknown policy: "${value}". Use --policy cnil, anssi, nist or hipaa.`,
    jsonTakesNoValue: 'With hygie password, --json takes no value: the JSON result goes to standard output.',
    extraArgument:
      "Unexpected argument (not repeated here). The password comes on standard input, never on the command line: it would stay in the shell's history.",
    noPassword: 'No password received on standard input. Type it, or send it on the first line: … | hygie password',
    tooLong: (max) => `Password too long: ${max} characters at most.`,
    cancelled: 'Cancelled: no password checked.',
    unreadable: 'Standard input could not be read.',
  },
};

export const PASSWORD_TEXTS: Record<Language, PasswordCliTexts> = { fr: FR, en: EN };
