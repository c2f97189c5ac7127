import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { Panel } from '../components/Panel.tsx';
import { StatusChip } from '../components/StatusChip.tsx';

export function PasswordsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('pages.passwords.title')}
        lead={t('pages.passwords.lead')}
        status={<StatusChip tone="neutral" label={t('status.notChecked')} />}
      />
      <EmptyState
        what={[
          t('pages.passwords.what.item1'),
          t('pages.passwords.what.item2'),
          t('pages.passwords.what.item3'),
        ]}
        why={t('pages.passwords.why')}
        privacy={t('pages.passwords.privacy')}
      >
        <Panel title={t('pages.passwords.policy.title')} icon="scale">
          <p className="prose">{t('pages.passwords.policy.body')}</p>
        </Panel>
      </EmptyState>
    </>
  );
}
