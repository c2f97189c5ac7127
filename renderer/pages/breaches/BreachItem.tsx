import { useTranslation } from 'react-i18next';
import type { BreachFound } from '../../../electron/core/model/schemas/breach.ts';
import { formatCalendarDate } from '../../components/format.ts';
import { sanitiseDescription } from './labels.ts';

/** One breach an address was found in: its title, date, the data exposed and HIBP's description. */
export function BreachItem({ breach }: { breach: BreachFound }) {
  const { t, i18n } = useTranslation();
  const description = breach.descriptionHtml ? sanitiseDescription(breach.descriptionHtml) : '';
  return (
    <li className="card breach-item">
      <div className="split-row">
        <h4 className="breach-item__title">{breach.title}</h4>
        <span className="text-hint">
          {breach.breachDate ? t('breaches.breach.date', { date: formatCalendarDate(breach.breachDate, i18n.language) }) : t('breaches.breach.dateUnknown')}
        </span>
      </div>
      {breach.dataClasses.length > 0 ? (
        <div className="inline-row breach-item__classes">
          <span className="breach-item__classes-label">{t('breaches.breach.dataClasses')}</span>
          <ul className="chip-list">
            {breach.dataClasses.map((dataClass) => (
              <li key={dataClass} className="chip chip--neutral">
                {dataClass}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {description ? (
        // Sanitised with DOMPurify just above: formatting tags only, no attributes, no links.
        <div className="breach-item__description" dangerouslySetInnerHTML={{ __html: description }} />
      ) : null}
      {breach.isVerified === false ? <p className="text-hint">{t('breaches.breach.unverified')}</p> : null}
    </li>
  );
}
