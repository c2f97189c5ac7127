import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../../components/Icon.tsx';
import { focusPageTitle } from '../../components/page-title.ts';

/**
 * A full-window screen shown instead of the app (first-run setup, data that cannot be opened):
 * the brand band on top, one centred column below, no sidebar to wander off into. Focus starts
 * on the screen's h1, so a screen reader begins with the title and Tab reaches the first control.
 */
export function StandaloneScreen({ children, className }: { children: ReactNode; className?: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    focusPageTitle();
  }, []);
  return (
    <div className={className ? `standalone ${className}` : 'standalone'}>
      <header className="standalone__band">
        <div className="standalone__brand">
          <BrandMark className="standalone__mark" />
          <div>
            <p className="standalone__name">{t('app.name')}</p>
            <p className="standalone__tagline">{t('app.tagline')}</p>
          </div>
        </div>
      </header>
      <main className="standalone__main">{children}</main>
    </div>
  );
}
