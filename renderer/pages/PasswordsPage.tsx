import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useLoad } from '../app/use-load.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Icon } from '../components/Icon.tsx';
import { LoadFallback } from '../components/LoadFallback.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { Panel } from '../components/Panel.tsx';
import { ProviderDetails } from '../components/ProviderDetails.tsx';
import { focusPageTitle } from '../components/page-title.ts';
import { useAction } from '../components/use-action.ts';
import { PageVerdict, PageVerdictChip } from './passwords/PageVerdict.tsx';
import { PasswordManagers } from './passwords/PasswordManagers.tsx';
import { PolicyNotice } from './passwords/PolicyNotice.tsx';
import { SelfAssessment } from './passwords/SelfAssessment.tsx';
import { ResultsOverview } from './passwords/ResultsOverview.tsx';
import { SittingPicker } from './passwords/SittingPicker.tsx';
import { SittingView } from './passwords/SittingView.tsx';
import { SummaryTiles } from './passwords/SummaryTiles.tsx';
import { SITTING_IDLE_MS } from './passwords/use-idle-clear.ts';

interface Sitting {
  sittingId: string;
  staffId: string;
}

/**
 * The password audit. Without anyone at the desk: the practice's policy, the counts and each
 * account's latest verdict. With someone: only their accounts and the checker, until "Next
 * person", 5 minutes without activity, leaving the page, or the engine ending the sitting clears it all.
 */
export function PasswordsPage() {
  const { t } = useTranslation();
  const { state, reload } = useLoad(api.password.results);
  const [sitting, setSitting] = useState<Sitting | null>(null);
  const [openAccountId, setOpenAccountId] = useState<string | null>(null);
  // The person answering the four questions instead of typing (a shared computer), if any.
  const [declaring, setDeclaring] = useState<string | null>(null);
  const starting = useAction();
  const [announcement, setAnnouncement] = useState('');
  const current = useRef<Sitting | null>(null);
  current.current = sitting;

  // Leaving the page ends the sitting: its key and what it remembered are wiped in the engine.
  useEffect(
    () => () => {
      const open = current.current;
      if (open) void api.password.endSitting({ sittingId: open.sittingId }).catch(() => undefined);
    },
    [],
  );

  const end = useCallback(async (open: Sitting | null) => {
    setOpenAccountId(null);
    setSitting(null);
    if (open) await api.password.endSitting({ sittingId: open.sittingId }).catch(() => undefined);
  }, []);

  const start = (staffId: string) =>
    starting.run(async () => {
      setAnnouncement('');
      await end(current.current);
      const begun = await api.password.beginSitting({ staffId });
      setSitting({ sittingId: begun.sittingId, staffId: begun.staffId });
    });

  // "Next person", or nobody at the desk for a while: the same ending, with its reason said.
  const finish = (reason: string) => {
    void end(current.current).then(() => {
      setAnnouncement(reason);
      focusPageTitle();
      void reload();
    });
  };
  const next = () => finish(t('passwords.sitting.ended'));
  const idle = () => finish(t('passwords.sitting.idleEnded', { minutes: SITTING_IDLE_MS / 60_000 }));

  const sittingEnded = () => {
    setOpenAccountId(null);
    setSitting(null);
    setAnnouncement(t('passwords.sitting.expired'));
    focusPageTitle();
  };

  const results = state.status === 'ready' ? state.value : null;
  const header = <PageHeader title={t('pages.passwords.title')} lead={t('pages.passwords.lead')} status={<PageVerdictChip summary={results?.summary ?? null} />} />;

  if (state.status !== 'ready') {
    return (
      <>
        {header}
        <LoadFallback state={state} loading={t('passwords.loading')} onRetry={() => void reload()} />
      </>
    );
  }

  const value = state.value;
  const person = sitting ? value.persons.find((candidate) => candidate.staffId === sitting.staffId) : undefined;
  const declarer = declaring ? value.persons.find((candidate) => candidate.staffId === declaring) : undefined;

  if (value.persons.length === 0) {
    return (
      <>
        {header}
        <Panel title={t('passwords.empty.title')} icon="info">
          <p className="prose">{t('passwords.empty.body')}</p>
          <Link href="/staff" className="button button--primary empty-action">
            <Icon name="arrowRight" />
            {t('passwords.empty.link')}
          </Link>
        </Panel>
        <PolicyNotice policy={value.policy} />
      </>
    );
  }

  return (
    <>
      {header}
      <p role="status" className="save-status save-status--collapse pw-announcement">
        {announcement}
      </p>
      {starting.failure ? <ErrorBanner error={starting.failure} /> : null}
      {sitting && person ? (
        <SittingView
          key={sitting.sittingId}
          person={person}
          sittingId={sitting.sittingId}
          openAccountId={openAccountId}
          onOpen={setOpenAccountId}
          onChecked={() => void reload()}
          onSittingEnded={sittingEnded}
          onNext={next}
          onIdle={idle}
        />
      ) : declarer ? (
        <SelfAssessment
          key={declarer.staffId}
          person={declarer}
          onSaved={() => void reload()}
          onClose={() => {
            setDeclaring(null);
            focusPageTitle();
          }}
        />
      ) : (
        <>
          <PageVerdict summary={value.summary} />
          <SittingPicker
            persons={value.persons}
            starting={starting.busy}
            onStart={(staffId) => void start(staffId)}
            onDeclare={(staffId) => {
              setAnnouncement('');
              setDeclaring(staffId);
            }}
          />
          <ResultsOverview results={value} />
          <PasswordManagers />
          <Panel title={t('emptyState.privacyTitle')} icon="lock" tone="quiet">
            <p className="prose">{t('pages.passwords.privacy')}</p>
            <ProviderDetails>
              <p>{t('pages.passwords.privacyDetails')}</p>
              <PolicyNotice policy={value.policy} />
              <SummaryTiles summary={value.summary} people={value.persons.length} />
            </ProviderDetails>
          </Panel>
        </>
      )}
    </>
  );
}
