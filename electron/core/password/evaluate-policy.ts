import type {
  AccountFacts,
  CharacterClasses,
  PasswordStrength,
  PolicyVerdict,
  ReusedWith,
  RuleResult,
  Verdict,
} from '../model/schemas/password.ts';
import type { PwnedPasswordOutcome } from '../model/schemas/pwned-passwords.ts';
import { TEXTS, type NodeTexts } from '../text/messages.ts';
import { fill, oneOrOther, type Language } from '../text/template.ts';
import { type PolicyDefinition, type PolicyRule, thresholdFor } from './policies.ts';

// Interprets a policy's rules (policies.ts) for one assessed password. Every explanation says
// what the rule asks and where this password stands, with the numbers, in words a front-desk
// secretary understands; the words are text/password.*.ts, each explanation written in both
// languages (the UI shows the one it speaks).

export interface RuleInputs {
  strength: PasswordStrength;
  facts: AccountFacts;
  /** Absent: the live meter, no pwned check ran → 'pending'. */
  pwned: PwnedPasswordOutcome | null;
  /** Absent: no sitting → 'pending'; [] → nothing reused. */
  reusedWith: ReusedWith | null;
  /** Other accounts of the person checked in the sitting; null: not said. */
  comparedWith?: number | null;
}

/** Narrow no-break space, between thousands in French. */
const NNBSP = '\u202f';

type PasswordTexts = NodeTexts['password'];

/** 12345 → "12 345" (fr, narrow no-break space) / "12,345" (en). */
function formatNumber(value: number, language: Language): string {
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/gu, language === 'fr' ? NNBSP : ',');
}

/** Two significant figures: an estimate, not a count (288 613 → 290 000). */
function roughly(value: number): number {
  if (value < 100) return Math.max(1, Math.round(value));
  const step = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / step) * step;
}

/** A number of guesses as a secretary reads it: "about 2 million guesses" rather than 10^6.3. */
function guessesText(guessesLog10: number, t: PasswordTexts, language: Language): string {
  const guesses = 10 ** guessesLog10;
  if (guesses < 1e6) {
    const count = roughly(guesses);
    return fill(oneOrOther(t.guesses.units, count), { count: formatNumber(count, language) });
  }
  if (guesses < 1e9) {
    const millions = roughly(guesses / 1e6);
    return fill(oneOrOther(t.guesses.millions, millions), { count: millions });
  }
  if (guesses < 1e12) {
    const billions = roughly(guesses / 1e9);
    return fill(oneOrOther(t.guesses.billions, billions), { count: billions });
  }
  return t.guesses.trillions;
}

const CLASS_ORDER: readonly (keyof CharacterClasses)[] = ['upper', 'lower', 'digit', 'special'];

/** "a, b and c". */
function listText(items: readonly string[], t: PasswordTexts): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t.and} ${items.at(-1) ?? ''}`;
}

/** A rule's result, its explanation written in each language by `explain`. */
function result(kind: PolicyRule['kind'], outcome: RuleResult['outcome'], explain: (t: PasswordTexts, language: Language) => string): RuleResult {
  return { kind, outcome, explanation: { fr: explain(TEXTS.fr.password, 'fr'), en: explain(TEXTS.en.password, 'en') } };
}

function theoreticalBitsRule(rule: Extract<PolicyRule, { kind: 'min-theoretical-bits' }>, inputs: RuleInputs): RuleResult {
  const required = thresholdFor(rule.bits, inputs.facts);
  const { theoreticalBits: bits, passphraseWords: words, length } = inputs.strength;
  const lockout = rule.bits.when?.some((entry) => entry.fact === 'lockout' && inputs.facts.lockout) === true;
  const outcome = bits >= required ? 'pass' : 'fail';
  return result(rule.kind, outcome, (t) => {
    const measured = words === null ? fill(oneOrOther(t.bits.characters, length), { length, bits }) : fill(t.bits.passphrase, { words, bits });
    const values = { required, case: lockout ? t.bits.lockout : t.bits.alone, measured };
    if (outcome === 'pass') return fill(t.bits.passed, values);
    return lockout ? fill(t.bits.failedLockout, values) : fill(t.bits.failedAlone, { ...values, shapes: t.bits.cnilShapes });
  });
}

function minLengthRule(rule: Extract<PolicyRule, { kind: 'min-length' }>, inputs: RuleInputs): RuleResult {
  const required = thresholdFor(rule.length, inputs.facts);
  const { length } = inputs.strength;
  const conditions = (rule.length.when ?? []).map((entry) => ({ ...entry, active: inputs.facts[entry.fact] }));
  const active = conditions.find((entry) => entry.active);
  const otherMfa = active === undefined ? conditions.find((entry) => entry.fact === 'mfa') : undefined;
  const outcome = length >= required ? 'pass' : 'fail';
  return result(rule.kind, outcome, (t) => {
    const why = active === undefined ? '' : active.fact === 'admin' ? t.length.whyAdmin : active.fact === 'mfa' ? t.length.whyMfa : '';
    const note = otherMfa === undefined ? '' : fill(t.length.mfaNote, { value: otherMfa.value });
    const mfa = rule.mfaPreferred === true && !inputs.facts.mfa ? t.length.mfaPreferred : '';
    return fill(t.length.sentence, { required, why, note, length, mfa });
  });
}

function classesRule(rule: Extract<PolicyRule, { kind: 'character-classes' }>, inputs: RuleInputs): RuleResult {
  const { length, classes } = inputs.strength;
  const from = rule.optionalFromLength;
  if (length >= from) return result(rule.kind, 'pass', (t) => fill(t.classes.longEnough, { from, length }));
  const missing = CLASS_ORDER.filter((name) => !classes[name]);
  const all = (t: PasswordTexts) => listText(CLASS_ORDER.map((name) => t.classes.names[name]), t);
  if (missing.length === 0) return result(rule.kind, 'pass', (t) => fill(t.classes.mixed, { all: all(t) }));
  return result(rule.kind, 'fail', (t) =>
    fill(oneOrOther(t.classes.missing, missing.length), {
      all: all(t),
      from,
      missing: listText(missing.map((name) => fill(t.classes.missingItem, { name: t.classes.names[name] })), t),
    }),
  );
}

function guessableRule(rule: Extract<PolicyRule, { kind: 'not-guessable' }>, inputs: RuleInputs): RuleResult {
  const { score, guessesLog10 } = inputs.strength;
  const passed = score >= rule.minScore;
  return result(rule.kind, passed ? 'pass' : 'fail', (t, language) =>
    fill(passed ? t.guessable.passed : t.guessable.failed, { score, min: rule.minScore, guesses: guessesText(guessesLog10, t, language) }),
  );
}

function contextRule(rule: Extract<PolicyRule, { kind: 'no-context-words' }>, inputs: RuleInputs): RuleResult {
  const found = inputs.strength.contextWords;
  if (found.length === 0) return result(rule.kind, 'pass', (t) => t.context.passed);
  return result(rule.kind, 'fail', (t) =>
    fill(t.context.failed, { words: listText(found.map((entry) => fill(t.context.item, { word: entry.word, kind: t.context.kinds[entry.kind] })), t) }),
  );
}

function pwnedRule(rule: Extract<PolicyRule, { kind: 'not-pwned' }>, inputs: RuleInputs): RuleResult {
  const pwned = inputs.pwned;
  if (pwned === null) return result(rule.kind, 'pending', (t) => t.pwned.pending);
  switch (pwned.status) {
    case 'pwned':
      return result(rule.kind, 'fail', (t, language) => fill(oneOrOther(t.pwned.found, pwned.count), { count: formatNumber(pwned.count, language) }));
    case 'not-pwned':
      return result(rule.kind, 'pass', (t) => t.pwned.absent);
    case 'not-checked':
      return result(rule.kind, 'not-checked', (t) => fill(t.pwned.notChecked, { reason: t.pwned.reasons[pwned.reason] }));
  }
}

function reusedRule(rule: Extract<PolicyRule, { kind: 'not-reused' }>, inputs: RuleInputs): RuleResult {
  const reused = inputs.reusedWith;
  if (reused === null) return result(rule.kind, 'pending', (t) => t.reused.pending);
  if (reused.length === 0 && inputs.comparedWith === 0) return result(rule.kind, 'pass', (t) => t.reused.nothingToCompare);
  if (reused.length === 0) return result(rule.kind, 'pass', (t) => t.reused.different);
  return result(rule.kind, 'fail', (t) =>
    fill(t.reused.failed, { accounts: listText(reused.map((account) => fill(t.reused.item, { label: account.label })), t) }),
  );
}

export function evaluateRule(rule: PolicyRule, inputs: RuleInputs): RuleResult {
  switch (rule.kind) {
    case 'min-theoretical-bits':
      return theoreticalBitsRule(rule, inputs);
    case 'min-length':
      return minLengthRule(rule, inputs);
    case 'character-classes':
      return classesRule(rule, inputs);
    case 'not-guessable':
      return guessableRule(rule, inputs);
    case 'no-context-words':
      return contextRule(rule, inputs);
    case 'not-pwned':
      return pwnedRule(rule, inputs);
    case 'not-reused':
      return reusedRule(rule, inputs);
  }
}

/** Any fail → 'fail'; else anything pending or not checked → 'not-checked'; else 'pass'. */
export function combineRuleOutcomes(rules: readonly RuleResult[]): Verdict {
  if (rules.some((rule) => rule.outcome === 'fail')) return 'fail';
  if (rules.some((rule) => rule.outcome !== 'pass')) return 'not-checked';
  return 'pass';
}

export function evaluatePolicy(policy: PolicyDefinition, inputs: RuleInputs): PolicyVerdict {
  const rules = policy.rules.map((rule) => evaluateRule(rule, inputs));
  const usesLockout = policy.rules.some((rule) => rule.kind === 'min-theoretical-bits' && rule.bits.when?.some((entry) => entry.fact === 'lockout') === true);
  return {
    policy: policy.id,
    cnilCase: usesLockout ? (inputs.facts.lockout ? '2' : '1') : null,
    title: policy.title,
    source: policy.source,
    verdict: combineRuleOutcomes(rules),
    rules,
  };
}
