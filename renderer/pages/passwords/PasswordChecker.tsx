import { useId } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { PasswordCheckResult } from '../../../electron/core/model/schemas/password.ts';
import type { ServiceId } from '../../../electron/core/model/schemas/staff.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { CheckOutcome, PendingOutcome } from './CheckOutcome.tsx';
import { ProviderDetails } from '../../components/ProviderDetails.tsx';
import { accountName } from './labels.ts';
import { PassphraseHelper } from './PassphraseHelper.tsx';
import { PolicyRules, PolicyVerdictChip, policyTitle } from './PolicyRules.tsx';
import { StrengthMeter } from './StrengthMeter.tsx';
import { usePasswordChecker } from './use-password-checker.ts';

export interface CheckedAccount {
  accountId: string;
  service: ServiceId;
  label: string;
}

interface PasswordCheckerProps {
  staffId: string;
  account: CheckedAccount;
  /** The person's sitting: reuse is compared with the other checks made in it. */
  sittingId: string;
  onChecked(result: PasswordCheckResult): void;
  /** The engine ended the sitting (idle, or another person chosen): the host asks for the person again. */
  onSittingEnded?(): void;
  onClose?(): void;
}

/**
 * One account's password: typed (masked, with a show button), assessed live by the engine,
 * judged by the practice's policy, then checked for breaches and reuse (usePasswordChecker). The
 * password lives in this component's memory only: the input is uncontrolled (React would mirror a
 * controlled value into the DOM's value attribute), and everything is cleared after 60 s without
 * typing and when the component goes (leaving the page, another account, another person).
 */
export function PasswordChecker({ staffId, account, sittingId, onChecked, onSittingEnded, onClose }: PasswordCheckerProps) {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const titleId = useId();
  const checker = usePasswordChecker({ staffId, accountId: account.accountId, sittingId, onChecked, ...(onSittingEnded ? { onSittingEnded } : {}) });
  const { password, visible, lockout, shown, result, failure, checking } = checker;
  const name = accountName(t, account);

  // After "Check", the rules are the full check's (breaches and reuse answered); before, the live meter's.
  const chosen = shown?.policies.find((policy) => policy.policy === shown.policy) ?? null;
  const others = shown?.policies.filter((policy) => policy !== chosen) ?? [];

  return (
    <section className="pw-checker" aria-labelledby={titleId} data-account={account.accountId}>
      <div className="split-row">
        <h3 id={titleId} className="pw-checker__title">{t('passwords.checker.title', { account: name })}</h3>
        {onClose ? (
          <Button className="button button--secondary button--small" onPress={onClose}>
            <Icon name="close" />
            {t('passwords.checker.close')}
          </Button>
        ) : null}
      </div>
      <p className="prose">{t('passwords.checker.intro')}</p>
      <p className="callout pw-checker__idle" id={hintId}>
        <Icon name="clock" className="pw-checker__idle-icon" />
        <span>{t('passwords.checker.idleNotice')}</span>
      </p>

      <form
        className="pw-checker__form"
        autoComplete="off"
        onSubmit={(event) => {
          event.preventDefault();
          void checker.check(false);
        }}
      >
        <div className="form-field">
          <label htmlFor={inputId} className="form-field__label">
            {t('passwords.checker.field', { account: name })}
          </label>
          <div className="pw-checker__input-row">
            <input
              ref={checker.inputRef}
              id={inputId}
              className="form-field__input pw-checker__input"
              type={visible ? 'text' : 'password'}
              name="hygie-password-under-test"
              autoComplete="off"
              autoCapitalize="off"
              autoCorrect="off"
              spellCheck={false}
              maxLength={256}
              aria-describedby={hintId}
              // Opened on purpose by "Check a password": the person types at once.
              autoFocus
              onChange={(event) => checker.typed(event.currentTarget.value)}
            />
            <Button
              className="button button--secondary pw-checker__toggle"
              aria-label={visible ? t('passwords.checker.hideLabel') : t('passwords.checker.showLabel')}
              aria-controls={inputId}
              onPress={checker.toggleVisible}
            >
              {visible ? t('passwords.checker.hide') : t('passwords.checker.show')}
            </Button>
          </div>
        </div>

        <Checkbox
          className="checkbox pw-checkbox"
          isSelected={lockout}
          onChange={checker.chooseLockout}
        >
          <span className="checkbox__box" aria-hidden="true">
            <Icon name="check" className="checkbox__tick" />
          </span>
          <span className="pw-checkbox__text">
            <span>{t('passwords.checker.lockout')}</span>
            <span className="text-hint">{t('passwords.checker.lockoutHint')}</span>
          </span>
        </Checkbox>

        {/* The one verdict first, in words: it comes by itself once typing stops. */}
        <div aria-live="polite" className="pw-checker__verdict">
          {result ? (
            <CheckOutcome result={result} />
          ) : password && !failure ? (
            <PendingOutcome label={checking ? t('passwords.checker.checking') : t('passwords.checker.waiting')} />
          ) : null}
        </div>
        {failure ? <ErrorBanner error={failure} /> : null}

        <StrengthMeter strength={shown?.strength ?? null} assessing={checker.assessing || checking} foundInBreaches={result?.pwned.status === 'pwned'} />

        <div className="button-row">
          <Button type="submit" className="button button--secondary" isDisabled={!password || checking}>
            <Icon name="search" />
            {checking ? t('passwords.checker.checking') : t('passwords.checker.check')}
          </Button>
        </div>
        <p className="text-hint">{t('passwords.checker.checkHint')}</p>
      </form>

      <p role="status" className="save-status save-status--collapse pw-checker__cleared">
        {checker.cleared ? t('passwords.checker.cleared') : ''}
      </p>

      {/* The rules one by one and the other policies are for the IT provider: folded. */}
      {/* There once something is typed, and stays while the person types on, so that it keeps open (the rules follow the text). */}
      {password ? (
      <ProviderDetails className="pw-checker__details" summary={t('passwords.details.rulesTitle')}>
        {chosen ? (
          <div className="pw-checker__policy" data-policy={chosen.policy}>
            <div className="split-row">
              <h4 className="pw-checker__subtitle">{t('passwords.rules.chosenTitle', { policy: policyTitle(t, chosen, i18n.language) })}</h4>
              <PolicyVerdictChip policy={chosen} />
            </div>
            <PolicyRules policy={chosen} />
          </div>
        ) : (
          <p className="text-hint">{t('passwords.checker.typeFirst')}</p>
        )}
          {others.length > 0 ? (
            <details className="disclosure pw-others">
              <summary className="disclosure__summary pw-others__summary">{t('passwords.rules.others')}</summary>
              <ul className="disclosure__body pw-others__list">
                {others.map((policy) => (
                  <li key={policy.policy} className="pw-others__item" data-policy={policy.policy}>
                    <div className="split-row">
                      <h4 className="pw-checker__subtitle">{policyTitle(t, policy, i18n.language)}</h4>
                      <PolicyVerdictChip policy={policy} />
                    </div>
                    <PolicyRules policy={policy} />
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
      </ProviderDetails>
      ) : null}

      <PassphraseHelper key={checker.generation} staffId={staffId} onActivity={checker.touch} />
    </section>
  );
}
