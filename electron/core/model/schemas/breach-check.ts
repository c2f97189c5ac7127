import * as z from 'zod';
import { ApiErrorSchema } from '../envelope.ts';
import { BreachFoundSchema, BreachSourceSchema, EmailBreachOutcomeSchema } from './breach.ts';
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
