import { describe, expect, it } from 'vitest';
import type { MfaStatus } from '../../electron/core/model/schemas/mfa.ts';
import type { Score, ScoreComponentId } from '../../electron/core/model/schemas/report.ts';
import type { ServiceId } from '../../electron/core/model/schemas/staff.ts';
import { pointsCalculator, wholePoints, type ScoreFix } from '../../electron/core/report/finding-points.ts';
import { computeScore, exactScore, type ScoreFacts } from '../../electron/core/report/score.ts';

// The security score, formula version 2 (docs/score.md): each
// component's rule on its own, the redistribution of an empty component's weight, unknown = 0,
// no staff = no score, and the rounding.

function facts(overrides: Partial<ScoreFacts> = {}): ScoreFacts {
  return { people: 1, mailboxes: [], accounts: [], steps: [], ...overrides };
}

function component(score: Score, id: ScoreComponentId) {
  return score.components.find((entry) => entry.id === id)!;
}

const account = (service: ServiceId, mfa: MfaStatus, passwordPass = false) => ({ service, mfa, passwordPass });

/** Every component present, each fully good: the baseline the single-component tests vary. */
function allGood(): ScoreFacts {
  return facts({
    mailboxes: [{ status: 'clean', remediated: false }],
    accounts: [account('mailbox', 'app', true)],
    steps: ['done'],
  });
}

describe('the score', () => {
  it('is 100 when everything is proven good, with the documented weights 25 / 35 / 25 / 15', () => {
    const score = computeScore(allGood());
    expect(score.value).toBe(100);
    expect(score.formulaVersion).toBe(2);
    expect(score.components.map((entry) => [entry.id, entry.weight, entry.points])).toEqual([
      ['breaches', 25, 25],
      ['mfa', 35, 35],
      ['passwords', 25, 25],
      ['walkthrough', 15, 15],
    ]);
  });

  it('is null without staff, not 0 and not 100', () => {
    const score = computeScore(facts({ people: 0 }));
    expect(score.value).toBeNull();
    expect(score.components.every((entry) => entry.items === 0 && entry.points === 0)).toBe(true);
  });

  it('counts what is unknown, never checked or not checked as 0: a practice that checked nothing scores 0', () => {
    const score = computeScore(
      facts({
        mailboxes: [{ status: 'not-checked', remediated: false }],
        accounts: [account('mailbox', 'unknown'), account('amelipro', 'unknown')],
        steps: [null, null, null],
      }),
    );
    expect(score.value).toBe(0);
    expect(score.components.map((entry) => entry.earned)).toEqual([0, 0, 0, 0]);
    expect(component(score, 'mfa').items).toBe(2);
  });
});

describe('breaches', () => {
  it('earns a clean mailbox and a breached one whose password was changed since; not a breached or unchecked one', () => {
    const score = computeScore(
      facts({
        mailboxes: [
          { status: 'clean', remediated: false },
          { status: 'breached', remediated: true },
          { status: 'breached', remediated: false },
          { status: 'not-checked', remediated: false },
        ],
      }),
    );
    // Only the breaches component has items: it carries all 100 points.
    expect(component(score, 'breaches')).toMatchObject({ weight: 100, earned: 0.5, points: 50, items: 4, good: 2 });
    expect(score.value).toBe(50);
  });
});

describe('MFA', () => {
  it('weighs accounts by service (mailbox 3, amelipro 3, Pro Santé Connect 2, …, others 1) and methods by strength', () => {
    const score = computeScore(
      facts({
        accounts: [
          account('mailbox', 'app'), // 3 × 1
          account('amelipro', 'sms'), // 3 × 0.5
          account('franceconnect', 'none'), // 2 × 0
          account('impots', 'phishing-resistant'), // 1 × 1
        ],
      }),
    );
    // (3 + 1.5 + 0 + 1) / (3 + 3 + 2 + 1) = 5.5 / 9
    const mfa = component(score, 'mfa');
    expect(mfa.earned).toBeCloseTo(5.5 / 9, 4);
    expect(mfa.items).toBe(4);
    // Good counts the accounts proven fully good (app, security key): the SMS earns half its worth but is not one.
    expect(mfa.good).toBe(2);
  });

  it('counts good as whole accounts, never a weighted fraction', () => {
    const score = computeScore(facts({ accounts: [account('mailbox', 'sms'), account('amelipro', 'email-code'), account('bank', 'app')] }));
    const mfa = component(score, 'mfa');
    expect(mfa).toMatchObject({ items: 3, good: 1 });
    expect(Number.isInteger(mfa.good)).toBe(true);
    // (3 × 0.5 + 3 × 0.25 + 2 × 1) / 8
    expect(mfa.earned).toBeCloseTo(4.25 / 8, 4);
  });

  it('gives an e-mail code 0.25 elsewhere but nothing on a mailbox: the code lands in the mailbox itself', () => {
    expect(component(computeScore(facts({ accounts: [account('amelipro', 'email-code')] })), 'mfa').earned).toBe(0.25);
    expect(component(computeScore(facts({ accounts: [account('mailbox', 'email-code')] })), 'mfa').earned).toBe(0);
  });

  it('gives unknown nothing, like none', () => {
    const unknown = computeScore(facts({ accounts: [account('bank', 'unknown'), account('bank', 'app')] }));
    const none = computeScore(facts({ accounts: [account('bank', 'none'), account('bank', 'app')] }));
    expect(component(unknown, 'mfa').earned).toBe(0.5);
    expect(component(none, 'mfa').earned).toBe(0.5);
  });
});

describe('passwords', () => {
  it('earns a pass only, with the same service weights', () => {
    const score = computeScore(
      facts({
        accounts: [account('mailbox', 'unknown', true), account('amelipro', 'unknown', false), account('impots', 'unknown', true)],
      }),
    );
    // (3 + 0 + 1) / (3 + 3 + 1)
    expect(component(score, 'passwords').earned).toBeCloseTo(4 / 7, 4);
    expect(component(score, 'passwords')).toMatchObject({ items: 3, good: 2 });
  });

  it('earns half for a password declared good (formula version 2), which is not counted as proven good', () => {
    const declared = { ...account('mailbox', 'unknown'), passwordDeclared: true };
    const score = computeScore(facts({ accounts: [declared, account('amelipro', 'unknown', true)] }));
    // (3 × 0.5 + 3 × 1) / (3 + 3): a declaration is the person's word, worth half a check.
    expect(component(score, 'passwords').earned).toBeCloseTo(4.5 / 6, 4);
    expect(component(score, 'passwords')).toMatchObject({ items: 2, good: 1 });
    // Fixing it (a checked pass) gains the other half: 3 × 0.5 / 6 of the passwords' weight (25 of 60, MFA being the other part).
    const points = pointsCalculator(facts({ accounts: [{ ...declared, key: 'a' }, { ...account('amelipro', 'unknown', true), key: 'b' }] }));
    expect(points({ kind: 'password', account: 'a' })).toBeCloseTo(((25 * 100) / 60) * 0.25, 4);
    expect(points({ kind: 'password', account: 'b' })).toBe(0);
  });
});

describe('walkthrough', () => {
  it('earns done and not applicable; not possible and unanswered earn nothing', () => {
    const score = computeScore(facts({ steps: ['done', 'not-applicable', 'not-possible', null] }));
    expect(component(score, 'walkthrough')).toMatchObject({ weight: 100, earned: 0.5, items: 4, good: 2 });
    expect(score.value).toBe(50);
  });
});

describe('redistribution and rounding', () => {
  it('gives an empty component’s weight to the others in proportion to theirs', () => {
    // No mailbox: breaches' 25 points go to mfa, passwords and walkthrough in the ratio 35 : 25 : 15.
    const score = computeScore(facts({ accounts: [account('amelipro', 'app', true)], steps: ['done'] }));
    expect(component(score, 'breaches')).toMatchObject({ weight: 0, points: 0, items: 0 });
    expect(component(score, 'mfa').weight).toBeCloseTo((35 * 100) / 75, 1);
    expect(component(score, 'passwords').weight).toBeCloseTo((25 * 100) / 75, 1);
    expect(component(score, 'walkthrough').weight).toBeCloseTo((15 * 100) / 75, 1);
    expect(score.value).toBe(100);
    // Only MFA proven: 35 / 75 of the points.
    const mfaOnly = computeScore(facts({ accounts: [account('amelipro', 'app', false)], steps: [null] }));
    expect(mfaOnly.value).toBe(Math.round((35 * 100) / 75));
  });

  it('rounds the value to an integer and the points and weights to one decimal', () => {
    // breaches 1/3 of 25, the rest 0: 8.333… → 8.
    const score = computeScore(
      facts({
        mailboxes: [
          { status: 'clean', remediated: false },
          { status: 'not-checked', remediated: false },
          { status: 'not-checked', remediated: false },
        ],
        accounts: [account('mailbox', 'unknown')],
        steps: [null],
      }),
    );
    expect(component(score, 'breaches').points).toBe(8.3);
    expect(score.value).toBe(8);
    // Half a point rounds up: walkthrough 1 of 2 steps with only walkthrough and breaches present
    // (weights 62.5 and 37.5): 37.5 × 0.5 = 18.75 → points 18.8, value 19.
    const half = computeScore(facts({ mailboxes: [{ status: 'not-checked', remediated: false }], steps: ['done', null] }));
    expect(component(half, 'walkthrough').weight).toBe(37.5);
    expect(component(half, 'walkthrough').points).toBe(18.8);
    expect(half.value).toBe(19);
  });
});

describe('the points a finding adds', () => {
  // A practice with something wrong in every component, each item keyed as the report keys it.
  const practice: ScoreFacts = {
    people: 2,
    mailboxes: [
      { status: 'breached', remediated: false, key: 'a-mail' },
      { status: 'clean', remediated: false, key: 'b-mail' },
      { status: 'not-checked', remediated: false, key: 'c-mail' },
    ],
    accounts: [
      { service: 'mailbox', mfa: 'email-code', passwordPass: false, key: 'a-mail' },
      { service: 'amelipro', mfa: 'none', passwordPass: true, key: 'a-ameli' },
      { service: 'bank', mfa: 'sms', passwordPass: false, key: 'a-bank' },
      { service: 'mailbox', mfa: 'unknown', passwordPass: false, key: 'b-mail' },
      { service: 'impots', mfa: 'app', passwordPass: false, key: 'b-impots' },
    ],
    steps: ['done', null, 'not-possible', null, null, 'done', null],
    stepOwners: ['a', 'a', 'a', 'a', 'b', 'b', 'b'],
  };
  const gain = pointsCalculator(practice);
  /** The formula run again with the fix made by hand. */
  const recomputed = (fixed: Partial<ScoreFacts>) => exactScore({ ...practice, ...fixed })! - exactScore(practice)!;
  const withAccount = (key: string, change: object) => practice.accounts.map((entry) => (entry.key === key ? { ...entry, ...change } : entry));

  it('is what the score gains when that one problem is fixed, worked out from the same formula', () => {
    const cases: [ScoreFix, number][] = [
      [{ kind: 'mailbox', account: 'a-mail' }, recomputed({ mailboxes: practice.mailboxes.map((entry) => (entry.key === 'a-mail' ? { ...entry, remediated: true } : entry)) })],
      [{ kind: 'password', account: 'a-bank' }, recomputed({ accounts: withAccount('a-bank', { passwordPass: true }) })],
      [{ kind: 'mfa', account: 'a-mail' }, recomputed({ accounts: withAccount('a-mail', { mfa: 'app' }) })],
      [{ kind: 'mfa', account: 'a-ameli' }, recomputed({ accounts: withAccount('a-ameli', { mfa: 'app' }) })],
      [{ kind: 'mfa', account: 'a-bank' }, recomputed({ accounts: withAccount('a-bank', { mfa: 'app' }) })],
      [{ kind: 'steps', person: 'a' }, recomputed({ steps: ['done', 'done', 'not-possible', 'done', null, 'done', null] })],
      [{ kind: 'steps', person: 'b' }, recomputed({ steps: ['done', null, 'not-possible', null, 'done', 'done', 'done'] })],
    ];
    for (const [fix, expected] of cases) {
      expect(expected, JSON.stringify(fix)).toBeGreaterThan(0);
      expect(gain(fix), JSON.stringify(fix)).toBeCloseTo(expected, 9);
    }
    // Nothing to gain: already good, or not counted (the domain).
    expect(gain({ kind: 'password', account: 'a-ameli' })).toBe(0);
    expect(gain({ kind: 'mailbox', account: 'b-mail' })).toBe(0);
    expect(gain(null)).toBe(0);
    // Without staff there is no score, so nothing to gain.
    expect(pointsCalculator({ ...practice, people: 0 })({ kind: 'mfa', account: 'a-mail' })).toBe(0);
  });

  it('shows whole numbers, half up, and never 0 for a real gain', () => {
    expect([0, 1e-12, 0.2, 0.5, 1.49, 2.5, 2.4999999, 12.51].map(wholePoints)).toEqual([0, 0, 1, 1, 1, 3, 3, 13]);
  });
});
