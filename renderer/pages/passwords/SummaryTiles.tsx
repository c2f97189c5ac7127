import { useTranslation } from 'react-i18next';
import type { PasswordResults } from '../../../electron/core/model/schemas/password.ts';
import { StatusFlags, StatusTiles } from '../../components/StatusTiles.tsx';

/** Compliant, to change and not checked, each its own count: never checked is never added to compliant. */
export function SummaryTiles({ summary, people }: { summary: PasswordResults['summary']; people: number }) {
  const { t } = useTranslation();
  return (
    <StatusTiles
      label={t('passwords.summary.title')}
      scope={`${t('passwords.summary.people', { count: people })} · ${t('passwords.summary.accounts', { count: summary.accounts })}`}
      tiles={[
        { status: 'fail', tone: 'danger', label: t('passwords.summary.fail'), value: summary.fail },
        { status: 'pass', tone: 'success', label: t('passwords.summary.pass'), value: summary.pass },
        {
          status: 'not-checked',
          tone: 'neutral',
          label: t('passwords.summary.notChecked'),
          value: summary.notChecked + summary.neverChecked,
          ...(summary.neverChecked > 0 ? { note: t('passwords.summary.neverChecked', { count: summary.neverChecked }) } : {}),
        },
      ]}
    >
      <StatusFlags
        flags={[
          ...(summary.pwned > 0 ? [{ flag: 'pwned', label: t('passwords.summary.pwned', { count: summary.pwned }) }] : []),
          ...(summary.reused > 0 ? [{ flag: 'reused', label: t('passwords.summary.reused', { count: summary.reused }) }] : []),
        ]}
      />
    </StatusTiles>
  );
}
