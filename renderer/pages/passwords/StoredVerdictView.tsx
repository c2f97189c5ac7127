import { useTranslation } from 'react-i18next';
import { DECLARATION_QUESTIONS, type PasswordResults, type StoredPasswordDeclaration, type StoredPasswordVerdict } from '../../../electron/core/model/schemas/password.ts';
import { formatDateTime } from '../../components/format.ts';
import { StatusChip } from '../../components/StatusChip.tsx';
import { accountStanding, reasonText, reusedText, ruleNames, STANDING_TONE, standingLabel } from './labels.ts';

type ResultAccount = Pick<PasswordResults['persons'][number]['accounts'][number], 'latest' | 'declared'>;

/**
 * An account's password in one word — à changer, conforme, à confirmer — from the newest of its
 * check and its self-assessment; "(déclaré)" when it stands on the self-assessment. Never checked
 * and never declared is "à confirmer", in grey.
 */
export function VerdictChip({ account }: { account: ResultAccount }) {
  const { t } = useTranslation();
  const { standing, declared } = accountStanding(account);
  return <StatusChip tone={STANDING_TONE[standing]} label={standingLabel(t, standing, declared)} />;
}

/** What the store keeps of the evidence that counts, in words: the declaration, or the last check. */
export function StoredVerdictDetails({ account }: { account: ResultAccount }) {
  const { declared } = accountStanding(account);
  if (declared && account.declared) return <DeclarationDetails declaration={account.declared} />;
  return <CheckDetails latest={account.latest} />;
}

function DeclarationDetails({ declaration }: { declaration: StoredPasswordDeclaration }) {
  const { t, i18n } = useTranslation();
  const nos = DECLARATION_QUESTIONS.filter((question) => declaration.answers[question] === 'no');
  return (
    <div className="pw-stored" data-evidence="declared">
      <p className="text-hint">{t('passwords.declare.declaredAt', { date: formatDateTime(declaration.declaredAt, i18n.language) })}</p>
      {nos.length > 0 ? (
        <p className="pw-stored__line pw-stored__line--danger">
          {t('passwords.declare.noAnswers', { answers: nos.map((question) => t(`passwords.declare.answerNames.${question}`)).join(', ') })}
        </p>
      ) : null}
      <p className="pw-stored__line">{t('passwords.declare.counts')}</p>
    </div>
  );
}

function CheckDetails({ latest }: { latest: StoredPasswordVerdict | null }) {
  const { t, i18n } = useTranslation();
  if (!latest) return null;
  const { pwned } = latest;
  return (
    <div className="pw-stored" data-evidence="checked">
      <p className="text-hint">
        {t(latest.verdict === 'not-checked' ? 'passwords.overview.attemptedAt' : 'passwords.overview.checkedAt', {
          date: formatDateTime(latest.checkedAt, i18n.language),
        })}
      </p>
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
