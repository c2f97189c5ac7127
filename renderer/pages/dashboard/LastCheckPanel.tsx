import { Link } from 'react-aria-components/Link';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { pathOf } from '../../app/navigation.ts';
import { useLoad } from '../../app/use-load.ts';
import { formatDateTime, formatShortDate } from '../../components/format.ts';
import { Icon } from '../../components/Icon.tsx';
import { LoadFallback } from '../../components/LoadFallback.tsx';
import { Panel } from '../../components/Panel.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { NewBreachNotice } from '../breaches/NewBreachNotice.tsx';
import { useReloadOnJobEnd } from './use-reload-on-job-end.ts';

// "Dernière vérification il y a N jours": how long ago the whole team was last checked, the
// practice's rhythm, and — past it — an action, in words and colour. With a key Hygie re-checks by
// itself; without one, the notice of a new breach says what to do.

export function LastCheckPanel() {
  const { t, i18n } = useTranslation();
  const { state, reload, set } = useLoad(api.watch.status);
  useReloadOnJobEnd(reload);
  if (state.status !== 'ready') {
    return (
      <Panel title={t('watch.lastCheck.title')} icon="clock" className="last-check">
        <LoadFallback state={state} loading={t('dashboard.loading')} onRetry={() => void reload()} />
      </Panel>
    );
  }
  const status = state.value;
  const days = status.daysSinceLastCheck;
  const chip =
    days === null ? (
      <StatusChip tone="neutral" label={t('watch.lastCheck.neverChip')} />
    ) : status.due ? (
      <StatusChip tone="warning" label={t('watch.lastCheck.dueChip')} />
    ) : (
      <StatusChip tone="success" label={t('watch.lastCheck.okChip')} />
    );
  return (
    <Panel title={t('watch.lastCheck.title')} icon="clock" className="last-check" aside={chip}>
      <div className="split-row" data-last-check={days === null ? 'never' : String(days)} data-due={String(status.due)}>
        <div>
          <p className="last-check__age">
            {days === null ? t('watch.lastCheck.never') : days === 0 ? t('watch.lastCheck.today') : t('watch.lastCheck.daysAgo', { count: days })}
          </p>
          {status.due ? <p className="last-check__due">{t('watch.lastCheck.due')}</p> : null}
          <p className="text-hint">
            {t('watch.lastCheck.cadence', { count: status.recheckDays })} {status.hasKey ? t('watch.lastCheck.auto') : t('watch.lastCheck.manual')}
          </p>
        </div>
        <Link href={pathOf('breaches')} className={status.due || days === null ? 'button button--primary' : 'button button--secondary'}>
          <Icon name="arrowRight" />
          {t('watch.lastCheck.action')}
        </Link>
      </div>
      <NewBreachNotice status={status} onDismissed={set} />
      {status.latest?.breach || status.lastRecheck ? (
        <details className="disclosure">
          <summary>{t('watch.domain.detailsTitle')}</summary>
          <ul className="text-hint">
            {status.latest?.breach ? (
              <li>{t('watch.lastCheck.latest', { title: status.latest.breach.title, date: formatShortDate(status.latest.breach.addedAt, i18n.language) })}</li>
            ) : null}
            {status.lastRecheck ? (
              <li>
                {t('watch.lastCheck.recheck', {
                  date: formatDateTime(status.lastRecheck.startedAt, i18n.language),
                  why: t(`watch.lastCheck.why.${status.lastRecheck.trigger}`),
                })}
              </li>
            ) : null}
          </ul>
        </details>
      ) : null}
    </Panel>
  );
}
