import { useTranslation } from 'react-i18next';
import type { StoredPasswordVerdict } from '../../../electron/core/model/schemas/password.ts';
import { formatDateTime } from '../../components/format.ts';
import { StatusChip } from '../../components/StatusChip.tsx';
import { reasonText, reusedText, ruleNames, VERDICT_TONE } from './labels.ts';

/** An account's latest stored verdict in a chip, or "never checked" in grey. */
export function VerdictChip({ latest }: { latest: StoredPasswordVerdict | null }) {
  const { t } = useTranslation();
  if (!latest) return <StatusChip tone="neutral" label={t('passwords.verdict.never')} />;
  return <StatusChip tone={VERDICT_TONE[latest.verdict]} label={t(`passwords.verdict.${latest.verdict}`)} />;
}

/** What the store keeps of the last check, in words: when, which rules failed, pwned, reuse. */
export function StoredVerdictDetails({ latest }: { latest: StoredPasswordVerdict | null }) {
  const { t, i18n } = useTranslation();
  if (!latest) return null;
  const { pwned } = latest;
  return (
    <div className="pw-stored">
      <p className="text-hint">{t(latest.verdict === 'not-checked' ? 'passwords.overview.attemptedAt' : 'passwords.overview.checkedAt', {
          date: formatDateTime(latest.checkedAt, i18n.language),
        })}</p>
      {latest.failedRules.length > 0 ? <p className="pw-stored__line">{t('passwords.overview.failed', { rules: ruleNames(t, latest.failedRules) })}</p> : null}
      {pwned.status === 'pwned' ? (
        <p className="pw-stored__line pw-stored__line--danger">{t('passwords.stored.pwned', { count: pwned.count })}</p>
      ) : pwned.status === 'not-checked' ? (
        <p className="pw-stored__line">{t('passwords.stored.notChecked', { reason: reasonText(t, pwned.reason) })}</p>
      ) : (
        <p className="pw-stored__line">{t('passwords.stored.notPwned')}</p>
      )}
      {latest.reusedWith.length > 0 ? (
        <p className="pw-stored__line pw-stored__line--danger">{t('passwords.stored.reused', { accounts: reusedText(t, latest.reusedWith) })}</p>
      ) : null}
    </div>
  );
}
