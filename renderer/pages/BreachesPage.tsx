import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { StatusChip } from '../components/StatusChip.tsx';

export function BreachesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('pages.breaches.title')}
        lead={t('pages.breaches.lead')}
        status={<StatusChip tone="neutral" label={t('status.notChecked')} />}
      />
      <EmptyState
        what={[
          t('pages.breaches.what.item1'),
          t('pages.breaches.what.item2'),
          t('pages.breaches.what.item3'),
        ]}
        why={t('pages.breaches.why')}
        privacy={t('pages.breaches.privacy')}
      />
    </>
  );
}
