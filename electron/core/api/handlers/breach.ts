import { breachPerson, breachResults } from '../../breach/breach-results.ts';
import { planBreachCheck } from '../../breach/check-staff-job.ts';
import { readHibpAccount } from '../../breach/hibp/hibp-account.ts';
import { addAliasToStaff, ignoreAlias, notifyMeState, setNotifyMe } from '../../breach/domain-aliases-actions.ts';
import { servicesSettings } from '../../settings/services-settings.ts';
import { BREACH_JOB_KIND } from '../../model/job-kinds.ts';
import type { AreaHandlers, HandlerContext } from './context.ts';

// "Check all staff" and its results. Starting returns a job id at once (jobs.ts for the job
// itself); progress comes as job events through the router.

export function breachHandlers({ host, jobs }: HandlerContext): AreaHandlers<'breach'> {
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
        const { apiKey, baseUrl } = await readHibpAccount(host.secrets, store);
        const activeJob = jobs.active().find((job) => job.kind === BREACH_JOB_KIND) ?? null;
        return breachResults(store, { hasKey: apiKey !== null, hibpBaseUrl: baseUrl, activeJob });
      }),
    'breach.ignoreAlias': (input) => host.use((store) => ignoreAlias(store, input, servicesSettings(store, null).hibpBaseUrl)),
    'breach.addAliasToStaff': (input) => host.use((store) => addAliasToStaff(store, input, servicesSettings(store, null).hibpBaseUrl)),
    'breach.notifyMe': ({ accountId }) => host.use((store) => notifyMeState(store, accountId)),
    'breach.setNotifyMe': ({ accountId, subscribed }) => host.use((store) => setNotifyMe(store, accountId, subscribed)),
    // One person, when a check has just finished one of their addresses (the job event names it).
    'breach.person': ({ accountId }) =>
      host.use(async (store) => {
        const hasKey = (await host.secrets.get('hibp-api-key')) !== null;
        return { person: breachPerson(store, { hasKey, accountId }) };
      }),
  };
}
