import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Practice } from '../../../electron/core/model/schemas/practice.ts';
import { api } from '../../api/client.ts';
import { useLoad } from '../../app/use-load.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Panel } from '../../components/Panel.tsx';
import { useAction } from '../../components/use-action.ts';
import { DomainCheckCard } from './DomainCheckCard.tsx';
import { loadDomain } from './load-domain.ts';
import { MailboxProvidersPanel } from './MailboxProvidersPanel.tsx';

/**
 * The practice's own e-mail domain (SPF, DMARC, DKIM, MTA-STS), then who hosts each staff
 * mailbox domain. Both come from the DNS, on the user's request only.
 */
export function DomainHygienePanel() {
  const { t, i18n } = useTranslation();
  const { state, reload, set } = useLoad(loadDomain);
  const { busy, done, failure, run } = useAction();

  const check = (practice: Practice | null) =>
    run(async () => {
      const result = await api.mfa.checkDomain();
      set({ practice, result });
    });

  let body;
  if (state.status === 'loading') {
    body = <p className="prose prose--muted">{t('domain.loading')}</p>;
  } else if (state.status === 'failed') {
    body = <ErrorBanner error={state.failure} onRetry={() => void reload()} />;
  } else {
    const { practice, result } = state.value;
    const domain = practice?.emailDomain ?? null;
    body = domain ? (
      <>
        <div className="split-row domain-top">
          <dl className="domain-top__facts">
            <dt>{t('domain.domainLabel')}</dt>
            <dd>
              <code className="domain-top__name">{domain}</code>
            </dd>
          </dl>
          <div className="domain-top__action">
            <Button className="button button--primary" isPending={busy} onPress={() => void check(practice)}>
              {busy ? t('domain.checking') : result ? t('domain.checkAgain') : t('domain.check')}
            </Button>
          </div>
        </div>
        <div role="status" className="domain-status">
          {busy ? t('domain.checkingHint') : done ? t('domain.done') : ''}
        </div>
        {failure ? <ErrorBanner error={failure} onRetry={() => void check(practice)} /> : null}
        <p className="prose prose--muted">
          {result ? t('domain.checkedAt', { date: formatDateTime(result.checkedAt, i18n.language) }) : t('domain.neverChecked')}{' '}
          {t('domain.privacy')}
        </p>
        {result?.skipped === 'consumer-domain' ? (
          <p className="callout domain-note">{t('domain.consumer', { domain: result.domain })}</p>
        ) : result ? (
          <ul className="domain-checks">
            {[result.spf, result.dmarc, result.dkim, result.mtaSts].map((item) => (
              <DomainCheckCard key={item.check} item={item} domain={result.domain} />
            ))}
          </ul>
        ) : null}
      </>
    ) : (
      <p className="callout domain-note">{t('domain.noDomain')}</p>
    );
  }

  return (
    <>
      <Panel title={t('domain.title')} icon="globe" className="domain-panel">
        <p className="prose">{t('domain.lead')}</p>
        {body}
      </Panel>
      <MailboxProvidersPanel />
    </>
  );
}
