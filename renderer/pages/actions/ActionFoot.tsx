import type { ReactNode } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.tsx';
import { ProviderDetails } from '../../components/ProviderDetails.tsx';
import type { Place } from '../dashboard/finding-page.ts';

/** The foot of an action's card: the page where it is done, and the IT provider's details, folded. */
export function ActionFoot({ place, details, children }: { place: Place; details: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="action-item__foot">
      <Link href={place.path} className="text-link">
        <span>{t('actions.item.open', { page: t(`nav.${place.page}`) })}</span>
        <Icon name="arrowRight" className="text-link__icon" />
      </Link>
      <ProviderDetails summary={details} className="action-item__details">
        {children}
      </ProviderDetails>
    </div>
  );
}
