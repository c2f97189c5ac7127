import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.tsx';

/** The three things to do for a breached mailbox, and the way into the guided walkthrough. */
export function BreachAdvice() {
  const { t } = useTranslation();
  return (
    <div className="callout callout--warning breach-advice">
      <h4 className="breach-advice__title">
        <Icon name="bulb" className="breach-advice__icon" />
        {t('breaches.actions.title')}
      </h4>
      <p className="text-hint">{t('breaches.actions.intro')}</p>
      <ol className="breach-advice__steps">
        <li>{t('breaches.actions.password')}</li>
        <li>{t('breaches.actions.mfa')}</li>
        <li>{t('breaches.actions.forwarding')}</li>
      </ol>
      <Link href="/walkthrough" className="button button--secondary breach-advice__link">
        <Icon name="walkthrough" />
        {t('breaches.actions.walkthrough')}
      </Link>
    </div>
  );
}
