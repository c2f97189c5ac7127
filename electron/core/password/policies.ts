import type { AccountFacts, Bilingual } from '../model/schemas/password.ts';
import type { PolicyId } from '../model/schemas/practice.ts';

// The rule sets a practice can be audited against, as data: each policy names its source and
// lists its rules; evaluate-policy.ts interprets them. Thresholds that depend on the account
// (MFA on, an administrator, a lock-out) are written as a default plus the fact that changes it.
// Sources and wording: README.md in this folder, each policy with its source.

/** A number that depends on the account: the first `when` whose fact is true wins. */
export interface Threshold {
  default: number;
  when?: readonly { fact: keyof AccountFacts; value: number }[];
}

export type PolicyRule =
  /** CNIL 2022-100's entropy floor, on the theoretical bits (theoretical-bits.ts). */
  | { kind: 'min-theoretical-bits'; bits: Threshold }
  /** Characters, counted as Unicode code points. */
  | { kind: 'min-length'; length: Threshold; mfaPreferred?: boolean }
  /** Every class (lower, upper, digit, special) required, unless the password is long enough. */
  | { kind: 'character-classes'; required: 4; optionalFromLength: number }
  /** zxcvbn's score (after the context rule) at least this. */
  | { kind: 'not-guessable'; minScore: number }
  | { kind: 'no-context-words' }
  | { kind: 'not-pwned' }
  | { kind: 'not-reused' };

export interface PolicyDefinition {
  id: PolicyId;
  title: Bilingual;
  source: { citation: string; url: string };
  /** What the policy asks, in a sentence (shown above its rules). */
  summary: Bilingual;
  rules: readonly PolicyRule[];
  /** HIPAA: what the practice's written procedure and the report must show. */
  procedures?: readonly Bilingual[];
}

/** "Hard to guess" for every policy: zxcvbn's 3 ("safely unguessable": over 10^8 guesses). */
export const MIN_GUESSABILITY_SCORE = 3;

const BLOCKLIST_RULES: readonly PolicyRule[] = [
  { kind: 'not-guessable', minScore: MIN_GUESSABILITY_SCORE },
  { kind: 'no-context-words' },
  { kind: 'not-pwned' },
  { kind: 'not-reused' },
];

export const HIPAA_PROCEDURES: readonly Bilingual[] = [
  {
    fr: 'Une procédure écrite pour créer, changer et protéger les mots de passe (45 CFR 164.308(a)(5)(ii)(D)).',
    en: 'A written procedure for creating, changing and safeguarding passwords (45 CFR 164.308(a)(5)(ii)(D)).',
  },
  {
    fr: 'Chaque personne a ses propres identifiants\u00a0: pas de compte partagé (45 CFR 164.312(d)).',
    en: 'Each person has their own credentials: no shared accounts (45 CFR 164.312(d)).',
  },
  {
    fr: 'Les mots de passe de chaque compte ont été vérifiés\u00a0: difficiles à deviner, sans le nom du cabinet ni de la personne, absents des fuites connues, différents d’un compte à l’autre.',
    en: 'Every account’s password has been checked: hard to guess, free of the practice’s and the person’s names, absent from known breaches, different on each account.',
  },
  {
    fr: 'Un mot de passe trouvé dans une fuite est changé sans attendre.',
    en: 'A password found in a breach is changed at once.',
  },
  {
    fr: 'La double authentification est activée là où le service la propose.',
    en: 'Multi-factor authentication is on wherever the service offers it.',
  },
  {
    fr: 'Les mots de passe sont gardés dans un gestionnaire de mots de passe, jamais sur papier ni dans un fichier.',
    en: 'Passwords are kept in a password manager, never on paper or in a file.',
  },
];

export const POLICIES: Readonly<Record<PolicyId, PolicyDefinition>> = {
  'cnil-2022': {
    id: 'cnil-2022',
    title: { fr: 'CNIL 2022', en: 'CNIL 2022 (France)' },
    source: {
      citation: 'CNIL, délibération n° 2022-100 du 21 juillet 2022',
      url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046130566',
    },
    summary: {
      fr: 'Au moins 80\u00a0bits pour un mot de passe seul (12\u00a0caractères avec majuscules, minuscules, chiffres et caractères spéciaux, ou 14 avec majuscules, minuscules et chiffres, ou une phrase de 7\u00a0mots)\u00a0; 50\u00a0bits si le compte se bloque après plusieurs essais ratés.',
      en: 'At least 80 bits for a password alone (12 characters with upper and lower case, digits and special characters, or 14 with upper and lower case and digits, or a 7-word passphrase); 50 bits when the account locks after failed attempts.',
    },
    rules: [{ kind: 'min-theoretical-bits', bits: { default: 80, when: [{ fact: 'lockout', value: 50 }] } }, ...BLOCKLIST_RULES],
  },
  'anssi-2021': {
    id: 'anssi-2021',
    title: { fr: 'ANSSI 2021', en: 'ANSSI 2021 (France)' },
    source: {
      citation: 'ANSSI, Recommandations relatives à l’authentification multifacteur et aux mots de passe, v2.0, 2021',
      url: 'https://cyber.gouv.fr/publications/recommandations-relatives-lauthentification-multifacteur-et-aux-mots-de-passe',
    },
    summary: {
      fr: '12\u00a0caractères au moins (16 pour un administrateur), les quatre types de caractères sauf à partir de 20\u00a0caractères, et la double authentification de préférence.',
      en: 'At least 12 characters (16 for an administrator), all four character types unless 20 characters or more, and multi-factor authentication preferred.',
    },
    rules: [
      { kind: 'min-length', length: { default: 12, when: [{ fact: 'admin', value: 16 }] }, mfaPreferred: true },
      { kind: 'character-classes', required: 4, optionalFromLength: 20 },
      ...BLOCKLIST_RULES,
    ],
  },
  'nist-800-63b': {
    id: 'nist-800-63b',
    title: { fr: 'NIST SP 800-63B-4 (États-Unis)', en: 'NIST SP 800-63B-4' },
    source: { citation: 'NIST SP 800-63B-4 (2025), §3.1.1.2', url: 'https://pages.nist.gov/800-63-4/sp800-63b.html' },
    summary: {
      fr: '15\u00a0caractères au moins (8 si le compte a la double authentification), aucune règle de composition, et refus des mots de passe courants, des mots liés au contexte et de ceux trouvés dans des fuites.',
      en: 'At least 15 characters (8 when the account has multi-factor authentication), no composition rules, and common passwords, context words and breached passwords refused.',
    },
    rules: [{ kind: 'min-length', length: { default: 15, when: [{ fact: 'mfa', value: 8 }] } }, ...BLOCKLIST_RULES],
  },
  hipaa: {
    id: 'hipaa',
    title: { fr: 'HIPAA (États-Unis)', en: 'HIPAA Security Rule' },
    source: {
      citation: '45 CFR 164.308(a)(5)(ii)(D) and 164.312(d)',
      url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-C',
    },
    summary: {
      fr: 'Des procédures pour créer, changer et protéger les mots de passe\u00a0: pas de longueur imposée, mais des mots de passe difficiles à deviner, sans mots liés au contexte, absents des fuites et non réutilisés.',
      en: 'Procedures for creating, changing and safeguarding passwords: no set length, but passwords that are hard to guess, free of context words, absent from breaches and not reused.',
    },
    rules: BLOCKLIST_RULES,
    procedures: HIPAA_PROCEDURES,
  },
};

/** The threshold that applies to this account. */
export function thresholdFor(threshold: Threshold, facts: AccountFacts): number {
  return threshold.when?.find((entry) => facts[entry.fact])?.value ?? threshold.default;
}
