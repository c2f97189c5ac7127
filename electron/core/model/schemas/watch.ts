import * as z from 'zod';

// Watching, not only checking: when the staff's addresses were last all checked, how often the
// practice wants them checked again, the daily look at HIBP's newest breach, and starting Hygie
// with the computer. What the dashboard's "last check" panel and the settings' section read.

export const RECHECK_DAYS_MIN = 1;
export const RECHECK_DAYS_MAX = 365;

export const WatchStatusSchema = z.object({
  /** When every address was last checked (the oldest of their latest checks); null: some never were. */
  lastFullCheckAt: z.string().nullable(),
  /** Whole days since then; null with lastFullCheckAt. */
  daysSinceLastCheck: z.number().int().nonnegative().nullable(),
  /** The practice's cadence, in days (default 30). */
  recheckDays: z.number().int().min(RECHECK_DAYS_MIN).max(RECHECK_DAYS_MAX),
  /** Past the cadence: a re-check is due (and is an action until it runs). */
  due: z.boolean(),
  /** Whether an HIBP key is set: with one, Hygie re-checks by itself while open. */
  hasKey: z.boolean(),
  /** The last look at HIBP's newest breach: the breach, or why it got no answer. */
  latest: z
    .object({
      checkedAt: z.string().nullable(),
      breach: z.object({ name: z.string(), title: z.string(), addedAt: z.string() }).nullable(),
      failure: z.object({ at: z.string(), reason: z.string(), httpStatus: z.number().int().optional() }).nullable(),
    })
    .nullable(),
  /** Without a key: a breach added since the last full check, for the practice to read (until dismissed). */
  notice: z.object({ name: z.string(), title: z.string(), addedAt: z.string(), noticedAt: z.string() }).nullable(),
  /** The last re-check the watch started by itself. */
  lastRecheck: z.object({ jobId: z.string(), trigger: z.enum(['new-breach', 'due']), startedAt: z.string(), breach: z.string().nullable() }).nullable(),
  /** "Start with the computer, in the background": null where this computer's Hygie cannot (the command line). */
  startAtLogin: z.boolean().nullable(),
});
export type WatchStatus = z.infer<typeof WatchStatusSchema>;

export const WatchSettingsInputSchema = z
  .object({
    recheckDays: z.number().int().min(RECHECK_DAYS_MIN).max(RECHECK_DAYS_MAX).optional(),
    startAtLogin: z.boolean().optional(),
  })
  .strict();
