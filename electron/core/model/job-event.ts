import * as z from 'zod';
import { ApiErrorSchema } from './envelope.ts';

// Long work is a job (docs/architecture.md): it reports progress through these events, which the main
// process forwards to the window and the preload hands to the renderer's subscribers.
export const JobEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    jobId: z.string(),
    kind: z.string(),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    currentItem: z.string().optional(),
    /** Estimated seconds left; absent until there is enough to estimate from. */
    etaSeconds: z.number().nonnegative().optional(),
    /** Finished items so far by outcome (e.g. breached / clean / not-checked). */
    counts: z.record(z.string(), z.number().int().nonnegative()).optional(),
    /** 'preparing' while the job gets ready (e.g. asks the service its plan), before the first item. */
    stage: z.enum(['preparing', 'working']).optional(),
    /** Finer progress when an item is a batch (e.g. lines of a corpus file read so far / in the file). */
    units: z.object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }).optional(),
    /**
     * The item whose result has just been saved (absent on the other progress events): its key in
     * the job (a breach check's: the mailbox account id) and what it added up to, so a page
     * refreshes that one instead of reloading everything.
     */
    finishedItem: z
      .object({ key: z.string(), state: z.enum(['done', 'cancelled']), tally: z.string() })
      .optional(),
  }),
  z.object({
    type: z.literal('finished'),
    jobId: z.string(),
    kind: z.string(),
    outcome: z.enum(['completed', 'cancelled', 'failed']),
    /** Why a failed job stopped (e.g. the database became unreadable or stayed locked), for the UI to explain. */
    error: ApiErrorSchema.optional(),
    done: z.number().int().nonnegative().optional(),
    total: z.number().int().nonnegative().optional(),
    counts: z.record(z.string(), z.number().int().nonnegative()).optional(),
    units: z.object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }).optional(),
  }),
]);

export type JobEvent = z.infer<typeof JobEventSchema>;
export type JobProgressEvent = Extract<JobEvent, { type: 'progress' }>;
export type JobEventListener = (event: JobEvent) => void;
