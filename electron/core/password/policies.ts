import type { AccountFacts } from '../model/schemas/password.ts';
import type { PolicyId } from '../model/schemas/practice.ts';
import { inBothLanguages, TEXTS } from '../text/messages.ts';
import type { Localised } from '../text/template.ts';

// The rule sets a practice can be audited against, as data: each policy names its source and
// lists its rules; evaluate-policy.ts interprets them. Thresholds that depend on the account
// (MFA on, an administrator, a lock-out) are written as a default plus the fact that changes it.
// Sources and wording: README.md in this folder, each policy with its source; the titles, summaries and
// HIPAA's procedures are in text/password.*.ts.

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
  title: Localised;
  source: { citation: string; url: string };
  /** What the policy asks, in a sentence (shown above its rules). */
  summary: Localised;
  rules: readonly PolicyRule[];
  /** HIPAA: what the practice's written procedure and the report must show. */
  procedures?: readonly Localised[];
}

/** "Hard to guess" for every policy: zxcvbn's 3 ("safely unguessable": over 10^8 guesses). */
export const MIN_GUESSABILITY_SCORE = 3;

const BLOCKLIST_RULES: readonly PolicyRule[] = [
  { kind: 'not-guessable', minScore: MIN_GUESSABILITY_SCORE },
  { kind: 'no-context-words' },
  { kind: 'not-pwned' },
  { kind: 'not-reused' },
];

export const HIPAA_PROCEDURES: readonly Localised[] = TEXTS.fr.password.hipaaProcedures.map((_, index) =>
  inBothLanguages((texts) => texts.password.hipaaProcedures[index]!),
);

const title = (id: PolicyId) => inBothLanguages((texts) => texts.password.policies[id].title);
const summary = (id: PolicyId) => inBothLanguages((texts) => texts.password.policies[id].summary);

export const POLICIES: Readonly<Record<PolicyId, PolicyDefinition>> = {
  'cnil-2022': {
    id: 'cnil-2022',
    title: title('cnil-2022'),
    source: {
      citation: 'CNIL, délibération n° 2022-100 du 21 juillet 2022',
      url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046130566',
    },
    summary: summary('cnil-2022'),
    rules: [{ kind: 'min-theoretical-bits', bits: { default: 80, when: [{ fact: 'lockout', value: 50 }] } }, ...BLOCKLIST_RULES],
  },
  'anssi-2021': {
    id: 'anssi-2021',
    title: title('anssi-2021'),
    source: {
      citation: 'ANSSI, Recommandations relatives à l’authentification multifacteur et aux mots de passe, v2.0, 2021',
      url: 'https://cyber.gouv.fr/publications/recommandations-relatives-lauthentification-multifacteur-et-aux-mots-de-passe',
    },
    summary: summary('anssi-2021'),
    rules: [
      { kind: 'min-length', length: { default: 12, when: [{ fact: 'admin', value: 16 }] }, mfaPreferred: true },
      { kind: 'character-classes', required: 4, optionalFromLength: 20 },
      ...BLOCKLIST_RULES,
    ],
  },
  'nist-800-63b': {
    id: 'nist-800-63b',
    title: title('nist-800-63b'),
    source: { citation: 'NIST SP 800-63B-4 (2025), §3.1.1.2', url: 'https://pages.nist.gov/800-63-4/sp800-63b.html' },
    summary: summary('nist-800-63b'),
    rules: [{ kind: 'min-length', length: { default: 15, when: [{ fact: 'mfa', value: 8 }] } }, ...BLOCKLIST_RULES],
  },
  hipaa: {
    id: 'hipaa',
    title: title('hipaa'),
    source: {
      citation: '45 CFR 164.308(a)(5)(ii)(D) and 164.312(d)',
      url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-C',
    },
    summary: summary('hipaa'),
    rules: BLOCKLIST_RULES,
    procedures: HIPAA_PROCEDURES,
  },
};

/** The threshold that applies to this account. */
export function thresholdFor(threshold: Threshold, facts: AccountFacts): number {
  return threshold.when?.find((entry) => facts[entry.fact])?.value ?? threshold.default;
}
