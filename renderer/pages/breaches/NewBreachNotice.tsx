import { Button } from 'react-aria-components/Button';
import { useTranslation } from 'react-i18next';
import type { WatchStatus } from '../../../electron/core/model/schemas/watch.ts';
import { api } from '../../api/client.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { formatShortDate } from '../../components/format.ts';
import { Icon } from '../../components/Icon.tsx';
import { useAction } from '../../components/use-action.ts';

// Without an HIBP key, Hygie cannot check again by itself: when the daily look at HIBP's newest
// breach finds one added since the last full check, the practice reads it here, with what to do,
// until it says it understood.

export function NewBreachNotice({ status, onDismissed }: { status: WatchStatus; onDismissed: (status: WatchStatus) => void }) {
  const { t, i18n } = useTranslation();
  const action = useAction();
  const notice = status.notice;
  if (notice === null) return null;
  return (
    <div className="callout callout--warning new-breach-notice" role="region" aria-label={t('watch.notice.title')}>
      <Icon name="warning" className="breach-mode__icon" />
      <div>
        <p>
          <strong>{t('watch.notice.title')}</strong>
        </p>
        <p>{t('watch.notice.body', { title: notice.title, date: formatShortDate(notice.addedAt, i18n.language) })}</p>
        <p>{t('watch.notice.todo')}</p>
        <Button
          className="button button--secondary"
          isDisabled={action.busy}
          onPress={() =>
            void action.run(async () => {
              onDismissed(await api.watch.dismissNotice());
            })
          }
        >
          {t('watch.notice.dismiss')}
        </Button>
        {action.failure ? <ErrorBanner error={action.failure} /> : null}
      </div>
    </div>
  );
}
