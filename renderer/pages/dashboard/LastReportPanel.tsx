import { Link } from 'react-aria-components/Link';
import { useTranslation } from 'react-i18next';
import type { ReportRecord } from '../../../electron/core/model/schemas/report.ts';
import { pathOf } from '../../app/navigation.ts';
import { formatDateTime } from '../../components/format.ts';
import { Icon } from '../../components/Icon.tsx';
import { Panel } from '../../components/Panel.tsx';

/** When the practice last filed a report, with its score then; the way to the Reports page. */
export function LastReportPanel({ report }: { report: ReportRecord | null }) {
  const { t, i18n } = useTranslation();
  const missing = report ? report.files.some((file) => !file.exists) : false;
  return (
    <Panel title={t('dashboard.lastReport.title')} icon="reports" className="last-report">
      {report ? (
        <div className="split-row">
          <div className="last-report__facts">
            <p className="last-report__date">{t('dashboard.lastReport.generated', { date: formatDateTime(report.generatedAt, i18n.language) })}</p>
            <p className="text-hint">
              {report.score === null ? t('dashboard.lastReport.scoreNone') : t('dashboard.lastReport.score', { score: report.score })}
            </p>
            {missing ? (
              <p className="last-report__missing">
                <Icon name="warning" className="last-report__missing-icon" />
                <span>{t('dashboard.lastReport.missing')}</span>
              </p>
            ) : null}
          </div>
          <Link href={pathOf('reports')} className="button button--secondary">
            <Icon name="arrowRight" />
            {t('dashboard.lastReport.link')}
          </Link>
        </div>
      ) : (
        <div className="split-row">
          <p className="prose">{t('dashboard.lastReport.none')}</p>
          <Link href={pathOf('reports')} className="button button--secondary">
            <Icon name="arrowRight" />
            {t('dashboard.lastReport.generate')}
          </Link>
        </div>
      )}
    </Panel>
  );
}
