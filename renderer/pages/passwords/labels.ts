import type { TFunction } from 'i18next';
import type { NotCheckedReason } from '../../../electron/core/model/schemas/breach.ts';
import type { Localised } from '../../../electron/core/model/schemas/localised.ts';
import type { PolicyRuleKind, ReusedWith, RuleOutcome, Verdict } from '../../../electron/core/model/schemas/password.ts';
import type { ServiceId } from '../../../electron/core/model/schemas/staff.ts';
import type { StatusTone } from '../../components/StatusChip.tsx';

// The password audit's statuses as the interface shows them: colour, icon and words together.
// Not checked, never checked and "to be confirmed" are grey, never green.

export const VERDICT_TONE: Record<Verdict, StatusTone> = {
  pass: 'success',
  fail: 'danger',
  'not-checked': 'neutral',
};

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
  return rules.map((rule) => t(`passwords.ruleName.${rule}`)).join(', ');
}

export function reasonText(t: TFunction, reason: NotCheckedReason): string {
  return t(`passwords.reason.${reason}`);
}

/** A text core wrote in both languages, in the interface's. */
export function inLanguage(text: Localised, language: string): string {
  return language === 'en' ? text.en : text.fr;
}
