import { useEffect } from 'react';
import { Link } from 'react-aria-components/Link';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { PageHeader } from '../components/PageHeader.tsx';

/** A page that threw while rendering: said plainly, the sidebar still there, the cause logged. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => {
    console.error('hygie: a page failed to render', error);
  }, [error]);
  return (
    <>
      <PageHeader title={t('pages.routeError.title')} lead={t('pages.routeError.body')} />
      <Link href="/" className="button button--primary">
        {t('pages.routeError.back')}
      </Link>
    </>
  );
}
