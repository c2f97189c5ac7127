import { corpusNamesBySource } from '../../electron/core/model/source-id.ts';
import { useMemo } from 'react';
import { Button, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { BreachResults, EmailResult } from '../../electron/core/model/schemas/breach-check.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Icon } from '../components/Icon.tsx';
import { LoadFallback } from '../components/LoadFallback.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { ProviderDetails } from '../components/ProviderDetails.tsx';
import { Panel } from '../components/Panel.tsx';
import { StatusChip } from '../components/StatusChip.tsx';
import { JobProgress } from './breaches/JobProgress.tsx';
import { LastRun } from './breaches/LastRun.tsx';
import { PersonResults } from './breaches/PersonResults.tsx';
import { SummaryCounts } from './breaches/SummaryCounts.tsx';
import { useBreachCheck } from './breaches/use-breach-check.ts';
import { DomainAliasesPanel } from './breaches/DomainAliasesPanel.tsx';
import { DomainSearchNote } from './breaches/DomainSearchNote.tsx';
import { StealerLogsMissingNote, StealerLogsPanel } from './breaches/StealerLogsPanel.tsx';
import { WatchNotice } from './breaches/WatchNotice.tsx';

/**
 * What leaves the computer with this check, said before it runs (docs/privacy-and-data.md, "What
 * leaves the computer"): in plain words, the plan and the endpoint folded for the IT provider.
 */
function ModeNotice({ results }: { results: BreachResults }) {
  const { t } = useTranslation();
  const { mode, plan } = results.hibp;
  return (
    <div className={`callout breach-mode breach-mode--${mode}${mode === 'direct' ? ' callout--warning' : ''}`} data-mode={mode}>
      <Icon name={mode === 'direct' ? 'warning' : 'lock'} className="breach-mode__icon" />
      <div className="breach-mode__text">
        <p>{t(`breaches.mode.${mode}`)}</p>
        {results.corpora.length > 0 ? (
          <p className="text-hint">{t('breaches.mode.corpora', { names: results.corpora.map((corpus) => corpus.name).join(', ') })}</p>
        ) : null}
        <ProviderDetails>
          <p>{t(`breaches.mode.details.${mode}`, { plan: plan ?? t('breaches.mode.details.planUnknown') })}</p>
        </ProviderDetails>
      </div>
    </div>
  );
}

export function BreachesPage() {
  const { t } = useTranslation();
  const { state, reload, job, starting, cancelling, resuming, failure, announcement, allFresh, start, cancel, resume } = useBreachCheck();
  const results = state.status === 'ready' ? state.value : null;

  const retryOne = (email: EmailResult) => void start({ retry: true, accountIds: [email.accountId] });
  const corpusNames = useMemo(
    () => corpusNamesBySource(results?.corpora ?? []),
    [results?.corpora],
  );

  const header = (
    <PageHeader
      title={t('pages.breaches.title')}
      lead={t('pages.breaches.lead')}
      status={
        results && results.summary.emails > 0 ? (
          results.summary.breached > 0 ? (
            <StatusChip tone="danger" label={t('breaches.status.personBreached')} />
          ) : results.summary.notChecked > 0 ? (
            <StatusChip tone="neutral" label={t('status.notChecked')} />
          ) : (
            <StatusChip tone="success" label={t('breaches.status.personClean')} />
          )
        ) : (
          <StatusChip tone="neutral" label={t('status.notChecked')} />
        )
      }
    />
  );

  if (state.status !== 'ready') {
    return (
      <>
        {header}
        <LoadFallback state={state} loading={t('breaches.loading')} onRetry={() => void reload()} />
      </>
    );
  }

  const value = state.value;
  const noStaff = value.summary.emails === 0;
  const noSource = value.hibp.key === 'not-set' && value.corpora.length === 0;
  const running = job !== null;
  const anyChecked = value.summary.emails > value.summary.neverChecked;
  const retryable = value.persons.some((person) =>
    person.emails.some((email) => email.results.some((result) => result.outcome.status === 'not-checked')),
  );
  // Retrying leads only once every address has been asked at least once.
  const retryFirst = retryable && value.summary.neverChecked === 0;

  return (
    <>
      {header}

      {noStaff || noSource ? (
        <Panel title={noStaff ? t('breaches.empty.noStaffTitle') : t('breaches.empty.noSourceTitle')} icon="info" className="breach-empty">
          <p className="prose">{noStaff ? t('breaches.empty.noStaff') : t('breaches.empty.noSource')}</p>
          <Link href={noStaff ? '/staff' : '/'} className="button button--primary">
            <Icon name="arrowRight" />
            {noStaff ? t('breaches.empty.noStaffLink') : t('breaches.empty.noSourceLink')}
          </Link>
          <p className="prose prose--muted">{t('pages.breaches.why')}</p>
        </Panel>
      ) : (
        <Panel title={t('breaches.run.title')} icon="breaches" className="breach-run">
          <p className="prose">{t('breaches.run.explain')}</p>
          <ModeNotice results={value} />
          <DomainSearchNote domains={value.domains} />
          <StealerLogsMissingNote domains={value.domains} />
          {running ? (
            <JobProgress job={job} cancelling={cancelling} onCancel={() => void cancel()} />
          ) : (
            // One primary action, the one that helps now: retry what could not be checked, or
            // check everyone; "check everything again" stays secondary.
            <div className="button-row breach-run__actions">
              {retryFirst ? (
                <Button className="button button--primary" onPress={() => void start({ retry: true })} isDisabled={starting}>
                  <Icon name="clock" />
                  {starting ? t('breaches.run.starting') : t('breaches.run.retryAll')}
                </Button>
              ) : (
                <Button className="button button--primary" onPress={() => void start({})} isDisabled={starting}>
                  <Icon name="search" />
                  {starting ? t('breaches.run.starting') : t('breaches.run.checkAll')}
                </Button>
              )}
              {retryable && !retryFirst ? (
                <Button className="button button--secondary" onPress={() => void start({ retry: true })} isDisabled={starting}>
                  <Icon name="clock" />
                  {t('breaches.run.retryAll')}
                </Button>
              ) : null}
              {anyChecked || allFresh ? (
                <Button className="button button--secondary" onPress={() => void start({ force: true })} isDisabled={starting}>
                  {t('breaches.run.checkAllAgain')}
                </Button>
              ) : null}
            </div>
          )}
          <p role="status" className="breach-status">
            {announcement}
          </p>
          {failure ? <ErrorBanner error={failure} /> : null}
          {value.lastRun && !running ? (
            <LastRun
              lastRun={value.lastRun}
              showError={failure === null}
              resuming={resuming}
              onRetry={() => void start({})}
              onResume={() => void resume()}
            />
          ) : null}
        </Panel>
      )}

      <WatchNotice />
      {noStaff ? null : (
        <>
          <StealerLogsPanel domains={value.domains} />
          <Panel title={t('breaches.summary.title')} icon="scale">
            <SummaryCounts summary={value.summary} />
          </Panel>
          <Panel title={t('breaches.people.title')} icon="staff">
            <ul className="result-people">
              {value.persons.map((person) => (
                <PersonResults
                  key={person.staffId}
                  person={person}
                  corpusNames={corpusNames}
                  stolen={value.domains.stealerLogs.some((hit) => hit.staffId === person.staffId)}
                  {...(running || noSource ? {} : { onRetry: retryOne })}
                />
              ))}
            </ul>
          </Panel>
          <DomainAliasesPanel domains={value.domains} onChanged={() => void reload()} />
          <Panel title={t('emptyState.privacyTitle')} icon="lock" tone="quiet">
            <p className="prose">{t('pages.breaches.privacy')}</p>
          </Panel>
        </>
      )}
    </>
  );
}
