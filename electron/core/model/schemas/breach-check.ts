import * as z from 'zod';
import { ApiErrorSchema } from '../envelope.ts';
import { BreachFoundSchema, BreachSourceSchema, EmailBreachOutcomeSchema, NotCheckedReasonSchema } from './breach.ts';
import { ServiceIdSchema } from './staff.ts';
import { LocalisedSchema } from './localised.ts';
import { JobIdSchema, JobSnapshotSchema } from './jobs.ts';

// "Check all staff" and the Breaches page: start a check as a job, and read what is known per
// person and per e-mail. Every count keeps 'not-checked' apart: it is never folded into clean.

export const BreachCheckAllInputSchema = z
  .object({
    /** Check again even the e-mails with a definitive answer less than 24 hours old. */
    force: z.boolean().optional(),
  })
  .strict()
  .optional();

export const BreachRetryInputSchema = z
  .object({
    /** Only these mailbox accounts; default: every e-mail with a source that could not answer. */
    accountIds: z.array(z.string().min(1).max(100)).min(1).max(1000).optional(),
  })
  .strict()
  .optional();

export const BreachJobStartSchema = z.object({
  /** null: nothing to check (every e-mail has a fresh definitive answer). */
  jobId: JobIdSchema.nullable(),
  /** E-mails in the job. */
  total: z.number().int().nonnegative(),
  /** E-mails left out because they were checked less than 24 hours ago. */
  skipped: z.number().int().nonnegative(),
});

export const BreachStatusSchema = z.enum(['breached', 'clean', 'not-checked']);
export type BreachStatus = z.infer<typeof BreachStatusSchema>;

export const StoredOutcomeSchema = z.object({
  checkedAt: z.string(),
  outcome: EmailBreachOutcomeSchema,
  /** A local corpus's name (its source is corpus:<id>); null for HIBP. */
  sourceName: z.string().nullable(),
  /** When this source could not answer lately but had found the address before: that earlier answer. */
  lastBreached: z.object({ checkedAt: z.string(), breaches: z.array(BreachFoundSchema) }).nullable(),
});
export type StoredOutcome = z.infer<typeof StoredOutcomeSchema>;

export const EmailResultSchema = z.object({
  accountId: z.string(),
  email: z.string(),
  /**
   * breached if any source found it (now, or before a later failed check); else not-checked if any
   * source could not answer or was never asked; clean only when every source answered clean.
   */
  status: BreachStatusSchema,
  /** The latest check of this address, null when never checked. */
  checkedAt: z.string().nullable(),
  results: z.array(StoredOutcomeSchema),
  /** Sources configured now that never answered for this address (e.g. a corpus imported since). */
  pendingSources: z.array(BreachSourceSchema),
});
export type EmailResult = z.infer<typeof EmailResultSchema>;

export const PersonResultSchema = z.object({
  staffId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  role: z.string(),
  roleLabel: z.string().nullable(),
  status: BreachStatusSchema,
  emails: z.array(EmailResultSchema),
});
export type PersonResult = z.infer<typeof PersonResultSchema>;

export const BreachSummarySchema = z.object({
  people: z.number().int().nonnegative(),
  emails: z.number().int().nonnegative(),
  breached: z.number().int().nonnegative(),
  clean: z.number().int().nonnegative(),
  /** Includes neverChecked: both are "we do not know". */
  notChecked: z.number().int().nonnegative(),
  neverChecked: z.number().int().nonnegative(),
});
export type BreachSummary = z.infer<typeof BreachSummarySchema>;

/** One person's results, asked when a check has just finished one of their addresses. */
export const BreachPersonInputSchema = z.object({ accountId: z.string().min(1).max(100) }).strict();
export const BreachPersonSchema = z.object({
  /** null: the account is no longer on the roster (or never was): the page reloads everything. */
  person: PersonResultSchema.nullable(),
});

// ── Whole-domain searches and stealer logs (HIBP's organisation calls) ──────────────────────

/** How the latest search of one verified domain ended. */
export const DomainSearchStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('answered'), checkedAt: z.string() }),
  z.object({
    status: z.literal('not-checked'),
    checkedAt: z.string(),
    reason: NotCheckedReasonSchema,
    httpStatus: z.number().int().optional(),
    rayId: z.string().max(100).optional(),
    retryAt: z.string().optional(),
    /** When an earlier search did answer (what is shown meanwhile). */
    lastAnsweredAt: z.string().nullable(),
  }),
  /** More breached addresses than the plan may search (DomainSearchMaxBreachedAccounts): checked one by one. */
  z.object({ status: z.literal('too-large'), checkedAt: z.string(), pwnCount: z.number(), cap: z.number() }),
  /** Stealer logs: the plan does not include them. */
  z.object({ status: z.literal('not-in-plan'), checkedAt: z.string() }),
]);
export type DomainSearchState = z.infer<typeof DomainSearchStateSchema>;

/** An address of a verified domain HIBP found (in a breach or a stealer log) that is not on the staff list. */
export const DomainAliasSchema = z.object({
  domain: z.string(),
  alias: z.string(),
  /** alias@domain. */
  address: z.string(),
  breaches: z.array(BreachFoundSchema),
  stealerLogWebsites: z.array(z.string()),
  /** The practice chose to leave it aside ("ignore"); shown apart, never deleted. */
  ignored: z.boolean(),
});
export type DomainAlias = z.infer<typeof DomainAliasSchema>;

/** A website a stealer log names, with the service of Hygie's catalogue it belongs to (null: none). */
export const StealerLogWebsiteSchema = z.object({
  website: z.string(),
  service: ServiceIdSchema.nullable(),
  /** The services catalogue's entry ("amelipro", "google"…), null when none matches. */
  entry: z.string().nullable(),
  firstSeenAt: z.string(),
});
export type StealerLogWebsite = z.infer<typeof StealerLogWebsiteSchema>;

/** One staff address whose credentials infostealer malware captured. */
export const StealerLogHitSchema = z.object({
  staffId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  accountId: z.string(),
  email: z.string(),
  websites: z.array(StealerLogWebsiteSchema).min(1),
  /** The report's finding in both languages: what happened, and its playbook's steps in order. */
  title: LocalisedSchema,
  playbook: z.object({ fr: z.array(z.string()), en: z.array(z.string()) }),
});
export type StealerLogHit = z.infer<typeof StealerLogHitSchema>;

export const DomainWatchSchema = z.object({
  /** The last /subscribeddomains answer: the key's verified domains, or why it did not answer; null: never asked. */
  verified: z
    .object({
      checkedAt: z.string(),
      domains: z.array(z.string()).nullable(),
      reason: NotCheckedReasonSchema.optional(),
      httpStatus: z.number().int().optional(),
      rayId: z.string().max(100).optional(),
    })
    .nullable(),
  /** Each verified domain the practice uses, with its two searches. */
  domains: z.array(z.object({ domain: z.string(), breaches: DomainSearchStateSchema.nullable(), stealerLogs: DomainSearchStateSchema.nullable() })),
  /** Whether the key's plan includes stealer logs (its flag, else its name); null: not known yet. */
  stealerLogsInPlan: z.boolean().nullable(),
  aliasesNotOnRoster: z.array(DomainAliasSchema),
  stealerLogs: z.array(StealerLogHitSchema),
});
export type DomainWatch = z.infer<typeof DomainWatchSchema>;

export const DomainAliasInputSchema = z
  .object({
    address: z.string().trim().min(3).max(320).regex(/^[^\s@]+@[^\s@]+$/u),
    /** false: back on the list. Default true. */
    ignore: z.boolean().optional(),
  })
  .strict();

/** "Add to staff": a new person with this address (their names as the practice writes them). */
export const DomainAliasAddInputSchema = z
  .object({
    address: z.string().trim().min(3).max(320).regex(/^[^\s@]+@[^\s@]+$/u),
    firstName: z.string().trim().max(120),
    lastName: z.string().trim().min(1).max(120),
  })
  .strict();

export const BreachResultsSchema = z.object({
  hibp: z.object({
    key: z.enum(['set', 'not-set']),
    /**
     * range: only 6 hex characters of SHA-1(address) are sent; direct: the address itself is sent;
     * unknown: a key is set but no check has run yet (the plan decides); none: HIBP is not used.
     */
    mode: z.enum(['range', 'direct', 'unknown', 'none']),
    plan: z.string().nullable(),
  }),
  corpora: z.array(z.object({ id: z.string(), name: z.string() })),
  /** HIBP's searches of the practice's verified domains: aliases not on the staff list, stealer logs. */
  domains: DomainWatchSchema,
  persons: z.array(PersonResultSchema),
  summary: BreachSummarySchema,
  lastRun: z
    .object({
      jobId: JobIdSchema,
      /**
       * running: under way here (see activeJob) or in another program (the command line);
       * interrupted: not finished, but nobody works on it now (Hygie was closed, or the store
       * refused to record its end): it resumes where it stopped when the store opens again.
       */
      state: z.enum(['running', 'interrupted', 'completed', 'cancelled', 'failed']),
      startedAt: z.string(),
      finishedAt: z.string().nullable(),
      total: z.number().int().nonnegative(),
      /** Why a failed check stopped, kept with the job so the page still says it after a restart. */
      error: ApiErrorSchema.nullable(),
    })
    .nullable(),
  activeJob: JobSnapshotSchema.nullable(),
});
export type BreachResults = z.infer<typeof BreachResultsSchema>;

// ── HIBP's free "Notify me", for personal mailboxes ─────────────────────────────────────────

export const NotifyMeInputSchema = z.object({ accountId: z.string().min(1).max(100) }).strict();
export const NotifyMeSetInputSchema = z.object({ accountId: z.string().min(1).max(100), subscribed: z.boolean() }).strict();

export const NotifyMeStateSchema = z.object({
  accountId: z.string(),
  email: z.string(),
  /**
   * personal: a consumer provider (Gmail, Orange, Free…): no domain search can cover it, HIBP's
   * "Notify me" is the way; organisation: the practice's own domain (its domain search covers it).
   */
  kind: z.enum(['personal', 'organisation']),
  /** When the person said they subscribed it; null: not (yet). */
  subscribedAt: z.string().nullable(),
  /** HIBP's page where the person subscribes their address themselves. */
  url: z.string().url(),
});
export type NotifyMeState = z.infer<typeof NotifyMeStateSchema>;
