import { z } from 'zod';

// Long work is a job (DESIGN.md): it reports progress through these events, which the main
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
  }),
  z.object({
    type: z.literal('finished'),
    jobId: z.string(),
    kind: z.string(),
    outcome: z.enum(['completed', 'cancelled', 'failed']),
  }),
]);

export type JobEvent = z.infer<typeof JobEventSchema>;
export type JobEventListener = (event: JobEvent) => void;
