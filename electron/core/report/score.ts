import type { MfaStatus } from '../model/schemas/mfa.ts';
import { SCORE_COMPONENTS, SCORE_FORMULA_VERSION, type Score, type ScoreComponent, type ScoreComponentId } from '../model/schemas/report.ts';
import { declarationNos } from '../model/schemas/password.ts';
import type { ServiceId } from '../model/schemas/staff.ts';
import type { WalkthroughAnswerValue } from '../model/schemas/walkthrough.ts';
import type { ReportInput } from './report-input.ts';

// The security score, formula version 2 (2: a self-assessed password counts half a checked one). docs/score.md is its one description, in French and
// English — weights, what each status is worth, the redistribution of an empty component, the
// rounding — and this file follows it: change the two together, and a change of weights or rules
// is a new SCORE_FORMULA_VERSION.

export const SCORE_WEIGHTS: Readonly<Record<ScoreComponentId, number>> = { breaches: 25, mfa: 35, passwords: 25, walkthrough: 15 };

/** What an account opens: the mailbox and amelipro start the 2022 chain (docs/architecture.md, "The attack chain"). */
export const SERVICE_WEIGHTS: Readonly<Partial<Record<ServiceId, number>>> = {
  mailbox: 3,
  amelipro: 3,
  'pro-sante-connect': 2,
  franceconnect: 2,
  mssante: 2,
  bank: 2,
};

/**
 * A password the person declared good (four "yes", nothing typed, nothing checked) is worth half a
 * checked one: Hygie has their word, not a check (docs/score.md, formula version 2).
 */
export const DECLARED_PASSWORD_WORTH = 0.5;

/** What an account's password is worth in the score (0–1). */
export function passwordWorth(account: { passwordPass: boolean; passwordDeclared?: boolean }): number {
  if (account.passwordPass) return 1;
  return account.passwordDeclared ? DECLARED_PASSWORD_WORTH : 0;
}

export function serviceWeight(service: ServiceId): number {
  return SERVICE_WEIGHTS[service] ?? 1;
}

/** How much an MFA status is worth on this service (0–1). */
export function mfaWorth(status: MfaStatus, service: ServiceId): number {
  switch (status) {
    case 'phishing-resistant':
    case 'app':
      return 1;
    case 'sms':
      return 0.5;
    case 'email-code':
      return service === 'mailbox' ? 0 : 0.25;
    default:
      return 0;
  }
}

/** What the score is computed from: a source-independent digest of the report's input. */
export interface ScoreFacts {
  people: number;
  /** `key`: the account's, so a finding's points can be worked out (finding-points.ts). */
  mailboxes: readonly { status: 'breached' | 'clean' | 'not-checked'; remediated: boolean; key?: string }[];
  /**
   * passwordPass: the latest check passes and counts (no newer self-assessment); passwordDeclared:
   * a self-assessment newer than the check answered "yes" to every question (worth DECLARED_PASSWORD_WORTH).
   */
  accounts: readonly { service: ServiceId; mfa: MfaStatus; passwordPass: boolean; passwordDeclared?: boolean; key?: string }[];
  steps: readonly (WalkthroughAnswerValue | null)[];
  /** Whose plan each step is in (the person's key), in the order of `steps`. */
  stepOwners?: readonly string[];
}

export function scoreFactsOf(input: Pick<ReportInput, 'people'>): ScoreFacts {
  const accounts = input.people.flatMap((person) => person.accounts);
  const stepsOf = (person: ReportInput['people'][number]) => [...person.accounts.flatMap((account) => account.steps), ...person.personSteps];
  return {
    people: input.people.length,
    mailboxes: accounts.flatMap((account) => (account.breach ? [{ status: account.breach.status, remediated: account.breach.remediated, key: account.key }] : [])),
    accounts: accounts.map((account) => {
      const declared = account.password.declared ?? null;
      return {
        service: account.service,
        mfa: account.mfa.status,
        passwordPass: declared === null && account.password.verdict === 'pass',
        passwordDeclared: declared !== null && declarationNos(declared.answers).length === 0,
        key: account.key,
      };
    }),
    steps: input.people.flatMap((person) => stepsOf(person).map((step) => step.answer)),
    stepOwners: input.people.flatMap((person) => stepsOf(person).map(() => person.key)),
  };
}

interface Share {
  items: number;
  /** Items worth 1 (fully good). */
  good: number;
  /** Σ weight × worth, and Σ weight: earned = worth / total. */
  worth: number;
  total: number;
}

function shares(facts: ScoreFacts): Record<ScoreComponentId, Share> {
  const mailboxGood = facts.mailboxes.filter((mailbox) => mailbox.status === 'clean' || (mailbox.status === 'breached' && mailbox.remediated)).length;
  const weights = facts.accounts.reduce((sum, account) => sum + serviceWeight(account.service), 0);
  const mfaWorthSum = facts.accounts.reduce((sum, account) => sum + serviceWeight(account.service) * mfaWorth(account.mfa, account.service), 0);
  const mfaFull = facts.accounts.filter((account) => mfaWorth(account.mfa, account.service) === 1).length;
  const passwordWorthSum = facts.accounts.reduce((sum, account) => sum + serviceWeight(account.service) * passwordWorth(account), 0);
  const passwordFull = facts.accounts.filter((account) => account.passwordPass).length;
  const stepsGood = facts.steps.filter((answer) => answer === 'done' || answer === 'not-applicable').length;
  return {
    breaches: { items: facts.mailboxes.length, good: mailboxGood, worth: mailboxGood, total: facts.mailboxes.length },
    mfa: { items: facts.accounts.length, good: mfaFull, worth: mfaWorthSum, total: weights },
    passwords: { items: facts.accounts.length, good: passwordFull, worth: passwordWorthSum, total: weights },
    walkthrough: { items: facts.steps.length, good: stepsGood, worth: stepsGood, total: facts.steps.length },
  };
}

const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/** Each component's weight after redistribution (points out of 100) and share earned, unrounded. */
export function weighted(facts: ScoreFacts): { id: ScoreComponentId; part: Share; weight: number; earned: number }[] {
  const parts = shares(facts);
  // Components with something to look at share the 100 points in proportion to their weights.
  const present = SCORE_COMPONENTS.filter((id) => parts[id].items > 0);
  const presentWeight = present.reduce((sum, id) => sum + SCORE_WEIGHTS[id], 0);
  return SCORE_COMPONENTS.map((id) => {
    const part = parts[id];
    const weight = part.items > 0 && presentWeight > 0 ? (SCORE_WEIGHTS[id] * 100) / presentWeight : 0;
    return { id, part, weight, earned: part.total > 0 ? part.worth / part.total : 0 };
  });
}

/** The score before any rounding (0–100), or null when there is nothing to score. */
export function exactScore(facts: ScoreFacts): number | null {
  const components = weighted(facts);
  if (facts.people === 0 || components.every((component) => component.part.items === 0)) return null;
  return components.reduce((sum, component) => sum + component.weight * component.earned, 0);
}

export function computeScore(facts: ScoreFacts): Score {
  // Summed unrounded; rounded once at the end (to 6 decimals first, so 12.5 computed as
  // 12.4999999 still rounds up).
  const total = exactScore(facts);
  const components: ScoreComponent[] = weighted(facts).map(({ id, part, weight, earned }) => ({
    id,
    weight: round(weight, 1),
    earned: round(earned, 4),
    points: round(weight * earned, 1),
    items: part.items,
    good: part.good,
  }));
  const value = total === null ? null : Math.min(100, Math.max(0, Math.round(round(total, 6))));
  return { value, formulaVersion: SCORE_FORMULA_VERSION, components };
}
