import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../electron/core/model/schemas/actions.ts';
import { formatCalendarDate, formatDateTime } from '../../components/format.ts';
import { Icon } from '../../components/Icon.tsx';
import { ActionFoot } from './ActionFoot.tsx';
import { NumberedSteps } from '../../components/NumberedSteps.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { findingPlace } from '../dashboard/finding-page.ts';
import { severityTone } from '../dashboard/score-band.ts';
import { statusLines, statusTone } from './status-view.ts';

/**
 * One finding as the front desk reads it: how serious, what is wrong, what to do, who, by when
 * (overdue in red, in words), the points it adds, where the practice stands with it and the
 * button to change that; the codes and dates the IT provider needs, folded.
 */
export function ActionRow({ item, onChangeStatus }: { item: ActionItem; onChangeStatus(item: ActionItem): void }) {
  const { t, i18n } = useTranslation();
  const place = findingPlace(item.kind);
  const date = formatCalendarDate(item.dueDate, i18n.language);
  const lines = statusLines(t, item.status, item.open, i18n.language);
  return (
    <li className={`next-action action-item${item.open ? '' : ' action-item--settled'}`} data-id={item.id} data-kind={item.kind} data-severity={item.severity} data-status={item.status.value}>
      <div className="next-action__head">
        <StatusChip tone={severityTone(item.severity)} label={t(`dashboard.severity.${item.severity}`)} />
        <h3 className="next-action__title">{item.title}</h3>
      </div>
      <p className="next-action__what">{t('actions.item.whatToDo', { action: item.action })}</p>
      {item.playbook ? <NumberedSteps steps={item.playbook} label={t('watch.stealerLogs.steps')} className="action-item__playbook" /> : null}
      <p className="next-action__meta">
        <span>{t('actions.item.owner', { owner: item.owner })}</span>
        <span className={item.overdue ? 'next-action__due next-action__due--overdue' : 'next-action__due'}>
          <Icon name={item.overdue ? 'warning' : 'clock'} className="next-action__due-icon" />
          {item.overdue ? t('actions.item.overdue', { date }) : t('actions.item.due', { date })}
        </span>
        <span className="action-item__points">{item.points === 0 ? t('actions.item.notScored') : t('actions.item.points', { count: item.points })}</span>
      </p>
      <div className="action-item__status">
        <StatusChip tone={statusTone(item)} label={t(`actions.status.${item.status.value}`)} />
        <div className="action-item__status-text">
          {lines.map((line, index) => (
            <p key={index} className={index === 0 ? 'action-item__status-line' : 'action-item__reason'}>
              {line}
            </p>
          ))}
        </div>
        <Button className="button button--secondary button--small action-item__change" aria-label={t('actions.item.changeStatusOf', { title: item.title })} onPress={() => onChangeStatus(item)}>
          {t('actions.item.changeStatus')}
        </Button>
      </div>
      <ActionFoot place={place} details={t('actions.item.details')}>
        <dl className="action-item__facts">
          <dt>{t('actions.item.detailRef')}</dt>
          <dd>{item.ref}</dd>
          <dt>{t('actions.item.detailKind')}</dt>
          <dd>
            <code>{item.kind}</code>
          </dd>
          <dt>{t('actions.item.detailSeverity')}</dt>
          <dd>
            <code>{item.severity}</code>
          </dd>
          {item.account ? (
            <>
              <dt>{t('actions.item.detailAccount')}</dt>
              <dd>
                <code>{item.account.identifier ? `${item.account.service} · ${item.account.identifier}` : item.account.service}</code>
              </dd>
            </>
          ) : null}
          {item.detectedAt ? (
            <>
              <dt>{t('actions.item.detailDetected')}</dt>
              <dd>{formatDateTime(item.detectedAt, i18n.language)}</dd>
            </>
          ) : null}
          <dt>{t('actions.item.detailId')}</dt>
          <dd>
            <code className="action-item__id">{item.id}</code>
          </dd>
        </dl>
      </ActionFoot>
    </li>
  );
}
