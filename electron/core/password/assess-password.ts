import type { AccountFacts, PasswordAssessment, ReusedWith } from '../model/schemas/password.ts';
import { POLICY_IDS, type PolicyId } from '../model/schemas/practice.ts';
import type { PwnedPasswordOutcome } from '../model/schemas/pwned-passwords.ts';
import { contextWords, type PasswordContext } from './context-words.ts';
import { evaluatePolicy } from './evaluate-policy.ts';
import { POLICIES } from './policies.ts';
import { assessStrength } from './strength.ts';

// The one entry point the handlers and the CLI use. The password lives only in this call: the
// assessment holds no copy, hash or part of it (the context words found are the practice's own
// words, shown live; only their kinds are ever stored).

export interface AssessPasswordOptions {
  context: PasswordContext;
  facts: AccountFacts;
  policy: PolicyId;
  /** Absent or null: the live meter, the pwned check did not run → the not-pwned rule is 'pending'. */
  pwned?: PwnedPasswordOutcome | null;
  /** Absent or null: no sitting → the not-reused rule is 'pending'; [] → nothing reused. */
  reusedWith?: ReusedWith | null;
  /**
   * How many other accounts of the person have a password checked in this sitting. 0: nothing
   * was compared, so the not-reused rule passes without saying the password differs.
   */
  comparedWith?: number;
}

export function assessPassword(password: string, options: AssessPasswordOptions): PasswordAssessment {
  const strength = assessStrength(password, contextWords(options.context));
  const inputs = {
    strength,
    facts: options.facts,
    pwned: options.pwned ?? null,
    reusedWith: options.reusedWith ?? null,
    comparedWith: options.comparedWith ?? null,
  };
  // The chosen policy first, the others after it for information, in POLICY_IDS order.
  const order = [options.policy, ...POLICY_IDS.filter((id) => id !== options.policy)];
  const policies = order.map((id) => evaluatePolicy(POLICIES[id], inputs));
  return {
    strength,
    policy: options.policy,
    verdict: policies[0]?.verdict ?? 'fail',
    policies,
    account: { ...options.facts },
  };
}
