import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * How long a page's code may take to arrive before the page says it is loading. It comes from
 * the local disk, mostly within a few tens of milliseconds: a line shown for that long would
 * only flash.
 */
export const PAGE_LOADING_DELAY_MS = 400;

/** Stands in for a page whose code is still loading: nothing at first, then one line. */
export function PageLoading() {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), PAGE_LOADING_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return shown ? (
    <p className="prose prose--muted" role="status">
      {t('layout.loadingPage')}
    </p>
  ) : null;
}
