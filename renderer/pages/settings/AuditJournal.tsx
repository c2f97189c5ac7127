import { useId } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useLoad } from '../../app/use-load.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { formatShortDateTime } from '../../components/format.ts';
import { Panel } from '../../components/Panel.tsx';
import { actionText, actorText, detailLines } from './audit-texts.ts';

export const JOURNAL_SIZE = 20;

const latestEntries = () => api.audit.list({ limit: JOURNAL_SIZE });

/** The latest entries of the audit log: when, who, what, and the facts recorded with it. */
export function AuditJournal({ refreshKey }: { refreshKey: number }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { state, reload } = useLoad(latestEntries, refreshKey);

  return (
    <Panel
      title={t('audit.title')}
      icon="clock"
      headingId={headingId}
      aside={
        <Button className="button button--secondary button--small" onPress={() => void reload()}>
          {t('audit.refresh')}
        </Button>
      }
    >
      <p className="prose prose--muted">{t('audit.lead', { count: JOURNAL_SIZE })}</p>
      {state.status === 'loading' ? (
        <p className="prose prose--muted">{t('audit.loading')}</p>
      ) : state.status === 'failed' ? (
        <ErrorBanner error={state.failure} onRetry={() => void reload()} />
      ) : state.value.length === 0 ? (
        <p className="prose">{t('audit.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table journal__table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('audit.columns.at')}</th>
                <th scope="col">{t('audit.columns.actor')}</th>
                <th scope="col">{t('audit.columns.action')}</th>
              </tr>
            </thead>
            <tbody>
              {state.value.map((entry) => {
                const lines = detailLines(t, entry);
                return (
                  <tr key={entry.id}>
                    <td className="journal__at">
                      <time dateTime={entry.at}>{formatShortDateTime(entry.at, i18n.language)}</time>
                    </td>
                    <td className="journal__actor">{actorText(t, entry.actor)}</td>
                    <td>
                      <span className="journal__action" data-action={entry.action}>
                        {actionText(t, entry.action)}
                      </span>
                      {lines.length > 0 ? (
                        <ul className="journal__details">
                          {lines.map((line, index) => (
                            <li key={index}>{line}</li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
