import { breachPerson, breachResults } from '../breach/breach-results.ts';
import { BREACH_JOB_KIND, planBreachCheck } from '../breach/check-staff-job.ts';
import type { JobRunner } from '../jobs/job-runner.ts';
import { servicesSettings } from '../settings/services-settings.ts';
import type { StoreHost } from '../store/store-host.ts';
import type { Handlers } from './router.ts';

// The calls behind long work: "check all staff" (breach.*) and the jobs it runs as (jobs.*).
// Starting returns a job id at once; progress comes as job events through the router.

type JobCalls = 'breach.checkAll' | 'breach.retry' | 'breach.results' | 'breach.person' | 'jobs.active' | 'jobs.cancel' | 'jobs.resume';

export function jobHandlers(host: StoreHost, jobs: JobRunner): Pick<Handlers, JobCalls> {
  const startBreachCheck = (options: { force?: boolean; retry?: boolean; accountIds?: readonly string[] }) =>
    host.use(async (store) => {
      const hasKey = (await host.secrets.get('hibp-api-key')) !== null;
      const { items, skipped } = planBreachCheck(store, { ...options, hasKey, now: new Date() });
      if (items.length === 0) return { jobId: null, total: 0, skipped };
      const job = jobs.start(store, BREACH_JOB_KIND, { force: options.force ?? false, retry: options.retry ?? false }, items);
      return { jobId: job.id, total: items.length, skipped };
    });

  return {
    'breach.checkAll': (input) => startBreachCheck({ force: input?.force ?? false }),
    'breach.retry': (input) =>
      startBreachCheck({ retry: true, ...(input?.accountIds ? { accountIds: input.accountIds } : {}) }),
    'breach.results': () =>
      host.use(async (store) => {
        const apiKey = await host.secrets.get('hibp-api-key');
        const { hibpBaseUrl } = servicesSettings(store, apiKey);
        const activeJob = jobs.active().find((job) => job.kind === BREACH_JOB_KIND) ?? null;
        return breachResults(store, { hasKey: apiKey !== null, hibpBaseUrl, activeJob });
      }),
    // One person, when a check has just finished one of their addresses (the job event names it).
    'breach.person': ({ accountId }) =>
      host.use(async (store) => {
        const hasKey = (await host.secrets.get('hibp-api-key')) !== null;
        return { person: breachPerson(store, { hasKey, accountId }) };
      }),

    'jobs.active': () => jobs.active(),
    'jobs.cancel': async ({ jobId }) => ({ cancelled: await jobs.cancel(jobId) }),
    'jobs.resume': async () => ({ resumed: await jobs.resumePending() }),
  };
}
