import type { NotCheckedReason } from '../model/schemas/breach.ts';
import type {
  AccountFacts,
  Bilingual,
  CharacterClasses,
  ContextWordKind,
  PasswordStrength,
  PolicyVerdict,
  ReusedWith,
  RuleResult,
  Verdict,
} from '../model/schemas/password.ts';
import type { PwnedPasswordOutcome } from '../model/schemas/pwned-passwords.ts';
import { type PolicyDefinition, type PolicyRule, thresholdFor } from './policies.ts';

// Interprets a policy's rules (policies.ts) for one assessed password. Every explanation says
// what the rule asks and where this password stands, with the numbers, in words a front-desk
// secretary understands. French typography: no-break space before « : », narrow no-break space
// before « ; ! ? », no-break spaces inside « ».

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

const NBSP = '\u00a0';
/** Narrow no-break space, before « ; ! ? » and between thousands. */
const NNBSP = '\u202f';

function quoteFr(text: string): string {
  return `«${NBSP}${text}${NBSP}»`;
}

function quoteEn(text: string): string {
  return `“${text}”`;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** 12345 → "12 345" (fr, narrow no-break space) / "12,345" (en). */
function formatNumber(value: number, lang: 'fr' | 'en'): string {
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/gu, lang === 'fr' ? NNBSP : ',');
}

/** Two significant figures: an estimate, not a count (288 613 → 290 000). */
function roughly(value: number): number {
  if (value < 100) return Math.max(1, Math.round(value));
  const step = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / step) * step;
}

/** A number of guesses as a secretary reads it: "about 2 million guesses" rather than 10^6.3. */
function guessesText(guessesLog10: number): Bilingual {
  const guesses = 10 ** guessesLog10;
  if (guesses < 1e6) {
    const count = roughly(guesses);
    return {
      fr: `environ ${formatNumber(count, 'fr')}${NBSP}${plural(count, 'essai', 'essais')}`,
      en: `about ${formatNumber(count, 'en')} ${plural(count, 'guess', 'guesses')}`,
    };
  }
  if (guesses < 1e9) {
    const millions = roughly(guesses / 1e6);
    return { fr: `environ ${millions}${NBSP}${plural(millions, 'million', 'millions')} d’essais`, en: `about ${millions} million guesses` };
  }
  if (guesses < 1e12) {
    const billions = roughly(guesses / 1e9);
    return { fr: `environ ${billions}${NBSP}${plural(billions, 'milliard', 'milliards')} d’essais`, en: `about ${billions} billion guesses` };
  }
  return { fr: 'plus de mille milliards d’essais', en: 'over a trillion guesses' };
}

const KIND_LABELS: Record<ContextWordKind, Bilingual> = {
  'practice-name': { fr: 'le nom du cabinet', en: 'the practice’s name' },
  'practice-city': { fr: 'la ville du cabinet', en: 'the practice’s town' },
  profession: { fr: 'le métier du cabinet', en: 'the practice’s profession' },
  'person-name': { fr: 'le nom de la personne', en: 'the person’s name' },
  email: { fr: 'son adresse e-mail', en: 'their e-mail address' },
  'health-portal': { fr: 'un mot des sites de santé', en: 'a health-portal word' },
};

const CLASS_NAMES: Record<keyof CharacterClasses, Bilingual> = {
  upper: { fr: 'majuscules', en: 'upper-case letters' },
  lower: { fr: 'minuscules', en: 'lower-case letters' },
  digit: { fr: 'chiffres', en: 'digits' },
  special: { fr: 'caractères spéciaux', en: 'special characters' },
};
const CLASS_ORDER: readonly (keyof CharacterClasses)[] = ['upper', 'lower', 'digit', 'special'];

function listText(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) ?? ''}`;
}

const NOT_CHECKED_TEXT: Record<NotCheckedReason, Bilingual> = {
  'no-key': { fr: 'aucune source configurée', en: 'no source is set up' },
  'invalid-key': { fr: 'clé refusée', en: 'the key was refused' },
  blocked: { fr: 'accès bloqué par le service', en: 'the service blocked the request' },
  'bad-request': { fr: 'requête refusée', en: 'the request was refused' },
  'rate-limited': { fr: 'trop de demandes, réessayez plus tard', en: 'too many requests, try again later' },
  unavailable: { fr: 'service indisponible', en: 'the service is unavailable' },
  timeout: { fr: 'pas de réponse à temps', en: 'no answer in time' },
  network: { fr: 'pas de connexion', en: 'no connection' },
  malformed: { fr: 'réponse illisible', en: 'an unreadable answer' },
  cancelled: { fr: 'vérification annulée', en: 'the check was cancelled' },
};

const CNIL_SHAPES: Bilingual = {
  fr: '12\u00a0caractères avec majuscules, minuscules, chiffres et caractères spéciaux, ou 14\u00a0caractères avec majuscules, minuscules et chiffres, ou une phrase de 7\u00a0mots',
  en: '12 characters with upper and lower case, digits and special characters, or 14 characters with upper and lower case and digits, or a 7-word passphrase',
};

function result(kind: PolicyRule['kind'], outcome: RuleResult['outcome'], fr: string, en: string): RuleResult {
  return { kind, outcome, explanation: { fr, en } };
}

function theoreticalBitsRule(rule: Extract<PolicyRule, { kind: 'min-theoretical-bits' }>, inputs: RuleInputs): RuleResult {
  const required = thresholdFor(rule.bits, inputs.facts);
  const { theoreticalBits: bits, passphraseWords: words, length } = inputs.strength;
  const lockout = rule.bits.when?.some((entry) => entry.fact === 'lockout' && inputs.facts.lockout) === true;
  const caseFr = lockout ? 'compte qui se bloque après plusieurs essais ratés' : 'mot de passe seul';
  const caseEn = lockout ? 'an account that locks after failed attempts' : 'a password alone';
  const measuredFr =
    words === null
      ? `${length}${NBSP}${plural(length, 'caractère', 'caractères')} donnent ${bits}${NBSP}bits`
      : `une phrase de ${words}${NBSP}mots donne ${bits}${NBSP}bits`;
  const measuredEn = words === null ? `${length} ${plural(length, 'character gives', 'characters give')} ${bits} bits` : `a ${words}-word passphrase gives ${bits} bits`;
  const headFr = `Au moins ${required}${NBSP}bits (${caseFr})${NBSP}: ${measuredFr}`;
  const headEn = `At least ${required} bits (${caseEn}): ${measuredEn}`;
  if (bits >= required) return result(rule.kind, 'pass', `${headFr}.`, `${headEn}.`);
  const howFr = lockout ? 'Allongez-le ou variez les caractères (majuscules, chiffres, caractères spéciaux).' : `Il faut par exemple ${CNIL_SHAPES.fr}.`;
  const howEn = lockout ? 'Make it longer or mix more kinds of characters (upper case, digits, special characters).' : `For example: ${CNIL_SHAPES.en}.`;
  return result(rule.kind, 'fail', `${headFr}. ${howFr}`, `${headEn}. ${howEn}`);
}

function minLengthRule(rule: Extract<PolicyRule, { kind: 'min-length' }>, inputs: RuleInputs): RuleResult {
  const required = thresholdFor(rule.length, inputs.facts);
  const { length } = inputs.strength;
  const conditions = (rule.length.when ?? []).map((entry) => ({ ...entry, active: inputs.facts[entry.fact] }));
  const active = conditions.find((entry) => entry.active);
  const whyFr = active === undefined ? '' : active.fact === 'admin' ? ' pour un compte administrateur' : active.fact === 'mfa' ? ' avec la double authentification' : '';
  const whyEn = active === undefined ? '' : active.fact === 'admin' ? ' for an administrator account' : active.fact === 'mfa' ? ' with multi-factor authentication' : '';
  const otherMfa = active === undefined ? conditions.find((entry) => entry.fact === 'mfa') : undefined;
  const noteFr = otherMfa === undefined ? '' : ` (${otherMfa.value} si le compte a la double authentification)`;
  const noteEn = otherMfa === undefined ? '' : ` (${otherMfa.value} when the account has multi-factor authentication)`;
  const mfaFr = rule.mfaPreferred === true && !inputs.facts.mfa ? ' L’ANSSI recommande aussi d’activer la double authentification sur ce compte.' : '';
  const mfaEn = rule.mfaPreferred === true && !inputs.facts.mfa ? ' ANSSI also recommends turning on multi-factor authentication for this account.' : '';
  const outcome = length >= required ? 'pass' : 'fail';
  return result(
    rule.kind,
    outcome,
    `Au moins ${required}${NBSP}caractères${whyFr}${noteFr}${NBSP}: celui-ci en a ${length}.${mfaFr}`,
    `At least ${required} characters${whyEn}${noteEn}: this one has ${length}.${mfaEn}`,
  );
}

function classesRule(rule: Extract<PolicyRule, { kind: 'character-classes' }>, inputs: RuleInputs): RuleResult {
  const { length, classes } = inputs.strength;
  if (length >= rule.optionalFromLength) {
    return result(
      rule.kind,
      'pass',
      `À partir de ${rule.optionalFromLength}${NBSP}caractères, les quatre types de caractères ne sont plus exigés${NBSP}: celui-ci en a ${length}.`,
      `From ${rule.optionalFromLength} characters on, the four character types are no longer required: this one has ${length}.`,
    );
  }
  const missing = CLASS_ORDER.filter((name) => !classes[name]);
  const allFr = listText(CLASS_ORDER.map((name) => CLASS_NAMES[name].fr), 'et');
  const allEn = listText(CLASS_ORDER.map((name) => CLASS_NAMES[name].en), 'and');
  if (missing.length === 0) return result(rule.kind, 'pass', `Il mélange ${allFr}.`, `It mixes ${allEn}.`);
  return result(
    rule.kind,
    'fail',
    `Il faut des ${allFr} (ou ${rule.optionalFromLength}${NBSP}caractères au moins)${NBSP}: il manque ${listText(missing.map((name) => `les ${CLASS_NAMES[name].fr}`), 'et')}.`,
    `It needs ${allEn} (or ${rule.optionalFromLength} characters or more): ${listText(missing.map((name) => CLASS_NAMES[name].en), 'and')} ${missing.length === 1 ? 'is' : 'are'} missing.`,
  );
}

function guessableRule(rule: Extract<PolicyRule, { kind: 'not-guessable' }>, inputs: RuleInputs): RuleResult {
  const { score, guessesLog10 } = inputs.strength;
  const guesses = guessesText(guessesLog10);
  if (score >= rule.minScore) {
    return result(
      rule.kind,
      'pass',
      `Difficile à deviner${NBSP}: note ${score}${NBSP}sur${NBSP}4 (${rule.minScore} au moins), ${guesses.fr} pour le trouver.`,
      `Hard to guess: score ${score} out of 4 (at least ${rule.minScore}), ${guesses.en} to find it.`,
    );
  }
  return result(
    rule.kind,
    'fail',
    `Trop facile à deviner${NBSP}: note ${score}${NBSP}sur${NBSP}4 (${rule.minScore} au moins)${NNBSP}; un attaquant le trouverait en ${guesses.fr} (mots courants, prénoms, dates, suites de touches).`,
    `Too easy to guess: score ${score} out of 4 (at least ${rule.minScore}); an attacker would find it in ${guesses.en} (common words, names, dates, keyboard runs).`,
  );
}

function contextRule(rule: Extract<PolicyRule, { kind: 'no-context-words' }>, inputs: RuleInputs): RuleResult {
  const found = inputs.strength.contextWords;
  if (found.length === 0) {
    return result(
      rule.kind,
      'pass',
      'Aucun mot lié au cabinet, à la personne ou aux sites de santé.',
      'No word tied to the practice, the person or the health portals.',
    );
  }
  const fr = listText(found.map((entry) => `${quoteFr(entry.word)}, ${KIND_LABELS[entry.kind].fr}`), 'et');
  const en = listText(found.map((entry) => `${quoteEn(entry.word)}, ${KIND_LABELS[entry.kind].en}`), 'and');
  return result(
    rule.kind,
    'fail',
    `Il contient ${fr}${NBSP}: un attaquant essaie ces mots en premier.`,
    `It contains ${en}: an attacker tries those first.`,
  );
}

function pwnedRule(rule: Extract<PolicyRule, { kind: 'not-pwned' }>, inputs: RuleInputs): RuleResult {
  const pwned = inputs.pwned;
  if (pwned === null) {
    return result(
      rule.kind,
      'pending',
      `À confirmer${NBSP}: la recherche dans les fuites de mots de passe connues se fait quand vous lancez la vérification.`,
      'To be confirmed: the search in known password breaches runs when you start the check.',
    );
  }
  switch (pwned.status) {
    case 'pwned':
      return result(
        rule.kind,
        'fail',
        `Trouvé ${formatNumber(pwned.count, 'fr')}${NBSP}fois dans des fuites de mots de passe${NBSP}: les attaquants l’essaient en premier. Changez-le partout où il sert.`,
        `Found ${formatNumber(pwned.count, 'en')} ${plural(pwned.count, 'time', 'times')} in password breaches: attackers try it first. Change it wherever it is used.`,
      );
    case 'not-pwned':
      return result(rule.kind, 'pass', 'Absent des fuites de mots de passe connues.', 'Not found in known password breaches.');
    case 'not-checked': {
      const reason = NOT_CHECKED_TEXT[pwned.reason];
      return result(
        rule.kind,
        'not-checked',
        `Impossible de vérifier les fuites de mots de passe (${reason.fr})${NBSP}: cela ne veut pas dire qu’il n’y figure pas.`,
        `Could not check password breaches (${reason.en}): this does not mean it is not in one.`,
      );
    }
  }
}

function reusedRule(rule: Extract<PolicyRule, { kind: 'not-reused' }>, inputs: RuleInputs): RuleResult {
  const reused = inputs.reusedWith;
  if (reused === null) {
    return result(
      rule.kind,
      'pending',
      `À confirmer${NBSP}: la comparaison avec les autres comptes de la personne se fait quand vous lancez la vérification.`,
      'To be confirmed: the comparison with the person’s other accounts runs when you start the check.',
    );
  }
  if (reused.length === 0 && inputs.comparedWith === 0) {
    return result(
      rule.kind,
      'pass',
      `Rien à comparer${NBSP}: aucun autre compte de cette personne n’a encore été vérifié pendant cette séance.`,
      'Nothing to compare yet: no other account of this person has been checked in this sitting.',
    );
  }
  if (reused.length === 0) {
    return result(
      rule.kind,
      'pass',
      'Différent des autres mots de passe vérifiés pour cette personne.',
      'Different from the other passwords checked for this person.',
    );
  }
  const fr = listText(reused.map((account) => quoteFr(account.label)), 'et');
  const en = listText(reused.map((account) => quoteEn(account.label)), 'and');
  return result(
    rule.kind,
    'fail',
    `Même mot de passe que ${fr}${NBSP}: si l’un fuit, l’autre tombe aussi. Un mot de passe différent pour chaque compte.`,
    `Same password as ${en}: if one leaks, the other falls too. Use a different password for each account.`,
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
