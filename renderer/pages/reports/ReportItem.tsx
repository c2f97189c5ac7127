import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../electron/core/model/date-format.ts';
import type { ReportFileFormat, ReportRecord } from '../../../electron/core/model/schemas/report.ts';
import { api } from '../../api/client.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { formatBytes, uiLocale } from '../../components/format.ts';
import { Icon } from '../../components/Icon.tsx';
import { ProviderDetails } from '../../components/ProviderDetails.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { useAction } from '../../components/use-action.ts';
import { FORMAT_ORDER, folderOf, formatName, generatedByText } from './labels.ts';

/** "24 novembre 2026 à 09:15:42": to the second, so two reports of the same minute read apart. */
function reportTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatDate(new Intl.DateTimeFormat(uiLocale(language), { dateStyle: 'long', timeStyle: 'medium' }), date);
}

/** The JSON's SHA-256, whole and unbroken, with a button that copies it (or selects it if the system refuses). */
function HashLine({ hash }: { hash: string }) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const codeRef = useRef<HTMLElement>(null);
  const copyHash = () => {
    setCopy(null);
    navigator.clipboard
      .writeText(hash)
      .then(() => setCopy('copied'))
      .catch(() => {
        const selection = window.getSelection();
        if (codeRef.current && selection) selection.selectAllChildren(codeRef.current);
        setCopy('failed');
      });
  };
  return (
    <div className="report-hash">
      <p className="report-hash__label">{t('reports.list.hash')}</p>
      <div className="report-hash__row">
        <code ref={codeRef} className="report-hash__value">
          {hash}
        </code>
        <Button className="button button--secondary button--small" onPress={copyHash}>
          {t('reports.list.copy')}
        </Button>
      </div>
      <p role="status" className={copy === 'failed' ? 'report-hash__status report-hash__status--failed' : 'report-hash__status'}>
        {copy === 'copied' ? t('reports.list.copied') : copy === 'failed' ? t('reports.list.copyFailed') : null}
      </p>
    </div>
  );
}

interface ReportItemProps {
  report: ReportRecord;
  latest: boolean;
  /** Just written on this visit: its heading takes the focus. */
  justGenerated: boolean;
}

/**
 * One generated report: when, by whom, in which language and policy, its score and hash, and its
 * files — each opened with the system's application, or said to be gone. Only the report's id
 * and a format cross to the engine, never a path.
 */
export function ReportItem({ report, latest, justGenerated }: ReportItemProps) {
  const { t, i18n } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (justGenerated) headingRef.current?.focus();
  }, [justGenerated]);
  const language = i18n.language;
  const opening = useAction<ReportFileFormat | 'reveal'>();
  const { pending, failure } = opening;
  const [done, setDone] = useState('');
  const anyFile = report.files.some((file) => file.exists);

  const run = (what: ReportFileFormat | 'reveal') =>
    opening.run(
      async () => {
        setDone('');
        if (what === 'reveal') {
          await api.reports.reveal({ reportId: report.id });
          setDone(t('reports.list.revealed'));
        } else {
          await api.reports.open({ reportId: report.id, format: what });
          setDone(t('reports.list.opened', { format: formatName(t, what) }));
        }
      },
      { label: what },
    );

  const title = t('reports.list.heading', { date: reportTime(report.generatedAt, language) });
  const files = [...report.files].sort((a, b) => FORMAT_ORDER.indexOf(a.format) - FORMAT_ORDER.indexOf(b.format));
  return (
    <li className="result-person report-item" data-report={report.id}>
      <div className="split-row">
        <h3 ref={headingRef} tabIndex={-1} className="result-person__name report-item__title">
          {title}
        </h3>
        {latest ? <StatusChip tone="info" label={t('reports.list.latest')} /> : null}
      </div>
      <dl className="report-item__facts">
        <div className="report-item__fact">
          <dt>{t('reports.list.score')}</dt>
          <dd>{report.score === null ? t('reports.list.scoreNone') : t('reports.list.scoreValue', { score: report.score })}</dd>
        </div>
        <div className="report-item__fact">
          <dt>{t('reports.list.by')}</dt>
          <dd>{generatedByText(t, report.generatedBy)}</dd>
        </div>
        <div className="report-item__fact">
          <dt>{t('reports.list.language')}</dt>
          <dd>{t(`languageNames.${report.language}`)}</dd>
        </div>
        <div className="report-item__fact">
          <dt>{t('reports.list.policy')}</dt>
          <dd>{t(`policy.options.${report.policy}.name`)}</dd>
        </div>
        <div className="report-item__fact">
          <dt>{t('reports.list.anonymised')}</dt>
          <dd>{report.anonymised ? t('reports.list.anonymisedYes') : t('reports.list.anonymisedNo')}</dd>
        </div>
      </dl>
      <ProviderDetails className="report-item__details">
        <p>{t('reports.list.hashHelp')}</p>
        <HashLine hash={report.jsonSha256} />
        {files[0] ? (
          <p>
            {t('reports.list.folder')} <code className="long-value">{folderOf(files[0].path)}</code>
          </p>
        ) : null}
      </ProviderDetails>
      <div className="report-files">
        <p className="report-files__label">{t('reports.list.files')}</p>
        <ul className="report-files__list">
          {files.map((file) => {
            const name = formatName(t, file.format);
            return (
              <li key={file.format} className="report-file" data-format={file.format} data-exists={file.exists}>
                <p className="report-file__head">
                  <span className="report-file__name">
                    <Icon name="file" className="report-file__icon" />
                    {name}
                  </span>
                  {file.exists ? <span className="report-file__size">{formatBytes(file.bytes, language)}</span> : null}
                </p>
                {file.exists ? null : <StatusChip tone="warning" label={t('reports.list.missing')} />}
                <Button
                  className="button button--secondary button--small report-file__open"
                  isDisabled={!file.exists}
                  isPending={pending === file.format}
                  onPress={() => void run(file.format)}
                >
                  {t('reports.list.open', { format: name })}
                </Button>
              </li>
            );
          })}
        </ul>
        <Button className="button button--secondary button--small" isDisabled={!anyFile} isPending={pending === 'reveal'} onPress={() => void run('reveal')}>
          <Icon name="search" />
          {t('reports.list.reveal')}
        </Button>
      </div>
      <p role="status" className="save-status save-status--collapse">
        {done}
      </p>
      {failure ? <ErrorBanner error={failure} /> : null}
    </li>
  );
}
