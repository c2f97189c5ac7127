import type { FindingKind, NotCheckedEntry } from './schemas/report.ts';

// The area of each finding and of each check not done yet, as the Actions page filters them and
// the dashboard links them: plain constants, without zod, so that the dashboard (in the window's
// first script) does not carry zod and the schemas with it. schemas/actions.ts re-exports them.

/** What a finding or a check is about, as the page filters it: the score's parts, and the practice's e-mail domain. */
export const ACTION_AREAS = ['breaches', 'mfa', 'passwords', 'walkthrough', 'domain'] as const;
export type ActionArea = (typeof ACTION_AREAS)[number];

export const FINDING_AREAS: Readonly<Record<FindingKind, ActionArea>> = {
  'breached-mailbox': 'breaches',
  'pwned-password': 'passwords',
  'reused-password': 'passwords',
  'weak-password': 'passwords',
  'declared-password': 'passwords',
  'mfa-none': 'mfa',
  'mfa-weak': 'mfa',
  'walkthrough-incomplete': 'walkthrough',
  'walkthrough-later': 'walkthrough',
  'shared-credential': 'passwords',
  'domain-email-auth': 'domain',
  'stealer-log': 'breaches',
  'breach-recheck-due': 'breaches',
};

export const CHECK_AREAS: Readonly<Record<NotCheckedEntry['check'], ActionArea>> = {
  breach: 'breaches',
  mfa: 'mfa',
  password: 'passwords',
  walkthrough: 'walkthrough',
  domain: 'domain',
  'stealer-logs': 'breaches',
};
