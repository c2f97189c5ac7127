import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useLoad } from '../app/use-load.ts';
import { LoadFallback } from '../components/LoadFallback.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { Panel } from '../components/Panel.tsx';
import { useAction } from '../components/use-action.ts';
import { GeneratePanel, type GenerateOptions } from './reports/GeneratePanel.tsx';
import { ReportItem } from './reports/ReportItem.tsx';
import { ReportJobProgressView } from './reports/ReportJobProgress.tsx';
import { useReportJob } from './reports/use-report-job.ts';

/**
 * Generate the compliance report (PDF, JSON, CSV in the data folder), and the reports generated
 * so far, newest first, each with its hash and its files. After a report is written, focus
 * moves to its heading at the top of the list (ReportItem), and the live region says where the files are.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const { state, reload, set } = useLoad(api.reports.list);
  const generating = useAction();
  const job = useReportJob();
  const [announcement, setAnnouncement] = useState('');
  const [generatedId, setGeneratedId] = useState<string | null>(null);

  const generate = (options: GenerateOptions) =>
    generating.run(
      async () => {
        setGeneratedId(null);
        setAnnouncement(t('reports.generate.working'));
        const record = await api.reports.generate(options);
        if (state.status === 'ready') set([record, ...state.value.filter((report) => report.id !== record.id)]);
        else await reload();
        // Where its files went is for the IT provider: in the report's folded details.
        setAnnouncement(t('reports.generate.done'));
        setGeneratedId(record.id);
      },
      {
        failed: () => setAnnouncement(''),
      },
    );

  return (
    <>
      <PageHeader title={t('pages.reports.title')} lead={t('pages.reports.lead')} />
      <GeneratePanel
        busy={generating.busy || job.progress !== null}
        failure={generating.failure}
        announcement={announcement}
        onGenerate={(options) => void generate(options)}
        progress={job.progress ? <ReportJobProgressView progress={job.progress} total={job.total} cancelling={job.cancelling} onCancel={() => void job.cancel()} /> : undefined}
      />
      <Panel title={t('reports.list.title')} icon="file" className="report-list-panel">
        {state.status !== 'ready' ? (
          <LoadFallback state={state} loading={t('reports.loading')} onRetry={() => void reload()} />
        ) : state.value.length === 0 ? (
          <p className="prose prose--muted">{t('reports.list.empty')}</p>
        ) : (
          <>
            <p className="prose prose--muted">{t('reports.list.lead')}</p>
            <ul className="result-people report-list">
              {state.value.map((report, index) => (
                <ReportItem key={report.id} report={report} latest={index === 0} justGenerated={report.id === generatedId} />
              ))}
            </ul>
          </>
        )}
      </Panel>
    </>
  );
}
