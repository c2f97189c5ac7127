import { useTranslation } from 'react-i18next';
import type { BreachResults } from '../../../electron/core/model/schemas/breach-check.ts';
import { StatusTiles } from '../../components/StatusTiles.tsx';

/** Three separate counts: not checked is its own number, never added to "no known breach". */
export function SummaryCounts({ summary }: { summary: BreachResults['summary'] }) {
  const { t } = useTranslation();
  return (
    <StatusTiles
      label={t('breaches.summary.title')}
      scope={`${t('breaches.summary.people', { count: summary.people })} · ${t('breaches.summary.emails', { count: summary.emails })}`}
      tiles={[
        { status: 'breached', tone: 'danger', label: t('breaches.summary.breached'), value: summary.breached },
        { status: 'clean', tone: 'success', label: t('breaches.summary.clean'), value: summary.clean },
        {
          status: 'not-checked',
          tone: 'neutral',
          label: t('breaches.summary.notChecked'),
          value: summary.notChecked,
          ...(summary.neverChecked > 0 ? { note: t('breaches.summary.neverChecked', { count: summary.neverChecked }) } : {}),
        },
      ]}
    />
  );
}
