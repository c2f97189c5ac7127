import { Link } from 'react-aria-components/Link';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/PageHeader.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('pages.notFound.title')} lead={t('pages.notFound.body')} />
      <Link href="/" className="button button--primary">
        {t('pages.notFound.back')}
      </Link>
    </>
  );
}
