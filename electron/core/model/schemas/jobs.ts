import * as z from 'zod';

// Long work as jobs (docs/architecture.md, "Long work is a job"): what the renderer can ask about them.
// Progress itself arrives as JobEvents (../job-event.ts); these calls let a page that opens while
// a job runs (after navigating away and back) pick it up, and cancel it.

export const JobIdSchema = z.string().min(1).max(100);

export const JobSnapshotSchema = z.object({
  jobId: JobIdSchema,
  kind: z.string(),
  startedAt: z.string(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  currentItem: z.string().optional(),
  etaSeconds: z.number().nonnegative().optional(),
  stage: z.enum(['preparing', 'working']),
});
export type JobSnapshot = z.infer<typeof JobSnapshotSchema>;

export const JobCancelInputSchema = z.object({ jobId: JobIdSchema }).strict();
export const JobCancelResultSchema = z.object({
  /** false: the job had already ended (or runs in another program). */
  cancelled: z.boolean(),
});

export const JobResumeResultSchema = z.object({ resumed: z.array(JobIdSchema) });
