import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState.tsx';
import { PageHeader } from '../components/PageHeader.tsx';

export function StaffPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('pages.staff.title')} lead={t('pages.staff.lead')} />
      <EmptyState
        what={[t('pages.staff.what.item1'), t('pages.staff.what.item2'), t('pages.staff.what.item3')]}
        why={t('pages.staff.why')}
      />
    </>
  );
}
