import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { MailboxDetection } from '../../../electron/core/model/schemas/mail-domain.ts';
import { api } from '../../api/client.ts';
import { useLoad } from '../../app/use-load.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Panel } from '../../components/Panel.tsx';
import { DetailFacts, ProviderDetails } from '../../components/ProviderDetails.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { useAction } from '../../components/use-action.ts';
import { DETECTION_TONES } from './domain-status.ts';

function ProviderCell({ row }: { row: MailboxDetection }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  return (
    <>
      <span className="inline-row">
        <StatusChip tone={DETECTION_TONES[row.status]} label={t(`domain.providers.status.${row.status}`)} />
        {row.providerName ? <span className="data-table__name">{row.providerName[language]}</span> : null}
      </span>
      {row.source === 'known-domain' ? <span className="data-table__hint">{t('domain.providers.knownDomain')}</span> : null}
      {row.status === 'unknown-provider' ? <span className="data-table__hint">{t('domain.providers.unknownHint')}</span> : null}
      {row.reason && row.status !== 'detected' && row.status !== 'unknown-provider' ? (
        <span className="data-table__hint">{t(`domain.providers.reasons.${row.reason}`)}</span>
      ) : null}
      {row.lastFailure && row.status !== 'not-checked' ? (
        <span className="data-table__hint">
          {t('domain.providers.lastFailure', { reason: t(`domain.providers.reasons.${row.lastFailure}`) })}
        </span>
      ) : null}
    </>
  );
}

/** Who hosts each staff e-mail domain, from its MX records: the walkthrough's instructions follow it. */
export function MailboxProvidersPanel() {
  const { t } = useTranslation();
  const { state, reload, set } = useLoad(api.mfa.providers);
  const { busy, done, failure, run } = useAction();

  const detect = () =>
    run(async () => {
      set(await api.mfa.detectProviders());
    });

  let body;
  if (state.status === 'loading') body = null;
  else if (state.status === 'failed') body = <ErrorBanner error={state.failure} onRetry={() => void reload()} />;
  else if (state.value.length === 0) body = <p className="callout domain-note">{t('domain.providers.empty')}</p>;
  else {
    const rows = state.value;
    const anyDetected = rows.some((row) => row.checkedAt);
    body = (
      <>
        <div className="button-row">
          <Button className="button button--secondary" isPending={busy} onPress={() => void detect()}>
            {busy ? t('domain.providers.detecting') : anyDetected ? t('domain.providers.detectAgain') : t('domain.providers.detect')}
          </Button>
        </div>
        <div role="status" className="domain-status">
          {done ? t('domain.providers.done') : ''}
        </div>
        {failure ? <ErrorBanner error={failure} onRetry={() => void detect()} /> : null}
        <table className="data-table domain-providers">
          <caption className="visually-hidden">{t('domain.providers.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('domain.providers.columns.domain')}</th>
              <th scope="col">{t('domain.providers.columns.emails')}</th>
              <th scope="col">{t('domain.providers.columns.provider')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.domain}>
                <th scope="row">
                  <span className="data-table__name">{row.domain}</span>
                </th>
                <td>{t('domain.providers.emails', { count: row.emails })}</td>
                <td>
                  <ProviderCell row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {/* The mail servers each domain names (its MX records): what the provider was read from. */}
        <ProviderDetails className="domain-providers__details">
          <p>{t('domain.providers.serversLead')}</p>
          <DetailFacts
            facts={rows.map((row) => ({
              label: row.domain,
              value: row.mxHosts.length ? <code className="long-value">{row.mxHosts.join(', ')}</code> : t('domain.providers.none'),
            }))}
          />
        </ProviderDetails>
      </>
    );
  }

  return (
    <Panel title={t('domain.providers.title')} icon="mfa" className="domain-panel">
      <p className="prose">{t('domain.providers.lead')}</p>
      {body}
    </Panel>
  );
}
