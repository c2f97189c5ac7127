import { useTranslation } from 'react-i18next';
import type { PasswordCheckResult } from '../../../electron/core/model/schemas/password.ts';
import { formatDateTime } from '../../components/format.ts';
import { Icon } from '../../components/Icon.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { standingOf } from '../../../electron/core/model/schemas/password.ts';
import { reasonText, reusedText, STANDING_TONE } from './labels.ts';

/**
 * What "Check" found: the verdict under the practice's policy, the breach lookup (found N times,
 * absent, or could not check — never "absent" when it could not), and reuse within the sitting.
 */
export function CheckOutcome({ result }: { result: PasswordCheckResult }) {
  const { t, i18n } = useTranslation();
  const { assessment, pwned, reusedWith } = result;
  const standing = standingOf(assessment.verdict, null);
  return (
    <div className={`pw-outcome pw-outcome--${assessment.verdict}`} data-verdict={assessment.verdict}>
      <div className="split-row">
        <p className="pw-outcome__title">{t('passwords.checker.verdictLabel')}</p>
        <StatusChip tone={STANDING_TONE[standing]} label={t(`passwords.standing.${standing}`)} />
      </div>
      <p className="pw-outcome__verdict">{t(`passwords.result.verdict.${assessment.verdict}`)}</p>
      <ul className="pw-outcome__lines">
        {pwned.status === 'pwned' ? (
          <li className="outcome-line pw-outcome__line--danger" data-pwned="pwned">
            <Icon name="cross" className="outcome-line__icon" />
            <span>{t('passwords.result.pwned', { count: pwned.count })}</span>
          </li>
        ) : pwned.status === 'not-pwned' ? (
          <li className="outcome-line pw-outcome__line--success" data-pwned="not-pwned">
            <Icon name="check" className="outcome-line__icon" />
            <span>{t('passwords.result.notPwned', { source: t(`passwords.result.source.${pwned.source}`) })}</span>
          </li>
        ) : (
          <li className="outcome-line pw-outcome__line--neutral" data-pwned="not-checked" data-reason={pwned.reason}>
            <Icon name="notChecked" className="outcome-line__icon" />
            <span>{t('passwords.result.notChecked', { reason: reasonText(t, pwned.reason) })}</span>
          </li>
        )}
        {reusedWith.length > 0 ? (
          <li className="outcome-line pw-outcome__line--danger" data-reused="yes">
            <Icon name="cross" className="outcome-line__icon" />
            <span>{t('passwords.result.reused', { accounts: reusedText(t, reusedWith) })}</span>
          </li>
        ) : (
          <li className="outcome-line pw-outcome__line--success" data-reused="no">
            <Icon name="check" className="outcome-line__icon" />
            <span>{t('passwords.result.notReused')}</span>
          </li>
        )}
      </ul>
      <p className="text-hint">{t('passwords.result.saved', { date: formatDateTime(result.checkedAt, i18n.language) })}</p>
    </div>
  );
}

/** Typed, the answer not in yet: "à confirmer", in grey, with what is happening — never a green before the lookup. */
export function PendingOutcome({ label }: { label: string }) {
  const { t } = useTranslation();
  return (
    <div className="pw-outcome pw-outcome--pending" data-verdict="pending">
      <div className="split-row">
        <p className="pw-outcome__title">{t('passwords.checker.verdictLabel')}</p>
        <StatusChip tone="neutral" label={t('passwords.standing.to-confirm')} />
      </div>
      <p className="pw-outcome__verdict">{label}</p>
    </div>
  );
}
