import { useTranslation } from 'react-i18next';
import type { ActionToCheck } from '../../../electron/core/model/schemas/actions.ts';
import { StatusChip } from '../../components/StatusChip.tsx';
import { areaPlace } from '../dashboard/finding-page.ts';
import { ActionFoot } from './ActionFoot.tsx';

/** Where the thing to check is: the person and the account (the address for a mailbox), or the practice. */
function subject(item: ActionToCheck, serviceName: string | null, practice: string): string {
  const account = item.account ? item.account.identifier || serviceName : null;
  const who = item.person?.name ?? practice;
  return account ? `${who} · ${account}` : who;
}

/** What is not checked yet: grey ("not checked", never "safe"), what to do, and the page to do it on. */
export function ToCheckList({ items }: { items: readonly ActionToCheck[] }) {
  const { t } = useTranslation();
  return (
    <ul className="to-check">
      {items.map((item) => {
        const place = areaPlace(item.area);
        return (
          <li key={item.id} className="next-action to-check__item" data-check={item.check} data-area={item.area}>
            <div className="next-action__head">
              <StatusChip tone="neutral" label={t('status.notChecked')} />
              <h3 className="next-action__title">{t(`actions.toCheck.check.${item.check}`)}</h3>
            </div>
            <p className="to-check__subject">
              {subject(item, item.account ? t(`staff.services.${item.account.service}`) : null, t('actions.toCheck.practice'))}
            </p>
            {[...new Set(item.reasons.map((reason) => reason.explanation))].map((explanation) => (
              <p key={explanation} className="next-action__what">
                {explanation}
              </p>
            ))}
            <ActionFoot place={place} details={t('actions.toCheck.details')}>
              <ul className="action-item__codes">
                {item.reasons.map((reason, index) => (
                  <li key={index}>
                    <code>{t('actions.toCheck.reasonCode', { code: reason.code })}</code>
                  </li>
                ))}
              </ul>
            </ActionFoot>
          </li>
        );
      })}
    </ul>
  );
}
