import type { ReactNode } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { pathOf, type PageId } from '../../app/navigation.ts';
import { Icon } from '../../components/Icon.tsx';
import { ProviderDetails } from '../../components/ProviderDetails.tsx';

/** The foot of an action's card: the page where it is done, and the IT provider's details, folded. */
export function ActionFoot({ page, details, children }: { page: PageId; details: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="action-item__foot">
      <Link href={pathOf(page)} className="text-link">
        <span>{t('actions.item.open', { page: t(`nav.${page}`) })}</span>
        <Icon name="arrowRight" className="text-link__icon" />
      </Link>
      <ProviderDetails summary={details} className="action-item__details">
        {children}
      </ProviderDetails>
    </div>
  );
}
