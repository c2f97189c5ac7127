import type { AreaHandlers, HandlerContext } from './context.ts';

// Long work of any kind: what runs now, cancelling it, and resuming what a closed app left.
// Progress itself comes as job events through the router.

export function jobsHandlers({ jobs }: HandlerContext): AreaHandlers<'jobs'> {
  return {
    'jobs.active': () => jobs.active(),
    'jobs.cancel': async ({ jobId }) => ({ cancelled: await jobs.cancel(jobId) }),
    'jobs.resume': async () => ({ resumed: await jobs.resumePending() }),
  };
}
