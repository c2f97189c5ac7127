import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useLoad } from '../app/use-load.ts';
import { LoadFallback } from '../components/LoadFallback.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { AreaPanels } from './dashboard/AreaPanels.tsx';
import { LastCheckPanel } from './dashboard/LastCheckPanel.tsx';
import { FirstRunChecklist } from './dashboard/first-run/FirstRunChecklist.tsx';
import { LastReportPanel } from './dashboard/LastReportPanel.tsx';
import { NextActionsPanel } from './dashboard/NextActionsPanel.tsx';
import { ScorePanel } from './dashboard/ScorePanel.tsx';
import { useReloadOnJobEnd } from './dashboard/use-reload-on-job-end.ts';

/**
 * The practice at a glance: the first-run checklist until it is done, the score now and over
 * time, the next three actions, one panel per area linking to its page, and the last report. Worked out by the engine in the interface's
 * language (today's score goes into the history as it is), again whenever a check finishes.
 */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const fetchSummary = useCallback(() => api.dashboard.summary({ language }), [language]);
  const { state, reload } = useLoad(fetchSummary);
  useReloadOnJobEnd(reload);

  // No status beside the title: the score panel right under it says it, in words.
  const header = <PageHeader title={t('pages.dashboard.title')} lead={t('pages.dashboard.lead')} />;

  if (state.status !== 'ready') {
    return (
      <>
        {header}
        <LoadFallback state={state} loading={t('dashboard.loading')} onRetry={() => void reload()} />
      </>
    );
  }
  const value = state.value;

  // Nobody listed yet: no score to show; the first-run checklist says how to start.
  if (value.score.value === null) {
    return (
      <>
        {header}
        <FirstRunChecklist />
        <ScorePanel summary={value} />
        {value.lastReport ? <LastReportPanel report={value.lastReport} /> : null}
      </>
    );
  }

  return (
    <>
      {header}
      <FirstRunChecklist />
      <ScorePanel summary={value} />
      <NextActionsPanel summary={value} />
      <LastCheckPanel />
      <AreaPanels summary={value} />
      <LastReportPanel report={value.lastReport} />
    </>
  );
}
