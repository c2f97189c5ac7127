import { useTranslation } from 'react-i18next';
import type { PasswordResults } from '../../../electron/core/api/schemas/password.ts';
import { Icon, type IconName } from '../../components/Icon.tsx';

/** Compliant, to change and not checked, each its own count: never checked is never added to compliant. */
export function SummaryTiles({ summary, people }: { summary: PasswordResults['summary']; people: number }) {
  const { t } = useTranslation();
  const tiles: { key: string; tone: string; icon: IconName; label: string; value: number; note?: string }[] = [
    { key: 'fail', tone: 'danger', icon: 'cross', label: t('passwords.summary.fail'), value: summary.fail },
    { key: 'pass', tone: 'success', icon: 'check', label: t('passwords.summary.pass'), value: summary.pass },
    {
      key: 'not-checked',
      tone: 'neutral',
      icon: 'notChecked',
      label: t('passwords.summary.notChecked'),
      value: summary.notChecked + summary.neverChecked,
      ...(summary.neverChecked > 0 ? { note: t('passwords.summary.neverChecked', { count: summary.neverChecked }) } : {}),
    },
  ];
  return (
    <div className="pw-summary">
      <p className="pw-summary__scope">
        {t('passwords.summary.people', { count: people })} · {t('passwords.summary.accounts', { count: summary.accounts })}
      </p>
      <ul className="pw-summary__tiles" aria-label={t('passwords.summary.title')}>
        {tiles.map((tile) => (
          <li key={tile.key} className={`pw-tile pw-tile--${tile.tone}`} data-status={tile.key}>
            <Icon name={tile.icon} className="pw-tile__icon" />
            <span className="pw-tile__value">{tile.value}</span>
            <span className="pw-tile__label">{tile.label}</span>
            {tile.note ? <span className="pw-tile__note">{tile.note}</span> : null}
          </li>
        ))}
      </ul>
      {summary.pwned > 0 || summary.reused > 0 ? (
        <ul className="pw-summary__flags">
          {summary.pwned > 0 ? (
            <li className="pw-summary__flag" data-flag="pwned">
              <Icon name="warning" />
              {t('passwords.summary.pwned', { count: summary.pwned })}
            </li>
          ) : null}
          {summary.reused > 0 ? (
            <li className="pw-summary__flag" data-flag="reused">
              <Icon name="warning" />
              {t('passwords.summary.reused', { count: summary.reused })}
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
