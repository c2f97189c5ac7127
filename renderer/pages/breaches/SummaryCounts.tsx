import { useTranslation } from 'react-i18next';
import type { BreachResults } from '../../../electron/core/api/schemas/breach-check.ts';
import { Icon, type IconName } from '../../components/Icon.tsx';

/** Three separate counts: not checked is its own number, never added to "no known breach". */
export function SummaryCounts({ summary }: { summary: BreachResults['summary'] }) {
  const { t } = useTranslation();
  const tiles: { key: string; tone: string; icon: IconName; label: string; value: number; note?: string }[] = [
    { key: 'breached', tone: 'danger', icon: 'cross', label: t('breaches.summary.breached'), value: summary.breached },
    { key: 'clean', tone: 'success', icon: 'check', label: t('breaches.summary.clean'), value: summary.clean },
    {
      key: 'not-checked',
      tone: 'neutral',
      icon: 'notChecked',
      label: t('breaches.summary.notChecked'),
      value: summary.notChecked,
      ...(summary.neverChecked > 0 ? { note: t('breaches.summary.neverChecked', { count: summary.neverChecked }) } : {}),
    },
  ];
  return (
    <div className="breach-summary">
      <p className="breach-summary__scope">
        {t('breaches.summary.people', { count: summary.people })} · {t('breaches.summary.emails', { count: summary.emails })}
      </p>
      <ul className="breach-summary__tiles" aria-label={t('breaches.summary.title')}>
        {tiles.map((tile) => (
          <li key={tile.key} className={`breach-tile breach-tile--${tile.tone}`} data-status={tile.key}>
            <Icon name={tile.icon} className="breach-tile__icon" />
            <span className="breach-tile__value">{tile.value}</span>
            <span className="breach-tile__label">{tile.label}</span>
            {tile.note ? <span className="breach-tile__note">{tile.note}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
