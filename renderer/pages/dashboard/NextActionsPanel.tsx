import { Link } from 'react-aria-components/Link';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../electron/core/model/schemas/report.ts';
import { pathOf } from '../../app/navigation.ts';
import { formatCalendarDate } from '../../components/format.ts';
import { Icon } from '../../components/Icon.tsx';
import { Panel } from '../../components/Panel.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { findingPlace } from './finding-page.ts';
import { severityTone } from './score-band.ts';

/** The Actions page, showing the problems found: every one, not three. */
function AllActionsLink() {
  const { t } = useTranslation();
  return (
    <Link href={`${pathOf('actions')}?show=found`} className="text-link next-actions__all">
      <span>{t('dashboard.actions.toActions')}</span>
      <Icon name="arrowRight" className="text-link__icon" />
    </Link>
  );
}

/**
 * The three most urgent open findings, as the report orders them: severity (word, shape and
 * colour), what is wrong, who does it, by when (overdue said in words), the points it adds, and the
 * page where it is done; then the way to all of them on the Actions page.
 */
export function NextActionsPanel({ summary }: { summary: DashboardSummary }) {
  const { t, i18n } = useTranslation();
  const actions = summary.nextActions;
  const more = Math.max(0, summary.openActions - actions.length);
  return (
    <Panel title={t('dashboard.actions.title')} icon="checkCircle" className="next-actions">
      {actions.length === 0 ? (
        <>
          <p className="prose">{summary.notChecked > 0 ? t('dashboard.actions.noneButUnchecked') : t('dashboard.actions.none')}</p>
          <AllActionsLink />
        </>
      ) : (
        <>
          <p className="prose prose--muted">{t('dashboard.actions.lead')}</p>
          <ol className="next-actions__list">
            {actions.map((finding) => {
              const place = findingPlace(finding.kind);
              const date = formatCalendarDate(finding.dueDate, i18n.language);
              return (
                <li key={finding.id} className="next-action" data-kind={finding.kind} data-severity={finding.severity}>
                  <div className="next-action__head">
                    <StatusChip tone={severityTone(finding.severity)} label={t(`dashboard.severity.${finding.severity}`)} />
                    <h3 className="next-action__title">{finding.title}</h3>
                  </div>
                  <p className="next-action__what">{finding.action}</p>
                  <p className="next-action__meta">
                    <span>{t('dashboard.actions.owner', { owner: finding.owner })}</span>
                    <span className={finding.overdue ? 'next-action__due next-action__due--overdue' : 'next-action__due'}>
                      <Icon name={finding.overdue ? 'warning' : 'clock'} className="next-action__due-icon" />
                      {finding.overdue ? t('dashboard.actions.overdue', { date }) : t('dashboard.actions.due', { date })}
                    </span>
                    <span className="next-action__points">{finding.points === 0 ? t('actions.item.notScored') : t('actions.item.points', { count: finding.points })}</span>
                  </p>
                  <Link href={place.path} className="text-link next-action__link">
                    <span>{t('dashboard.actions.open', { page: t(`nav.${place.page}`) })}</span>
                    <Icon name="arrowRight" className="text-link__icon" />
                  </Link>
                </li>
              );
            })}
          </ol>
          <p className="split-row next-actions__more">
            {more > 0 ? <span className="text-hint">{t('dashboard.actions.more', { count: more })}</span> : null}
            <AllActionsLink />
          </p>
        </>
      )}
    </Panel>
  );
}
