import type { TFunction } from 'i18next';
import type { NotCheckedReason } from '../../../electron/core/model/schemas/breach.ts';
import type { Localised } from '../../../electron/core/model/schemas/localised.ts';
import { passwordEvidence, passwordStanding, type PasswordResults, type PasswordStanding, type PolicyRuleKind, type ReusedWith, type RuleOutcome, type Verdict } from '../../../electron/core/model/schemas/password.ts';
import type { ServiceId } from '../../../electron/core/model/schemas/staff.ts';
import type { StatusTone } from '../../components/StatusChip.tsx';

// The password audit's statuses as the interface shows them: colour, icon and words together.
// Not checked, never checked and "to be confirmed" are grey, never green.

export const VERDICT_TONE: Record<Verdict, StatusTone> = {
  pass: 'success',
  fail: 'danger',
  'not-checked': 'neutral',
};

/** The one word an account's password gets: red to change, green compliant, grey to confirm. */
export const STANDING_TONE: Record<PasswordStanding, StatusTone> = {
  'to-change': 'danger',
  compliant: 'success',
  'to-confirm': 'neutral',
};

type ResultAccount = PasswordResults['persons'][number]['accounts'][number];

/** The account's word and whether it stands on a declaration (the newest of check and declaration counts). */
export function accountStanding(account: Pick<ResultAccount, 'latest' | 'declared'>): { standing: PasswordStanding; declared: boolean } {
  return { standing: passwordStanding(account.latest, account.declared), declared: passwordEvidence(account.latest, account.declared) === 'declared' };
}

/** "À changer", or "Conforme (déclaré)": a declaration is always said to be one. */
export function standingLabel(t: TFunction, standing: PasswordStanding, declared: boolean): string {
  const word = t(`passwords.standing.${standing}`);
  return declared ? t('passwords.standing.declared', { standing: word }) : word;
}

export const RULE_TONE: Record<RuleOutcome, StatusTone> = {
  pass: 'success',
  fail: 'danger',
  pending: 'neutral',
  'not-checked': 'neutral',
};

/** "Messagerie (helene@…)" or "amelipro": an account in words (a person has one account per service, but several mailboxes). */
export function accountName(t: TFunction, account: { service: ServiceId; label: string }): string {
  const service = t(`staff.services.${account.service}`);
  return account.service === 'mailbox' && account.label ? `${service} (${account.label})` : service;
}

export function reusedText(t: TFunction, reusedWith: ReusedWith): string {
  return reusedWith.map((account) => accountName(t, account)).join(', ');
}

export function ruleNames(t: TFunction, rules: readonly PolicyRuleKind[]): string {
  return rules.map((rule) => t(`passwords.ruleFailure.${rule}`)).join(', ');
}

export function reasonText(t: TFunction, reason: NotCheckedReason): string {
  return t(`passwords.reason.${reason}`);
}

/** A text core wrote in both languages, in the interface's. */
export function inLanguage(text: Localised, language: string): string {
  return language === 'en' ? text.en : text.fr;
}
