import { useCallback, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useLoad } from '../../app/use-load.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Icon } from '../../components/Icon.tsx';
import { useAction } from '../../components/use-action.ts';

// For a mailbox on a personal provider (Gmail, Orange, Free…), no domain search covers it: HIBP's
// free "Notify me" e-mails its owner when it turns up in a new breach. The person subscribes the
// address on HIBP's site themselves (Hygie never does it for them); Hygie records that they did.
// Self-contained: the walkthrough's mailbox screen hosts it with one line.

export function NotifyMeOffer({ accountId }: { accountId: string }) {
  const { t, i18n } = useTranslation();
  const fetch = useCallback(() => api.breach.notifyMe({ accountId }), [accountId]);
  const { state, set } = useLoad(fetch);
  const action = useAction();
  const [announcement, setAnnouncement] = useState('');
  if (state.status !== 'ready' || state.value.kind !== 'personal') return null;
  const offer = state.value;
  const record = (subscribed: boolean) =>
    void action.run(async () => {
      const saved = await api.breach.setNotifyMe({ accountId, subscribed });
      set(saved);
      setAnnouncement(saved.subscribedAt ? t('watch.notifyMe.recorded', { date: formatDateTime(saved.subscribedAt, i18n.language) }) : '');
    });
  return (
    <section className="notify-me callout" aria-label={t('watch.notifyMe.title')} data-notify-me={offer.subscribedAt ? 'subscribed' : 'offered'}>
      <Icon name="bulb" className="breach-mode__icon" />
      <div>
        <p>
          <strong>{t('watch.notifyMe.title')}</strong>
        </p>
        <p>{t('watch.notifyMe.lead', { email: offer.email })}</p>
        <p className="text-hint">{t('watch.notifyMe.how')}</p>
        <div className="button-row">
          <a className="button button--secondary" href={offer.url} target="_blank" rel="noopener noreferrer">
            <Icon name="arrowRight" />
            {t('watch.notifyMe.open')}
          </a>
          {offer.subscribedAt ? (
            <Button className="button button--secondary" onPress={() => record(false)} isDisabled={action.busy}>
              {t('watch.notifyMe.undo')}
            </Button>
          ) : (
            <Button className="button button--secondary" aria-label={t('watch.notifyMe.doneLabel', { email: offer.email })} onPress={() => record(true)} isDisabled={action.busy}>
              <Icon name="check" />
              {t('watch.notifyMe.done')}
            </Button>
          )}
        </div>
        {offer.subscribedAt ? <p className="text-hint">{t('watch.notifyMe.recorded', { date: formatDateTime(offer.subscribedAt, i18n.language) })}</p> : null}
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
        {action.failure ? <ErrorBanner error={action.failure} /> : null}
      </div>
    </section>
  );
}
