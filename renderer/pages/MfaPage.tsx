import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { Panel } from '../components/Panel.tsx';
import { StatusChip } from '../components/StatusChip.tsx';

/** The accounts Hygie audits for each person, the mailbox first (see reference/incidents.md). */
const ACCOUNTS = ['mailbox', 'amelipro', 'proSanteConnect', 'franceConnect', 'mssante'] as const;

export function MfaPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('pages.mfa.title')}
        lead={t('pages.mfa.lead')}
        status={<StatusChip tone="neutral" label={t('status.notChecked')} />}
      />
      <EmptyState
        what={[t('pages.mfa.what.item1'), t('pages.mfa.what.item2'), t('pages.mfa.what.item3')]}
        why={t('pages.mfa.why')}
      >
        <Panel title={t('pages.mfa.accounts.title')} icon="mfa">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('pages.mfa.accounts.account')}</th>
                <th scope="col">{t('pages.mfa.accounts.mfaStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {ACCOUNTS.map((account, index) => (
                <tr key={account}>
                  <th scope="row">
                    <span className="data-table__name">
                      {t(`pages.mfa.accounts.${account}`)}
                      {index === 0 ? (
                        <span className="tag">{t('pages.mfa.accounts.first')}</span>
                      ) : null}
                    </span>
                    <span className="data-table__hint">{t(`pages.mfa.accounts.${account}Hint`)}</span>
                  </th>
                  <td>
                    <StatusChip tone="neutral" label={t('status.notChecked')} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      </EmptyState>
    </>
  );
}
