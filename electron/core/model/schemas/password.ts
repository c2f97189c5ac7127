import * as z from 'zod';
import { NotCheckedReasonSchema } from './breach.ts';
import { PolicyIdSchema } from './practice.ts';
import { LocalisedSchema } from './localised.ts';
import { PwnedPasswordOutcomeSchema } from './pwned-passwords.ts';
import { ServiceIdSchema } from './staff.ts';

// The password audit (issue "password audit"). A password crosses the bridge only inside the
// calls that assess or check it, and lives in the main process only for that call: nothing here
// that is stored or returned later holds it, a hash of it, or a part of it.

/** Longest password assessed: NIST SP 800-63B-4 asks verifiers to accept at least 64. */
export const PASSWORD_MAX_LENGTH = 256;
export const PasswordInputSchema = z.string().min(1).max(PASSWORD_MAX_LENGTH);

/** Where a context word comes from: what an attacker who knows the practice tries first. */
export const CONTEXT_WORD_KINDS = ['practice-name', 'practice-city', 'profession', 'person-name', 'email', 'health-portal'] as const;
export const ContextWordKindSchema = z.enum(CONTEXT_WORD_KINDS);
export type ContextWordKind = z.infer<typeof ContextWordKindSchema>;

export const CharacterClassesSchema = z.object({ lower: z.boolean(), upper: z.boolean(), digit: z.boolean(), special: z.boolean() });
export type CharacterClasses = z.infer<typeof CharacterClassesSchema>;

export const PasswordStrengthSchema = z.object({
  /** 0–4, zxcvbn's scale, lowered when the password leans on a context word (see password/README.md). */
  score: z.number().int().min(0).max(4),
  /** log10 of the estimated number of guesses an attacker needs. */
  guessesLog10: z.number().nonnegative(),
  /** The same estimate in bits (log2 of the guesses). */
  estimatedBits: z.number().nonnegative(),
  /**
   * The CNIL / ANSSI "theoretical" entropy: length × log2(alphabet), or, for a passphrase,
   * words × 80/7 (CNIL 2022-100 counts 7 words as 80 bits). Says nothing of predictability.
   */
  theoreticalBits: z.number().nonnegative(),
  length: z.number().int().nonnegative(),
  classes: CharacterClassesSchema,
  /** Words when the password reads as a passphrase (letters-only words between separators), else null. */
  passphraseWords: z.number().int().positive().nullable(),
  /** Context words found in it, with where they come from (shown live; only the kinds are stored). */
  contextWords: z.array(z.object({ word: z.string(), kind: ContextWordKindSchema })),
  warning: LocalisedSchema.nullable(),
  suggestions: z.array(LocalisedSchema),
});
export type PasswordStrength = z.infer<typeof PasswordStrengthSchema>;

/** The rule kinds a policy is made of (password/policies.ts holds the rule sets and their sources). */
export const POLICY_RULE_KINDS = [
  'min-theoretical-bits',
  'min-length',
  'character-classes',
  'not-guessable',
  'no-context-words',
  'not-pwned',
  'not-reused',
] as const;
export const PolicyRuleKindSchema = z.enum(POLICY_RULE_KINDS);
export type PolicyRuleKind = z.infer<typeof PolicyRuleKindSchema>;

/**
 * One rule's outcome. 'pending': needs the pwned check or the sitting, which the live meter does
 * not run; 'not-checked': the pwned check ran and could not answer. Neither counts as a pass.
 */
export const RULE_OUTCOMES = ['pass', 'fail', 'pending', 'not-checked'] as const;
export const RuleOutcomeSchema = z.enum(RULE_OUTCOMES);
export type RuleOutcome = z.infer<typeof RuleOutcomeSchema>;

export const RuleResultSchema = z.object({
  kind: PolicyRuleKindSchema,
  outcome: RuleOutcomeSchema,
  /** What the rule asks and why this password does or does not meet it, in words a secretary understands. */
  explanation: LocalisedSchema,
});
export type RuleResult = z.infer<typeof RuleResultSchema>;

/** 'not-checked': every rule that could be judged passed, but one could not be checked (e.g. pwned, offline). */
export const VERDICTS = ['pass', 'fail', 'not-checked'] as const;
export const VerdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof VerdictSchema>;

export const PolicyVerdictSchema = z.object({
  policy: PolicyIdSchema,
  /** CNIL 2022-100 only: case 1 (password alone) or case 2 (the account locks after failed attempts). */
  cnilCase: z.enum(['1', '2']).nullable(),
  title: LocalisedSchema,
  /** The text the rules come from, cited (e.g. "CNIL, délibération n° 2022-100 du 21 juillet 2022"). */
  source: z.object({ citation: z.string(), url: z.string().url() }),
  verdict: VerdictSchema,
  rules: z.array(RuleResultSchema),
});
export type PolicyVerdict = z.infer<typeof PolicyVerdictSchema>;

/** What the account is, for the rules that depend on it. */
export const AccountFactsSchema = z.object({
  /** The account has MFA on (a protected status in the MFA matrix): NIST allows 8 characters then. */
  mfa: z.boolean(),
  /** An administrator account (the IT provider): ANSSI asks 16 characters. */
  admin: z.boolean(),
  /** The account locks after failed attempts (said by the person): CNIL case 2. */
  lockout: z.boolean(),
});
export type AccountFacts = z.infer<typeof AccountFactsSchema>;

export const PasswordAssessmentSchema = z.object({
  strength: PasswordStrengthSchema,
  /** The practice's chosen policy decides pass/fail… */
  policy: PolicyIdSchema,
  verdict: VerdictSchema,
  /** …all of them are shown, the chosen one first. */
  policies: z.array(PolicyVerdictSchema),
  account: AccountFactsSchema,
});
export type PasswordAssessment = z.infer<typeof PasswordAssessmentSchema>;

/** The account a password is assessed for: a person's account, or nobody's (a generic check). */
export const PasswordTargetSchema = z.object({
  staffId: z.string().min(1).nullable(),
  accountId: z.string().min(1).nullable(),
  lockout: z.boolean().default(false),
});

// ---- calls --------------------------------------------------------------------------------

/** password.assess: the live meter. No network, nothing stored. */
export const PasswordAssessInputSchema = PasswordTargetSchema.extend({ password: PasswordInputSchema }).strict();
export type PasswordAssessInput = z.input<typeof PasswordAssessInputSchema>;

/** password.beginSitting: one person at the desk; reuse is compared within the sitting only. */
export const BeginSittingInputSchema = z.object({ staffId: z.string().min(1) }).strict();
export const SittingSchema = z.object({ sittingId: z.string().min(1), staffId: z.string(), expiresAt: z.string() });
export type Sitting = z.infer<typeof SittingSchema>;
export const EndSittingInputSchema = z.object({ sittingId: z.string().min(1) }).strict();

/** The accounts of the same person whose password, checked in this sitting, is the same. */
export const ReusedWithSchema = z.array(z.object({ accountId: z.string(), service: ServiceIdSchema, label: z.string() }));
export type ReusedWith = z.infer<typeof ReusedWithSchema>;

/** password.check: the full check (strength, policies, pwned, reuse); stores the verdict only. */
export const PasswordCheckInputSchema = z
  .object({ sittingId: z.string().min(1), accountId: z.string().min(1), password: PasswordInputSchema, lockout: z.boolean().default(false) })
  .strict();
export type PasswordCheckInput = z.input<typeof PasswordCheckInputSchema>;

/** password.cancelCheck: typing resumed; a check of the account still waiting stores nothing. */
export const PasswordCancelCheckInputSchema = z.object({ sittingId: z.string().min(1), accountId: z.string().min(1) }).strict();

export const PasswordCheckResultSchema = z.object({
  assessment: PasswordAssessmentSchema,
  pwned: PwnedPasswordOutcomeSchema,
  reusedWith: ReusedWithSchema,
  checkedAt: z.string(),
});
export type PasswordCheckResult = z.infer<typeof PasswordCheckResultSchema>;

/** What the store keeps of a check (check_result kind 'password'): the verdict, never the password. */
export const StoredPasswordVerdictSchema = z.object({
  accountId: z.string(),
  checkedAt: z.string(),
  verdict: VerdictSchema,
  /** Set when verdict is 'not-checked': why the pwned check could not answer. */
  reason: NotCheckedReasonSchema.nullable(),
  policy: PolicyIdSchema,
  cnilCase: z.enum(['1', '2']).nullable(),
  score: z.number().int().min(0).max(4),
  // No estimated bits here: for a random password they are length × log2(10) (zxcvbn's brute
  // force), for a dictionary one the word's rank. Rows written with them read fine (extra keys
  // are dropped when parsing).
  /** The chosen policy's rules that failed. */
  failedRules: z.array(PolicyRuleKindSchema),
  /** Every policy's verdict, for information and the report. */
  policies: z.record(PolicyIdSchema, VerdictSchema),
  pwned: z.discriminatedUnion('status', [
    z.object({ status: z.literal('pwned'), count: z.number().int().positive() }),
    z.object({ status: z.literal('not-pwned') }),
    z.object({ status: z.literal('not-checked'), reason: NotCheckedReasonSchema }),
  ]),
  contextKinds: z.array(ContextWordKindSchema),
  reusedWith: ReusedWithSchema,
  recordedBy: z.string(),
});
export type StoredPasswordVerdict = z.infer<typeof StoredPasswordVerdictSchema>;

// ---- the self-assessment ("declared") ------------------------------------------------------

/**
 * The four questions a person answers about one account's password instead of typing it (a shared
 * computer, or no wish to type it): nothing typed, nothing checked. Recorded as "declared" evidence,
 * which counts less than a checked password (docs/score.md) and is shown as declared everywhere.
 */
export const DECLARATION_QUESTIONS = ['minLength', 'unique', 'manager', 'changedSinceBreach'] as const;
export type DeclarationQuestion = (typeof DECLARATION_QUESTIONS)[number];
export const DeclarationAnswerSchema = z.enum(['yes', 'no']);
export const DeclarationAnswersSchema = z
  .object({
    /** At least 12 characters? */
    minLength: DeclarationAnswerSchema,
    /** Used for this account only? */
    unique: DeclarationAnswerSchema,
    /** Kept in a password manager? */
    manager: DeclarationAnswerSchema,
    /** Changed since the last breach the person heard of (or never in one)? */
    changedSinceBreach: DeclarationAnswerSchema,
  })
  .strict();
export type DeclarationAnswers = z.infer<typeof DeclarationAnswersSchema>;

export const StoredPasswordDeclarationSchema = z.object({
  accountId: z.string(),
  declaredAt: z.string(),
  answers: DeclarationAnswersSchema,
  recordedBy: z.string(),
});
export type StoredPasswordDeclaration = z.infer<typeof StoredPasswordDeclarationSchema>;

/** password.declare: one account's self-assessment; stores the four answers, nothing else. */
export const PasswordDeclareInputSchema = z.object({ staffId: z.string().min(1), accountId: z.string().min(1), answers: DeclarationAnswersSchema }).strict();
export type PasswordDeclareInput = z.input<typeof PasswordDeclareInputSchema>;

/** The questions answered "no": each one is a reason the password is to change. */
export function declarationNos(answers: DeclarationAnswers): DeclarationQuestion[] {
  return DECLARATION_QUESTIONS.filter((question) => answers[question] === 'no');
}

/**
 * What counts for an account: the newest of its latest check and its latest declaration (a check
 * made after a declaration replaces it, and the other way round; same instant: the check).
 */
export type PasswordEvidence = 'checked' | 'declared' | 'none';
export function passwordEvidence(latest: { checkedAt: string } | null, declared: { declaredAt: string } | null): PasswordEvidence {
  if (declared && (!latest || declared.declaredAt > latest.checkedAt)) return 'declared';
  return latest ? 'checked' : 'none';
}

/**
 * The one word the page and the report give an account's password: "à changer" (a check failed,
 * or a declaration answered "no"), "conforme" (a check passed, or every answer "yes" — declared),
 * "à confirmer" (never checked, or the check could not reach the breach lists). Never "conforme"
 * without evidence.
 */
export const PASSWORD_STANDINGS = ['to-change', 'compliant', 'to-confirm'] as const;
export type PasswordStanding = (typeof PASSWORD_STANDINGS)[number];
export function passwordStanding(latest: { checkedAt: string; verdict: Verdict } | null, declared: StoredPasswordDeclaration | null): PasswordStanding {
  const inForce = declared && passwordEvidence(latest, declared) === 'declared' ? declared.answers : null;
  return standingOf(latest?.verdict ?? 'never-checked', inForce);
}

/** The same word from a check's verdict and the declaration in force (null: the check counts). */
export function standingOf(verdict: Verdict | 'never-checked', declared: DeclarationAnswers | null): PasswordStanding {
  if (declared) return declarationNos(declared).length > 0 ? 'to-change' : 'compliant';
  return verdict === 'pass' ? 'compliant' : verdict === 'fail' ? 'to-change' : 'to-confirm';
}

/** password.results: per person × account, the latest verdict (null: never checked — not "fine"). */
export const PasswordResultsSchema = z.object({
  policy: PolicyIdSchema,
  persons: z.array(
    z.object({
      staffId: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      role: z.string(),
      accounts: z.array(
        z.object({
          accountId: z.string(),
          service: ServiceIdSchema,
          /** The e-mail address for a mailbox, else the service's name. */
          label: z.string(),
          mfa: z.boolean(),
          latest: StoredPasswordVerdictSchema.nullable(),
          /** The latest self-assessment (null: none); it counts when newer than `latest` (passwordEvidence). */
          declared: StoredPasswordDeclarationSchema.nullable(),
        }),
      ),
    }),
  ),
  summary: z.object({
    accounts: z.number().int(),
    pass: z.number().int(),
    fail: z.number().int(),
    notChecked: z.number().int(),
    neverChecked: z.number().int(),
    /** Of pass and fail, those that stand on a declaration (the newest evidence), not a check. */
    declared: z.number().int(),
    pwned: z.number().int(),
    reused: z.number().int(),
  }),
});
export type PasswordResults = z.infer<typeof PasswordResultsSchema>;

/** password.generate: a passphrase from a French or English word list, drawn with a CSPRNG. */
export const PASSPHRASE_LANGUAGES = ['fr', 'en'] as const;
export const PASSPHRASE_MIN_WORDS = 6;
export const PASSPHRASE_MAX_WORDS = 12;
export const PASSPHRASE_DEFAULT_WORDS = 8;
export const GeneratePassphraseInputSchema = z
  .object({
    lang: z.enum(PASSPHRASE_LANGUAGES),
    words: z.number().int().min(PASSPHRASE_MIN_WORDS).max(PASSPHRASE_MAX_WORDS).default(PASSPHRASE_DEFAULT_WORDS),
    /** The person it is for: their names join the practice's words left out of the draw. */
    staffId: z.string().min(1).nullable().default(null),
  })
  .strict();
export const GeneratedPassphraseSchema = z.object({
  passphrase: z.string(),
  words: z.number().int(),
  /** The true entropy: words × log2(list size), to one decimal. */
  bits: z.number(),
  /** The words it is drawn from: the list's 2048 less the few holding a context word. */
  listSize: z.number().int(),
});
export type GeneratedPassphrase = z.infer<typeof GeneratedPassphraseSchema>;
