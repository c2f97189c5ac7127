import { describe, expect, it } from 'vitest';
import {
  PasswordAssessmentSchema,
  type AccountFacts,
  type PasswordAssessment,
  type PolicyRuleKind,
  type PolicyVerdict,
  type ReusedWith,
  type RuleResult,
} from '../../electron/core/model/schemas/password.ts';
import { POLICY_IDS, type PolicyId } from '../../electron/core/model/schemas/practice.ts';
import type { PwnedPasswordOutcome } from '../../electron/core/model/schemas/pwned-passwords.ts';
import { assessPassword } from '../../electron/core/password/assess-password.ts';
import type { PasswordContext } from '../../electron/core/password/context-words.ts';
import { HIPAA_PROCEDURES, POLICIES } from '../../electron/core/password/policies.ts';

// Each policy with passwords on both sides of each of its thresholds. The passwords are random
// enough that zxcvbn rates them 3 or 4, so the rule under test is the one that decides.

const NO_CONTEXT: PasswordContext = { practice: null, person: null };
const DUPONT: PasswordContext = {
  practice: { name: 'Cabinet Dupont', city: 'Lyon', profession: 'general-practice' },
  person: { firstName: 'Marie', lastName: 'Martin', emails: ['marie.martin@cabinet-dupont.fr'] },
};
const ALONE: AccountFacts = { mfa: false, admin: false, lockout: false };
const CLEAN: PwnedPasswordOutcome = { status: 'not-pwned', source: 'pwned-passwords' };
const MAILBOX: ReusedWith = [{ accountId: 'acc-1', service: 'mailbox', label: 'marie.martin@cabinet-dupont.fr' }];

interface Case {
  policy?: PolicyId;
  facts?: Partial<AccountFacts>;
  pwned?: PwnedPasswordOutcome | null;
  reusedWith?: ReusedWith | null;
  context?: PasswordContext;
}

function assess(password: string, options: Case = {}): PasswordAssessment {
  const assessment = assessPassword(password, {
    context: options.context ?? NO_CONTEXT,
    facts: { ...ALONE, ...options.facts },
    policy: options.policy ?? 'cnil-2022',
    pwned: options.pwned === undefined ? CLEAN : options.pwned,
    reusedWith: options.reusedWith === undefined ? [] : options.reusedWith,
  });
  return PasswordAssessmentSchema.parse(assessment);
}

function chosen(assessment: PasswordAssessment): PolicyVerdict {
  const verdict = assessment.policies[0];
  if (verdict === undefined || verdict.policy !== assessment.policy) throw new Error('the chosen policy must come first');
  return verdict;
}

function rule(assessment: PasswordAssessment, kind: PolicyRuleKind): RuleResult {
  const found = chosen(assessment).rules.find((entry) => entry.kind === kind);
  if (found === undefined) throw new Error(`no ${kind} rule in ${assessment.policy}`);
  return found;
}

function failed(assessment: PasswordAssessment): PolicyRuleKind[] {
  return chosen(assessment).rules.filter((entry) => entry.outcome === 'fail').map((entry) => entry.kind);
}

describe('CNIL 2022-100', () => {
  it('case 1: 12 characters of the four kinds reach 80 bits, 11 do not', () => {
    const pass = assess('Vq7#mZp2!xRk');
    expect(pass.verdict).toBe('pass');
    expect(chosen(pass).cnilCase).toBe('1');
    expect(rule(pass, 'min-theoretical-bits').explanation.fr).toContain('80\u202fbits');
    const fail = assess('Vq7#mZp2!xR');
    expect(fail.verdict).toBe('fail');
    expect(failed(fail)).toEqual(['min-theoretical-bits']);
    // The explanation names the three CNIL shapes and this password's numbers.
    const { fr, en } = rule(fail, 'min-theoretical-bits').explanation;
    expect(fr).toContain('11\u202fcaractères donnent 73\u202fbits');
    expect(fr).toContain('12\u202fcaractères avec majuscules, minuscules, chiffres et caractères spéciaux');
    expect(fr).toContain('14\u202fcaractères avec majuscules, minuscules et chiffres');
    expect(fr).toContain('7\u202fmots');
    expect(en).toContain('11 characters give 73 bits');
  });

  it('case 1: 14 characters of upper, lower and digits reach 80 bits, 13 do not', () => {
    expect(assess('Vq7mZp2xRkWb9T').verdict).toBe('pass');
    expect(failed(assess('Vq7mZp2xRkWb9'))).toEqual(['min-theoretical-bits']);
  });

  it('case 1: a passphrase of 7 words reaches 80 bits, 6 do not', () => {
    const seven = assess('lampe-girafe-orage-tulipe-violon-cactus-mouette');
    expect(seven.strength.passphraseWords).toBe(7);
    expect(seven.verdict).toBe('pass');
    const six = assess('lampe-girafe-orage-tulipe-violon-cactus');
    expect(failed(six)).toEqual(['min-theoretical-bits']);
    expect(rule(six, 'min-theoretical-bits').explanation.en).toContain('a 6-word passphrase gives 69 bits');
  });

  it('case 2 (the account locks after failed attempts): 50 bits', () => {
    const pass = assess('qz8vmk3xwp', { facts: { lockout: true } }); // 10 × log2(36) = 52
    expect(pass.verdict).toBe('pass');
    expect(chosen(pass).cnilCase).toBe('2');
    const fail = assess('qz8vmk3xw', { facts: { lockout: true } }); // 47
    expect(failed(fail)).toEqual(['min-theoretical-bits']);
    expect(rule(fail, 'min-theoretical-bits').explanation.fr).toContain('Au moins 50\u202fbits');
    // The same 52 bits are not enough for a password alone.
    expect(failed(assess('qz8vmk3xwp'))).toEqual(['min-theoretical-bits']);
  });

  it('80 bits of a guessable shape still fail: theoretical bits say nothing of predictability', () => {
    const repeated = assess('aB3$aB3$aB3$');
    expect(repeated.strength.theoreticalBits).toBe(80);
    expect(failed(repeated)).toEqual(['not-guessable']);
  });
});

describe('ANSSI 2021', () => {
  const anssi = { policy: 'anssi-2021' } as const;

  it('12 characters for a user, 11 fail', () => {
    expect(assess('Kx9#vQ2mWp4&', anssi).verdict).toBe('pass');
    const short = assess('Kx9#vQ2mWp4', anssi);
    expect(failed(short)).toEqual(['min-length']);
    expect(rule(short, 'min-length').explanation.fr).toContain('Au moins 12\u202fcaractères\u202f: celui-ci en a 11.');
    expect(rule(short, 'min-length').explanation.en).toContain('At least 12 characters: this one has 11.');
  });

  it('16 characters for an administrator, 15 fail', () => {
    expect(failed(assess('Kx9#vQ2mWp4&', { ...anssi, facts: { admin: true } }))).toEqual(['min-length']);
    expect(failed(assess('Kx9#vQ2mWp4&Zr7', { ...anssi, facts: { admin: true } }))).toEqual(['min-length']);
    expect(assess('Kx9#vQ2mWp4&Zr7!', { ...anssi, facts: { admin: true } }).verdict).toBe('pass');
    expect(rule(assess('Kx9#vQ2mWp4&Zr7', { ...anssi, facts: { admin: true } }), 'min-length').explanation.fr).toContain('administrateur');
  });

  it('the four character kinds, unless 20 characters or more', () => {
    const noSpecial = assess('Vq7mZp2xRkWb9T', anssi);
    expect(failed(noSpecial)).toEqual(['character-classes']);
    expect(rule(noSpecial, 'character-classes').explanation.fr).toContain('il manque les caractères spéciaux');
    expect(failed(assess('vqmzpxrkwtbnhjfdsgc', anssi))).toEqual(['character-classes']); // 19
    expect(assess('vqmzpxrkwtbnhjfdsgcl', anssi).verdict).toBe('pass'); // 20
  });

  it('prefers MFA: says so when the account has none, without failing for it', () => {
    const withoutMfa = assess('Kx9#vQ2mWp4&', anssi);
    expect(withoutMfa.verdict).toBe('pass');
    expect(rule(withoutMfa, 'min-length').explanation.fr).toContain('double authentification');
    expect(rule(assess('Kx9#vQ2mWp4&', { ...anssi, facts: { mfa: true } }), 'min-length').explanation.fr).not.toContain('double authentification');
  });
});

describe('NIST SP 800-63B-4', () => {
  const nist = { policy: 'nist-800-63b' } as const;

  it('15 characters alone, 14 fail; no composition rule', () => {
    // Lower-case only: NIST accepts it, ANSSI's four-kinds rule (under 20 characters) does not.
    const lower = assess('vqmzpxrkwtbnhjf', nist);
    expect(lower.verdict).toBe('pass');
    expect(chosen(lower).rules.map((entry) => entry.kind)).not.toContain('character-classes');
    expect(lower.policies.find((entry) => entry.policy === 'anssi-2021')?.verdict).toBe('fail');
    expect(failed(assess('vqmzpxrkwtbnhj', nist))).toEqual(['min-length']);
    expect(rule(assess('vqmzpxrkwtbnhj', nist), 'min-length').explanation.en).toContain('At least 15 characters (8 when the account has two-step verification): this one has 14.');
  });

  it('8 characters with MFA, 7 fail', () => {
    expect(rule(assess('vqmzpxrk', { ...nist, facts: { mfa: true } }), 'min-length').outcome).toBe('pass');
    expect(rule(assess('vqmzpxr', { ...nist, facts: { mfa: true } }), 'min-length').outcome).toBe('fail');
    expect(rule(assess('vqmzpxrk', nist), 'min-length').outcome).toBe('fail');
    const mfaLong = assess('qz8vmk3xwp', { ...nist, facts: { mfa: true } });
    expect(mfaLong.verdict).toBe('pass');
  });

  it('refuses context words and dictionary words however long', () => {
    const context = assess('CabinetDupontLyon2024', { ...nist, context: DUPONT });
    expect(failed(context)).toContain('no-context-words');
    expect(rule(context, 'no-context-words').explanation.fr).toContain('le nom du cabinet');
    expect(rule(context, 'not-guessable').explanation.fr).toMatch(/^Trop facile à deviner\u202f: note [01]\u202fsur\u202f4 \(3 au moins\)/u);
    expect(failed(assess('motdepassemotdepasse', nist))).toEqual(['not-guessable']);
  });
});

describe('HIPAA', () => {
  const hipaa = { policy: 'hipaa' } as const;

  it('has no length rule: a short random password passes, a dictionary one fails', () => {
    expect(assess('qz8vmk3xwp', hipaa).verdict).toBe('pass');
    expect(failed(assess('motdepasse2024', hipaa))).toEqual(['not-guessable']);
    expect(chosen(assess('qz8vmk3xwp', hipaa)).rules.map((entry) => entry.kind)).toEqual(['not-guessable', 'no-context-words', 'not-pwned', 'not-reused']);
  });

  it('lists the procedures the report must show, in both languages', () => {
    expect(POLICIES.hipaa.procedures).toBe(HIPAA_PROCEDURES);
    expect(HIPAA_PROCEDURES.length).toBeGreaterThanOrEqual(3);
    expect(HIPAA_PROCEDURES[0]?.en).toContain('164.308(a)(5)(ii)(D)');
    for (const procedure of HIPAA_PROCEDURES) expect(procedure.fr).not.toBe(procedure.en);
  });
});

describe('every policy', () => {
  it('cites its source, chosen policy first and the others after', () => {
    const assessment = assess('Vq7#mZp2!xRk', { policy: 'nist-800-63b' });
    expect(assessment.policies.map((entry) => entry.policy)).toEqual(['nist-800-63b', 'cnil-2022', 'anssi-2021', 'hipaa']);
    expect(POLICIES['cnil-2022'].source).toEqual({
      citation: 'CNIL, délibération n° 2022-100 du 21 juillet 2022',
      url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046130566',
    });
    for (const id of POLICY_IDS) {
      expect(POLICIES[id].id).toBe(id);
      expect(POLICIES[id].source.url).toMatch(/^https:\/\//u);
      expect(assessment.policies.find((entry) => entry.policy === id)?.source).toEqual(POLICIES[id].source);
    }
  });
});

describe('pending and not-checked rules', () => {
  const strong = 'Kx9#vQ2mWp4&Zr7!'; // passes every policy's other rules

  it('live meter (no pwned check, no sitting): pending, and the verdict is never "pass"', () => {
    const live = assess(strong, { pwned: null, reusedWith: null });
    expect(rule(live, 'not-pwned').outcome).toBe('pending');
    expect(rule(live, 'not-reused').outcome).toBe('pending');
    expect(rule(live, 'not-pwned').explanation.fr).toMatch(/^À confirmer\u202f:/u);
    for (const verdict of live.policies) expect(verdict.verdict).toBe('not-checked');
    expect(live.verdict).toBe('not-checked');
    // Leaving the options out is the live meter too.
    const bare = assessPassword(strong, { context: NO_CONTEXT, facts: ALONE, policy: 'cnil-2022' });
    expect(bare.verdict).toBe('not-checked');
  });

  it('pwned check that could not answer: "not-checked", never "pass"', () => {
    const offline = assess(strong, { pwned: { status: 'not-checked', source: 'pwned-passwords', reason: 'network' } });
    expect(rule(offline, 'not-pwned').outcome).toBe('not-checked');
    expect(rule(offline, 'not-pwned').explanation.fr).toContain('Impossible de vérifier');
    expect(rule(offline, 'not-pwned').explanation.en).toContain('no connection');
    expect(offline.verdict).toBe('not-checked');
    expect(offline.policies.every((entry) => entry.verdict === 'not-checked')).toBe(true);
  });

  it('a failed rule wins over a pending one', () => {
    expect(assess('Vq7#mZp2!xR', { pwned: null, reusedWith: null }).verdict).toBe('fail');
  });

  it('pwned: fails with the count in the explanation', () => {
    const pwned = assess(strong, { pwned: { status: 'pwned', source: 'pwned-mirror-dir', count: 10437277 } });
    expect(pwned.verdict).toBe('fail');
    expect(failed(pwned)).toEqual(['not-pwned']);
    expect(rule(pwned, 'not-pwned').explanation.fr).toContain('10\u202f437\u202f277\u202ffois');
    expect(rule(pwned, 'not-pwned').explanation.en).toContain('10,437,277 times');
    expect(pwned.policies.every((entry) => entry.verdict === 'fail')).toBe(true);
  });

  it('pwned once: singular', () => {
    expect(rule(assess(strong, { pwned: { status: 'pwned', source: 'pwned-passwords', count: 1 } }), 'not-pwned').explanation.en).toContain('Found 1 time in');
  });
});

describe('reuse', () => {
  it('fails naming the account it is shared with', () => {
    const reused = assess('Vq7#mZp2!xRk', { reusedWith: MAILBOX });
    expect(reused.verdict).toBe('fail');
    expect(failed(reused)).toEqual(['not-reused']);
    expect(rule(reused, 'not-reused').explanation.fr).toContain('Même mot de passe que «\u202fmarie.martin@cabinet-dupont.fr\u202f»');
    expect(rule(reused, 'not-reused').explanation.en).toContain('Same password as “marie.martin@cabinet-dupont.fr”');
  });

  it('passes with nothing shared', () => {
    expect(rule(assess('Vq7#mZp2!xRk', { reusedWith: [] }), 'not-reused').outcome).toBe('pass');
  });

  it('says there was nothing to compare when no other account was checked, without claiming it differs', () => {
    const first = assessPassword('Vq7#mZp2!xRk', { context: NO_CONTEXT, facts: ALONE, policy: 'cnil-2022', pwned: CLEAN, reusedWith: [], comparedWith: 0 });
    const alone = rule(first, 'not-reused');
    expect(alone.outcome).toBe('pass');
    expect(alone.explanation.fr).toMatch(/rien à comparer/iu);
    expect(alone.explanation.en).toMatch(/nothing to compare/iu);
    expect(alone.explanation.fr).not.toContain('Différent');
    expect(alone.explanation.en).not.toContain('Different');

    const second = assessPassword('Vq7#mZp2!xRk', { context: NO_CONTEXT, facts: ALONE, policy: 'cnil-2022', pwned: CLEAN, reusedWith: [], comparedWith: 2 });
    expect(rule(second, 'not-reused').explanation.fr).toContain('Différent des autres mots de passe');
  });
});
