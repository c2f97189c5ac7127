import type { ScoreComponentId } from '../model/schemas/report.ts';
import { mfaWorth, passwordWorth, serviceWeight, weighted, type ScoreFacts } from './score.ts';

// The points a finding adds to the score once fixed (docs/score.md, "A finding's points"): the
// score's own formula with that one problem fixed — the mailbox remediated, the password passing,
// the account's MFA by an app, the person's unanswered steps done — minus the score now. Fixing one
// problem changes no item, so no weight and no component's total: only the worth it earns in its
// own component. So the gain is that component's weight × the worth gained / its total, worked out
// once per finding from tables made once per report (the formula run again per finding made a
// report of 1,000 people several times slower). test/unit/actions.test.ts checks it against the
// score computed again. The formula keeps its precision; only the number shown is rounded (wholePoints).

/** What fixing a finding changes in the score's facts; null for what the score does not count (the domain). */
export type ScoreFix =
  | { kind: 'mailbox'; account: string }
  | { kind: 'password'; account: string }
  | { kind: 'mfa'; account: string }
  | { kind: 'steps'; person: string }
  | null;

/** The exact gain (0–100) of each fix, for one set of facts. */
export function pointsCalculator(facts: ScoreFacts): (fix: ScoreFix) => number {
  const components = new Map(weighted(facts).map((component) => [component.id, component]));
  const mailboxes = new Map(facts.mailboxes.flatMap((mailbox) => (mailbox.key === undefined ? [] : [[mailbox.key, mailbox] as const])));
  const accounts = new Map(facts.accounts.flatMap((account) => (account.key === undefined ? [] : [[account.key, account] as const])));
  const unanswered = new Map<string, number>();
  facts.steps.forEach((answer, index) => {
    const owner = facts.stepOwners?.[index];
    if (answer === null && owner !== undefined) unanswered.set(owner, (unanswered.get(owner) ?? 0) + 1);
  });
  const share = (id: ScoreComponentId, worth: number) => {
    const component = components.get(id)!;
    return component.part.total > 0 ? (component.weight * worth) / component.part.total : 0;
  };
  const noScore = facts.people === 0 || [...components.values()].every((component) => component.part.items === 0);

  return (fix) => {
    if (fix === null || noScore) return 0;
    switch (fix.kind) {
      case 'mailbox': {
        const mailbox = mailboxes.get(fix.account);
        const good = mailbox !== undefined && (mailbox.status === 'clean' || (mailbox.status === 'breached' && mailbox.remediated));
        return mailbox === undefined || good ? 0 : share('breaches', 1);
      }
      case 'password': {
        const account = accounts.get(fix.account);
        return account === undefined ? 0 : share('passwords', serviceWeight(account.service) * (1 - passwordWorth(account)));
      }
      case 'mfa': {
        const account = accounts.get(fix.account);
        return account === undefined ? 0 : share('mfa', serviceWeight(account.service) * (1 - mfaWorth(account.mfa, account.service)));
      }
      case 'steps':
        return share('walkthrough', unanswered.get(fix.person) ?? 0);
    }
  };
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
