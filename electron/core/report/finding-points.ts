import { exactScore, type ScoreFacts } from './score.ts';

// The points a finding adds to the score once fixed (docs/score.md, "Points per finding"): the
// score's own formula, run again on the same facts with that one problem fixed — the mailbox
// remediated, the password passing, the account's MFA by an app, the person's unanswered steps
// done — minus the score now. Nothing else changes (the items and so the weights stay the same).
// The formula keeps its precision; only the number shown is rounded (wholePoints).

/** What fixing a finding changes in the score's facts; null for what the score does not count (the domain). */
export type ScoreFix =
  | { kind: 'mailbox'; account: string }
  | { kind: 'password'; account: string }
  | { kind: 'mfa'; account: string }
  | { kind: 'steps'; person: string }
  | null;

function fixed(facts: ScoreFacts, fix: NonNullable<ScoreFix>): ScoreFacts {
  switch (fix.kind) {
    case 'mailbox':
      return { ...facts, mailboxes: facts.mailboxes.map((mailbox) => (mailbox.key === fix.account ? { ...mailbox, remediated: true } : mailbox)) };
    case 'password':
      return { ...facts, accounts: facts.accounts.map((account) => (account.key === fix.account ? { ...account, passwordPass: true } : account)) };
    case 'mfa':
      return { ...facts, accounts: facts.accounts.map((account) => (account.key === fix.account ? { ...account, mfa: 'app' } : account)) };
    case 'steps':
      return { ...facts, steps: facts.steps.map((answer, index) => (answer === null && facts.stepOwners?.[index] === fix.person ? 'done' : answer)) };
  }
}

/** The exact gain (0–100) of fixing it; 0 when the score does not count it or there is no score. */
export function pointsGained(facts: ScoreFacts, fix: ScoreFix): number {
  if (fix === null) return 0;
  const before = exactScore(facts);
  const after = exactScore(fixed(facts, fix));
  return before === null || after === null ? 0 : Math.max(0, after - before);
}

/**
 * A gain as the pages and the report show it: the nearest whole number (half up), and at least 1
 * when there is a gain at all, so that a real gain never reads as "0 points". So the points of all
 * findings can add up to a little more than what the score lacks.
 */
export function wholePoints(gain: number): number {
  // Six decimals first, as the score does: 2.4999999 computed for 2.5 rounds up.
  const rounded = Math.round(Math.round(gain * 1e6) / 1e6);
  return gain > 1e-9 ? Math.max(1, rounded) : 0;
}
