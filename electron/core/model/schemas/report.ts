import * as z from 'zod';
import { MfaEvidenceSchema, MfaStatusSchema } from './mfa.ts';
import { MfaCoverageSchema } from './mfa-matrix.ts';
import { DeclarationAnswersSchema, PolicyRuleKindSchema, VerdictSchema } from './password.ts';
import { PolicyIdSchema } from './practice.ts';
import { ServiceIdSchema, StaffRoleSchema } from './staff.ts';

// The compliance report: one model built from the store (or from a command-line audit run),
// rendered as JSON (this schema, versioned), PDF and CSV. The JSON is the reference: the PDF's
// footer carries the SHA-256 of its exact bytes. Texts meant for people (titles, actions,
// explanations) are in the report's language; every one sits next to a stable code, so scripts
// read codes and people read words. No password, hash of a password or note is ever part of it.
//
// docs/report-schema.json is generated from this file (`node scripts/write-report-schema.ts`;
// test/unit/report-render.test.ts fails while it is stale); change the shape only with a new
// schemaVersion (docs/report-format.md, "Versions").

export const REPORT_FORMAT = 'hygie-report';
export const REPORT_SCHEMA_VERSION = 4;
/** The score formula's version (docs/score.md): a change of weights or rules is a new number. */
export const SCORE_FORMULA_VERSION = 2;

export const ReportLanguageSchema = z.enum(['fr', 'en']);
export type ReportLanguage = z.infer<typeof ReportLanguageSchema>;

/** YYYY-MM-DD. */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
/** An ISO 8601 date-time. */
const Instant = z.string().min(10);

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

export const SCORE_COMPONENTS = ['breaches', 'mfa', 'passwords', 'walkthrough'] as const;
export const ScoreComponentIdSchema = z.enum(SCORE_COMPONENTS);
export type ScoreComponentId = z.infer<typeof ScoreComponentIdSchema>;

export const ScoreComponentSchema = z.object({
  id: ScoreComponentIdSchema,
  /** Points this component is worth out of 100. */
  weight: z.number().nonnegative(),
  /** Share earned, 0–1: what is proven good, weighted (docs/score.md). Unknown counts 0. */
  earned: z.number().min(0).max(1),
  /** Points given: weight × earned, rounded to one decimal. */
  points: z.number().nonnegative(),
  /** How many items this component looked at (accounts, mailboxes, steps). */
  items: z.number().int().nonnegative(),
  /**
   * How many of them are proven fully good (worth 1: clean or remediated mailbox, app or security
   * key, passing password, step done or not applicable). Partial worth (SMS, e-mail code) shows in
   * `earned` only.
   */
  good: z.number().int().nonnegative(),
});
export type ScoreComponent = z.infer<typeof ScoreComponentSchema>;

export const ScoreSchema = z.object({
  /** 0–100, rounded; null when the practice has no staff yet (nothing to score). */
  value: z.number().int().min(0).max(100).nullable(),
  formulaVersion: z.literal(SCORE_FORMULA_VERSION),
  components: z.array(ScoreComponentSchema),
});
export type Score = z.infer<typeof ScoreSchema>;

export const ScorePointSchema = z.object({ date: Day, score: z.number().int().min(0).max(100) });
export type ScorePoint = z.infer<typeof ScorePointSchema>;

export const ReportBreachSchema = z.object({
  name: z.string(),
  title: z.string(),
  breachDate: Day.nullable(),
  /** HIBP's data classes as it names them (English codes); the PDF prints them in the report's language. */
  dataClasses: z.array(z.string()),
  /** One line in the report's language, from the breach's site, date and data classes (v3). */
  summary: z.string(),
});
export type ReportBreach = z.infer<typeof ReportBreachSchema>;

/** Why something could not be checked: a code (NOT_CHECKED_REASONS, or the ones below) and words. */
export const NotCheckedEntrySchema = z.object({
  personRef: z.string().nullable(),
  accountRef: z.string().nullable(),
  service: ServiceIdSchema.nullable(),
  check: z.enum(['breach', 'stealer-logs', 'mfa', 'password', 'walkthrough', 'domain']),
  /**
   * A code; docs/report-format.md lists every one with its meaning. Breach and password checks:
   * NOT_CHECKED_REASONS (schemas/breach.ts), plus never-checked, no-key (breach: no HIBP key and no
   * local list), source-pending (breach: a list imported since the last check), not-checked
   * (password: no reason kept). MFA: never-recorded. Domain: never-checked, the reasons a check is
   * skipped, or a DNS reason. Stealer logs: NOT_CHECKED_REASONS (the search of a verified domain
   * that did not answer). Any check: not-in-scope (a command-line audit checks breaches only).
   */
  reason: z.string(),
  /** In the report's language: what happened and what to do. */
  explanation: z.string(),
  /** When the last attempt was made, if any. */
  attemptedAt: Instant.nullable(),
});
export type NotCheckedEntry = z.infer<typeof NotCheckedEntrySchema>;

export const ReportAccountSchema = z.object({
  /** Stable within one report: "P01-A02". */
  accountRef: z.string(),
  service: ServiceIdSchema,
  /** The e-mail for a mailbox ("•••@domain" when anonymised), '' for other services. */
  identifier: z.string(),
  /** Mailboxes only; null for other services. */
  breach: z
    .object({
      status: z.enum(['breached', 'clean', 'not-checked']),
      checkedAt: Instant.nullable(),
      breaches: z.array(ReportBreachSchema),
      /** Breached, and the walkthrough recorded the password changed since: the finding is closed. */
      remediated: z.boolean(),
      /**
       * The websites infostealer malware captured this address's credentials on (HIBP's stealer
       * logs of a verified domain), each with the service of Hygie's catalogue it belongs to.
       * Absent: none known (a report of schema version 1 never has it).
       */
      stealerLogs: z.array(z.object({ website: z.string(), service: ServiceIdSchema.nullable(), firstSeenAt: Instant })).optional(),
    })
    .nullable(),
  mfa: z.object({
    /** 'unknown' when nobody recorded it: never counted as protected. */
    status: MfaStatusSchema,
    evidence: MfaEvidenceSchema.nullable(),
    checkedAt: Instant.nullable(),
  }),
  password: z.object({
    /** The latest verdict under the practice's policy; never-checked when there is none. */
    verdict: z.union([VerdictSchema, z.literal('never-checked')]),
    checkedAt: Instant.nullable(),
    failedRules: z.array(PolicyRuleKindSchema),
    pwned: z.enum(['pwned', 'not-pwned', 'not-checked']).nullable(),
    pwnedCount: z.number().int().positive().nullable(),
    /** accountRefs of this person's other accounts found with the same password. */
    reusedWith: z.array(z.string()),
    /**
     * What counts for this account (schema version 4): the latest check ('checked'), the person's
     * self-assessment when it is newer ('declared': answers, not a check; worth less in the score),
     * or nothing ('none'). `verdict` and the fields above stay the latest check's.
     */
    evidence: z.enum(['checked', 'declared', 'none']),
    /** The self-assessment that counts (evidence 'declared'), else null. */
    declared: z.object({ declaredAt: Instant, answers: DeclarationAnswersSchema }).nullable(),
  }),
  walkthrough: z.object({
    answered: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    done: z.number().int().nonnegative(),
    notPossible: z.number().int().nonnegative(),
    lastAnsweredAt: Instant.nullable(),
  }),
});
export type ReportAccount = z.infer<typeof ReportAccountSchema>;

export const ReportPersonSchema = z.object({
  /** Stable within one report: "P01", in roster order (last name, first name). */
  personRef: z.string(),
  /** "Jeanne Dupont", or initials ("J. D.") when anonymised. */
  name: z.string(),
  role: StaffRoleSchema,
  /** The role in the report's language. */
  roleName: z.string(),
  accounts: z.array(ReportAccountSchema),
  walkthrough: z.object({
    answered: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    complete: z.boolean(),
    lastAnsweredAt: Instant.nullable(),
  }),
});
export type ReportPerson = z.infer<typeof ReportPersonSchema>;

export const FINDING_KINDS = [
  'breached-mailbox', // an address found in a breach, password not changed since
  'pwned-password', // a password found in Pwned Passwords
  'reused-password', // the same password on two of the person's accounts
  'weak-password', // fails the practice's policy
  'declared-password', // the self-assessment answered "no" to a question (declared, not checked)
  'mfa-none', // no MFA on the account
  'mfa-weak', // MFA by e-mail code (mailbox/amelipro) or SMS where stronger exists
  'walkthrough-incomplete', // hardening steps not answered yet
  'walkthrough-later', // a hardening item answered "later", with its day: pending, not a failure
  'shared-credential', // a personal login (amelipro, Pro Santé Connect…) used by several people
  'domain-email-auth', // the practice's domain: DMARC/SPF missing or lax
  'stealer-log', // a password typed on an infected computer was stolen (HIBP's stealer logs)
  'breach-recheck-due', // the staff's addresses were last checked longer ago than the practice's cadence
] as const;
export const FindingKindSchema = z.enum(FINDING_KINDS);
export type FindingKind = z.infer<typeof FindingKindSchema>;

/**
 * What the practice says about a finding (the Actions page): to do, done (by hand: the evidence
 * stays until a check confirms it), later (with a day), or an accepted risk (with a reason and
 * who accepted it). A status changes what the report shows, never the evidence: the finding is
 * still listed, with its severity, due date and points.
 */
export const FINDING_STATUSES = ['todo', 'done', 'later', 'accepted'] as const;
export const FindingStatusValueSchema = z.enum(FINDING_STATUSES);
export type FindingStatusValue = z.infer<typeof FindingStatusValueSchema>;

export const FindingStatusSchema = z.object({
  value: FindingStatusValueSchema,
  /** When it was set; null for a finding nobody gave a status to (or set back to "to do"). */
  setAt: Instant.nullable(),
  /** Who set it ("app:jdupont", "cli:jdupont"); "—" when anonymised; null when never set. */
  setBy: z.string().nullable(),
  /** later: the day it is planned for (YYYY-MM-DD). */
  until: Day.nullable(),
  /** accepted: why, as the practice wrote it; null when anonymised (free text can name people). */
  reason: z.string().nullable(),
  /** done: a check recorded after it was marked done that still found the problem; the finding is open again. */
  stillFoundAt: Instant.nullable(),
});
export type FindingStatus = z.infer<typeof FindingStatusSchema>;

export const FindingSchema = z.object({
  /**
   * Stable across reports and recomputations: the kind and what it is about ("mfa-none:amelipro:<account id>",
   * "walkthrough-incomplete:<person id>", "domain-email-auth:<domain>"), never a row number. A status is
   * kept against it.
   */
  id: z.string(),
  /** "F001", in severity order: stable within one report, as personRef and accountRef. */
  ref: z.string(),
  severity: SeveritySchema,
  kind: FindingKindSchema,
  personRef: z.string().nullable(),
  accountRef: z.string().nullable(),
  service: ServiceIdSchema.nullable(),
  /** In the report's language: what is wrong, on which account. */
  title: z.string(),
  /** In the report's language: what to do, concretely. */
  action: z.string(),
  /** In the report's language, the steps in order, for the findings that need more than one sentence (stealer-log). */
  playbook: z.array(z.string()).optional(),
  /**
   * Who does it: the person's name (or initials); for the practice's domain, the IT provider on the
   * staff list (the first one), else the practice's referent.
   */
  owner: z.string(),
  /**
   * Since when the problem has lasted: the start of its current run, not its latest check (a
   * breach: the first check that found the address with no clean answer since; a password: the
   * first of its failing verdicts in a row; MFA none or weak: the first record of that status in a
   * row; an unfinished walkthrough: the day the person was added to the staff list; the domain: its
   * latest check). Null only when the source has no such date (the person's addition date unknown).
   */
  detectedAt: Instant.nullable(),
  /** detectedAt (or the report's date) + 7 / 30 / 90 / 180 days by severity. */
  dueDate: Day,
  overdue: z.boolean(),
  /**
   * The points the score would gain were this fixed (docs/score.md, "Points per finding"): a whole
   * number, at least 1 when the gain is above zero; 0 for what the score does not count (the domain).
   */
  points: z.number().int().nonnegative(),
  status: FindingStatusSchema,
});
export type Finding = z.infer<typeof FindingSchema>;

export const REFERENCE_IDS = [
  'ans-identification',
  'ans-memento',
  'cnil-2022-100',
  'anssi-2021',
  'nist-800-63b-4',
  'hipaa-164-308',
  'hipaa-164-312',
  'hhs-405d-hicp',
  'gdpr-art-32',
  'gdpr-art-33',
  'nis2',
] as const;
export const ReferenceIdSchema = z.enum(REFERENCE_IDS);
export type ReferenceId = z.infer<typeof ReferenceIdSchema>;

export const ReferenceSchema = z.object({
  id: ReferenceIdSchema,
  /** Short title, e.g. "CNIL, délibération n° 2022-100". */
  title: z.string(),
  /** In the report's language: what this report takes from it. */
  relevance: z.string(),
  url: z.string().url(),
  /** True for the text behind the practice's chosen password policy. */
  policy: z.boolean(),
});
export type Reference = z.infer<typeof ReferenceSchema>;

// ── Version 3: the first page, the texts a French practice answers to, who signs ──────────────

/** What a text asks of the practice, as this report can say it: met, to do, not checked, outside what Hygie looks at, or not applicable. */
export const MAPPING_STATUSES = ['compliant', 'todo', 'not-checked', 'out-of-scope', 'not-applicable'] as const;
export const MappingStatusSchema = z.enum(MAPPING_STATUSES);
export type MappingStatus = z.infer<typeof MappingStatusSchema>;

/** Each requirement the report maps, in the order it prints them (docs/report-format.md, "Mapping"). */
export const MAPPING_ITEMS = [
  'ans-identification-2026',
  'memento-premises',
  'memento-equipment',
  'memento-workstation',
  'memento-cards',
  'memento-passwords',
  'memento-password-manager',
  'memento-updates',
  'memento-messaging',
  'memento-gdpr',
  'memento-records',
  'cnil-passwords',
  'gdpr-security',
  'gdpr-breach-notification',
  'nis2',
] as const;
export const MappingItemIdSchema = z.enum(MAPPING_ITEMS);
export type MappingItemId = z.infer<typeof MappingItemIdSchema>;

export const MappingItemSchema = z.object({
  id: MappingItemIdSchema,
  /** The text it comes from (references[].id). */
  reference: ReferenceIdSchema,
  /** In the report's language: what the text asks. */
  requirement: z.string(),
  status: MappingStatusSchema,
  /** In the report's language: the evidence behind the status (counts, what was declared, why out of scope). */
  evidence: z.string(),
  /** The findings behind a "todo" (refs, F001…). */
  findingRefs: z.array(z.string()),
});
export type MappingItem = z.infer<typeof MappingItemSchema>;

export const SCORE_BANDS = ['good', 'warning', 'danger'] as const;
export const ScoreBandSchema = z.enum(SCORE_BANDS);
export type ScoreBand = z.infer<typeof ScoreBandSchema>;

/** The first page in data: the band, the trend, three sentences, the three most urgent findings. */
export const OverviewSchema = z.object({
  /** The app's bands: 80+ good, 50–79 needs work, below 50 insufficient; null without a score. */
  band: ScoreBandSchema.nullable(),
  /** The previous recorded score the trend compares with (null when there is none). */
  trend: z.object({ since: Day, previous: z.number().int().min(0).max(100), delta: z.number().int() }).nullable(),
  /** Three sentences in the report's language: the score, what is most at risk, what is not known. */
  sentences: z.array(z.string()).length(3),
  /** refs of the three most urgent open findings (most serious, then due first). */
  urgent: z.array(z.string()).max(3),
});
export type Overview = z.infer<typeof OverviewSchema>;

/** What the report rests on, in the report's language: checked by Hygie, declared by the practice, outside this review. */
export const ReportScopeSchema = z.object({
  verified: z.array(z.string()),
  declared: z.array(z.string()),
  outOfScope: z.array(z.string()),
});
export type ReportScopeLists = z.infer<typeof ReportScopeSchema>;

export const ReportSchema = z.object({
  format: z.literal(REPORT_FORMAT),
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  reportId: z.string().min(1),
  generatedAt: Instant,
  /** Who prepared it, as typed on the Reports page or with --by (else the referent); "—" when anonymised or unknown. */
  generatedBy: z.string(),
  hygieVersion: z.string(),
  language: ReportLanguageSchema,
  anonymised: z.boolean(),
  /** 'store': the app's data; 'audit': a command-line breach audit of a roster (breaches only). */
  origin: z.enum(['store', 'audit']),
  practice: z.object({
    name: z.string(),
    city: z.string(),
    profession: z.string(),
    finess: z.string().nullable(),
    emailDomain: z.string().nullable(),
    /** The referent who signs (initials when anonymised). */
    referent: z.string(),
  }),
  policy: z.object({
    id: PolicyIdSchema,
    name: z.string(),
    /** HIPAA: the procedures the practice's written policy must show (password/policies.ts); else empty. */
    procedures: z.array(z.string()),
  }),
  score: ScoreSchema,
  summary: z.object({
    people: z.number().int().nonnegative(),
    accounts: z.number().int().nonnegative(),
    mailboxes: z.number().int().nonnegative(),
    /** Found in a breach (remediated ones included: they were). */
    breachedMailboxes: z.number().int().nonnegative(),
    /** Of breachedMailboxes, those whose password was changed since (no finding left). */
    remediatedMailboxes: z.number().int().nonnegative(),
    cleanMailboxes: z.number().int().nonnegative(),
    notCheckedMailboxes: z.number().int().nonnegative(),
    /** A second factor of any kind (the MFA page's count), weak ones included. */
    mfaProtected: z.number().int().nonnegative(),
    /** Of mfaProtected, those whose method is itself a finding (e-mail code; SMS on a mailbox or amelipro). */
    mfaWeak: z.number().int().nonnegative(),
    mfaNone: z.number().int().nonnegative(),
    mfaUnknown: z.number().int().nonnegative(),
    /** Compliant, checked or declared (schema version 4: declared ones count here, and in passwordsDeclared). */
    passwordsPass: z.number().int().nonnegative(),
    /** To change, checked or declared. */
    passwordsFail: z.number().int().nonnegative(),
    /** Of passwordsPass and passwordsFail, those that stand on a self-assessment, not a check. */
    passwordsDeclared: z.number().int().nonnegative(),
    passwordsPwned: z.number().int().nonnegative(),
    passwordsReused: z.number().int().nonnegative(),
    passwordsNotChecked: z.number().int().nonnegative(),
    walkthroughComplete: z.number().int().nonnegative(),
    walkthroughStarted: z.number().int().nonnegative(),
    findings: z.record(SeveritySchema, z.number().int().nonnegative()),
  }),
  mfaCoverage: z.array(MfaCoverageSchema),
  people: z.array(ReportPersonSchema),
  findings: z.array(FindingSchema),
  notChecked: z.array(NotCheckedEntrySchema),
  /**
   * HIBP's searches of the practice's verified domains: the addresses found on them that are not
   * on the staff list (former staff, shared boxes, typos; "•••@domain" when anonymised), and
   * whether the key's plan includes stealer logs (null: not known, or no search). Always written
   * since schema version 2.
   */
  domainSearch: z
    .object({
      stealerLogsInPlan: z.boolean().nullable(),
      aliasesNotOnRoster: z.array(
        z.object({
          address: z.string(),
          breaches: z.array(z.string()),
          stealerLogWebsites: z.array(z.string()),
          /** The practice chose to set it aside. */
          ignored: z.boolean(),
        }),
      ),
    })
    .optional(),
  /** One point per day a score was recorded, oldest first, today's included. */
  scoreHistory: z.array(ScorePointSchema),
  references: z.array(ReferenceSchema),
  overview: OverviewSchema,
  scope: ReportScopeSchema,
  mapping: z.array(MappingItemSchema),
  signature: z.object({
    /** The person responsible for the practice's data (the doctor, the pharmacy's owner), as typed; "—" when not given. */
    responsible: z.string(),
    referent: z.string(),
    place: z.string(),
    /** The report's day. */
    date: Day,
    /** When the practice reviews it again (default: six months later). */
    nextReview: Day,
  }),
});
export type Report = z.infer<typeof ReportSchema>;

// ── The Reports page and the dashboard ─────────────────────────────────────────────────────

/** The full PDF, its data, the spreadsheet, and the one-page summary (a PDF of the first page alone). */
export const REPORT_FILE_FORMATS = ['pdf', 'json', 'csv', 'summary'] as const;
/** Each format's file extension. */
export const REPORT_FILE_EXTENSIONS: Readonly<Record<(typeof REPORT_FILE_FORMATS)[number], string>> = { pdf: 'pdf', json: 'json', csv: 'csv', summary: 'pdf' };
export const ReportFileFormatSchema = z.enum(REPORT_FILE_FORMATS);
export type ReportFileFormat = z.infer<typeof ReportFileFormatSchema>;

/** A report generated earlier, as listed on the Reports page (the `report` table). */
export const ReportRecordSchema = z.object({
  id: z.string(),
  generatedAt: Instant,
  generatedBy: z.string(),
  language: ReportLanguageSchema,
  policy: PolicyIdSchema,
  anonymised: z.boolean(),
  score: z.number().int().min(0).max(100).nullable(),
  /** SHA-256 (hex) of the JSON file's exact bytes, as printed in the PDF's footer. */
  jsonSha256: z.string().regex(/^[0-9a-f]{64}$/u),
  files: z.array(
    z.object({
      format: ReportFileFormatSchema,
      path: z.string(),
      bytes: z.number().int().nonnegative(),
      /** False when the file was moved or deleted since. */
      exists: z.boolean(),
    }),
  ),
});
export type ReportRecord = z.infer<typeof ReportRecordSchema>;

/** A name typed on the Reports page (who signs, who prepared it): printed as written. */
const TypedName = z.string().trim().max(120);

export const ReportGenerateInputSchema = z
  .object({
    language: ReportLanguageSchema,
    anonymise: z.boolean().default(false),
    /** The person responsible for the practice's data, who signs. */
    responsible: TypedName.optional(),
    /** The referent; empty: the practice profile's. */
    referent: TypedName.optional(),
    /** Who prepared the report; empty: the referent. */
    preparedBy: TypedName.optional(),
    /** The next review (YYYY-MM-DD); empty: six months from today. */
    nextReview: Day.optional(),
  })
  .strict();
export type ReportGenerateInput = z.input<typeof ReportGenerateInputSchema>;

export const ReportOpenInputSchema = z.object({ reportId: z.string().min(1).max(64), format: ReportFileFormatSchema }).strict();
export const ReportRevealInputSchema = z.object({ reportId: z.string().min(1).max(64) }).strict();

export const DashboardSummarySchema = z.object({
  /** Today's score (recorded in the history as it is computed). */
  score: ScoreSchema,
  history: z.array(ScorePointSchema),
  /**
   * The MFA page's coverage per service, plus `weak`: of `protected`, the accounts whose method is
   * itself a finding (the report's mfa-weak findings), shown apart so a weak factor never looks good.
   */
  mfaCoverage: z.array(MfaCoverageSchema.extend({ weak: z.number().int().nonnegative() })),
  breaches: z.object({
    mailboxes: z.number().int().nonnegative(),
    /** Found in a breach and not remediated (a finding is open). */
    breached: z.number().int().nonnegative(),
    /** Found in a breach, password changed since (no finding left). */
    remediated: z.number().int().nonnegative(),
    clean: z.number().int().nonnegative(),
    notChecked: z.number().int().nonnegative(),
  }),
  passwords: z.object({
    accounts: z.number().int().nonnegative(),
    pass: z.number().int().nonnegative(),
    fail: z.number().int().nonnegative(),
    pwned: z.number().int().nonnegative(),
    reused: z.number().int().nonnegative(),
    notChecked: z.number().int().nonnegative(),
  }),
  walkthrough: z.object({
    people: z.number().int().nonnegative(),
    complete: z.number().int().nonnegative(),
    started: z.number().int().nonnegative(),
  }),
  findings: z.record(SeveritySchema, z.number().int().nonnegative()),
  /** The first three open findings by severity (names in the app's language): to do, due again, or still found after "done". */
  nextActions: z.array(FindingSchema).max(3),
  /** How many findings are open (the Actions page lists them all, open or not). */
  openActions: z.number().int().nonnegative(),
  /** What is not checked yet, one item per account and check (and the practice's domain): the Actions page's "to check" list. */
  notChecked: z.number().int().nonnegative(),
  lastReport: ReportRecordSchema.nullable(),
});
export type DashboardSummary = z.infer<typeof DashboardSummarySchema>;

export const DashboardSummaryInputSchema = z.object({ language: ReportLanguageSchema }).strict();
