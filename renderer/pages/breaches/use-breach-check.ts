import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useAction } from '../../components/use-action.ts';
import { useBreachJob, type JobFailure, type JobOutcome } from './use-breach-job.ts';
import { useBreachResults } from './use-breach-results.ts';

/** Check everyone (again, `force`: even those checked in the last 24 hours), or retry what could not be checked. */
export type BreachStart = { force?: boolean } | { retry: true; accountIds?: string[] };

/**
 * The Breaches page's workflow: its results, the check under way (started, followed, cancelled,
 * resumed), what the live region says and why the last action or check failed.
 */
export function useBreachCheck() {
  const { t } = useTranslation();
  const results = useBreachResults();
  const { reload, refreshAccount } = results;
  const action = useAction<'starting' | 'cancelling' | 'resuming'>();
  const { fail } = action;
  // From the cancel request until the job says it has stopped.
  const [cancelling, setCancelling] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [allFresh, setAllFresh] = useState(false);

  const onFinished = useCallback(
    (outcome: JobOutcome, jobFailure?: JobFailure) => {
      setCancelling(false);
      setAnnouncement(t(`breaches.run.finished.${outcome}`));
      // A check that stopped on a store problem (locked, unreadable, disk full) says which, and what to do.
      if (jobFailure) fail(jobFailure);
      void reload();
    },
    [fail, reload, t],
  );
  const loaded = results.state.status === 'ready' ? results.state.value : null;
  const job = useBreachJob(loaded ? loaded.activeJob : undefined, {
    onChanged: () => void reload(),
    onItemDone: (accountId) => void refreshAccount(accountId),
    onFinished,
  });

  const start = (what: BreachStart) =>
    action.run(
      async () => {
        setAllFresh(false);
        const retry = 'retry' in what;
        const started = retry ? await api.breach.retry(what.accountIds ? { accountIds: what.accountIds } : undefined) : await api.breach.checkAll(what);
        if (started.jobId === null) {
          setAllFresh(!retry);
          setAnnouncement(retry ? '' : t('breaches.run.allFresh'));
        } else {
          const skipped = started.skipped > 0 ? ` ${t('breaches.run.startedSkipped', { count: started.skipped })}` : '';
          setAnnouncement(retry ? t('breaches.announce.retryStarted') : `${t('breaches.run.started', { count: started.total })}${skipped}`);
        }
        await reload();
      },
      {
        label: 'starting',
        // A check already running (e.g. resumed after a restart): show it, beside why this one did not start.
        failed: () => void reload(),
      },
    );

  const cancel = async () => {
    if (!job) return;
    setCancelling(true);
    const asked = await action.run(() => api.jobs.cancel({ jobId: job.jobId }), { label: 'cancelling' });
    if (asked === undefined) setCancelling(false);
  };

  // An interrupted check (Hygie closed, or its end could not be recorded) picks up where it stopped.
  const resume = () =>
    action.run(
      async () => {
        await api.jobs.resume();
        await reload();
      },
      { label: 'resuming' },
    );

  return {
    state: results.state,
    reload,
    job,
    starting: action.pending === 'starting',
    cancelling,
    resuming: action.pending === 'resuming',
    failure: action.failure,
    announcement,
    allFresh,
    start,
    cancel,
    resume,
  };
}
