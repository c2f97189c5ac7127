import { useTranslation } from 'react-i18next';
import type { PasswordResults, PasswordStanding } from '../../../electron/core/model/schemas/password.ts';
import { Panel } from '../../components/Panel.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { STANDING_TONE } from './labels.ts';

/**
 * The practice's passwords in one word: "à changer" when any account's is (checked or declared),
 * "conforme" only when every account is compliant, "à confirmer" otherwise — never "conforme" while
 * an account has no answer.
 */
export function practiceStanding(summary: PasswordResults['summary']): PasswordStanding {
  if (summary.fail > 0) return 'to-change';
  if (summary.accounts > 0 && summary.pass === summary.accounts) return 'compliant';
  return 'to-confirm';
}

/** The header's chip: the same word. */
export function PageVerdictChip({ summary }: { summary: PasswordResults['summary'] | null }) {
  const { t } = useTranslation();
  const standing = summary ? practiceStanding(summary) : 'to-confirm';
  return <StatusChip tone={STANDING_TONE[standing]} label={t(`passwords.standing.${standing}`)} />;
}

/** One verdict at the top of the page, in words, with what it stands on. */
export function PageVerdict({ summary }: { summary: PasswordResults['summary'] }) {
  const { t } = useTranslation();
  const standing = practiceStanding(summary);
  const toConfirm = summary.notChecked + summary.neverChecked;
  const sentence =
    standing === 'to-change'
      ? t('passwords.top.to-change', { count: summary.fail })
      : standing === 'compliant'
        ? t('passwords.top.compliant')
        : t('passwords.top.to-confirm', { count: toConfirm });
  return (
    <Panel title={t('passwords.top.title')} icon="scale" className={`pw-verdict pw-verdict--${standing}`}>
      <div className="pw-verdict__row" data-standing={standing}>
        <StatusChip tone={STANDING_TONE[standing]} label={t(`passwords.standing.${standing}`)} />
        <p className="pw-verdict__sentence">{sentence}</p>
      </div>
      {standing === 'to-change' && toConfirm > 0 ? <p className="prose">{t('passwords.top.alsoToConfirm', { count: toConfirm })}</p> : null}
      {summary.declared > 0 ? <p className="text-hint pw-verdict__declared">{t('passwords.top.declared', { count: summary.declared })}</p> : null}
    </Panel>
  );
}
