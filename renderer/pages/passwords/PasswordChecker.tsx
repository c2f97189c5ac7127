import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { PasswordAssessment, PasswordCheckResult } from '../../../electron/core/model/schemas/password.ts';
import type { ServiceId } from '../../../electron/core/model/schemas/staff.ts';
import { ApiFailure, api } from '../../api/client.ts';
import { toFailureText, type FailureText } from '../../api/failure-text.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { CheckOutcome } from './CheckOutcome.tsx';
import { accountName } from './labels.ts';
import { PassphraseHelper } from './PassphraseHelper.tsx';
import { PolicyRules, PolicyVerdictChip, policyTitle } from './PolicyRules.tsx';
import { StrengthMeter } from './StrengthMeter.tsx';
import { useIdleClear } from './use-idle-clear.ts';

/** Long enough to skip the keystrokes of a word, short enough to feel live. */
const ASSESS_DEBOUNCE_MS = 250;

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
 * judged by the practice's policy, then checked for breaches and reuse. The password lives in this
 * component's memory only: the input is uncontrolled (React would mirror a controlled value into
 * the DOM's value attribute), and everything is cleared after 60 s without typing and when the
 * component goes (leaving the page, another account, another person).
 */
export function PasswordChecker({ staffId, account, sittingId, onChecked, onSittingEnded, onClose }: PasswordCheckerProps) {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const titleId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [visible, setVisible] = useState(false);
  const [lockout, setLockout] = useState(false);
  // The live meter's assessment of what is typed; the full check's is in `result`. Kept apart so an
  // edit drops both and a check's answers (breaches, reuse) never stand for text it did not see.
  const [assessment, setAssessment] = useState<PasswordAssessment | null>(null);
  const [assessing, setAssessing] = useState(false);
  const [result, setResult] = useState<PasswordCheckResult | null>(null);
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<FailureText | null>(null);
  const [cleared, setCleared] = useState(false);
  // A new generation remounts the passphrase helper: what it showed goes with the rest.
  const [generation, setGeneration] = useState(0);
  // The request ticket: every edit, lockout change, clear and check takes a new one, and an answer
  // (meter or check) is shown only if its ticket is still the latest.
  const request = useRef(0);
  const name = accountName(t, account);

  const clearAll = useCallback(() => {
    request.current += 1;
    if (inputRef.current) inputRef.current.value = '';
    setPassword('');
    setVisible(false);
    setAssessment(null);
    setAssessing(false);
    setResult(null);
    setChecking(false);
    setFailure(null);
    setGeneration((value) => value + 1);
    setCleared(true);
  }, []);
  const idle = useIdleClear(clearAll);

  const failed = (error: unknown) => {
    if (error instanceof ApiFailure && error.code === 'password-sitting-ended' && onSittingEnded) {
      onSittingEnded();
      return;
    }
    setFailure(toFailureText(error));
  };

  // The live meter: the engine assesses what is typed, once typing pauses. Answers to older input are dropped.
  useEffect(() => {
    const ticket = ++request.current;
    if (!password) {
      setAssessment(null);
      setAssessing(false);
      return;
    }
    setAssessing(true);
    const timer = setTimeout(() => {
      api.password
        .assess({ staffId, accountId: account.accountId, lockout, password })
        .then((value) => {
          if (ticket !== request.current) return;
          setAssessment(value);
          setFailure(null);
        })
        .catch((error: unknown) => {
          if (ticket === request.current) failed(error);
        })
        .finally(() => {
          if (ticket === request.current) setAssessing(false);
        });
    }, ASSESS_DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // `failed` reads only callbacks the host keeps for the component's life.
  }, [password, lockout, staffId, account.accountId]);

  // What was shown answered other input: drop it, and any answer still on its way.
  const changed = () => {
    request.current += 1;
    setAssessment(null);
    setResult(null);
    setChecking(false);
  };

  const typed = (value: string) => {
    changed();
    setPassword(value);
    setCleared(false);
    if (value) idle.touch();
    else idle.stop();
  };

  const check = async () => {
    if (!password || checking) return;
    const ticket = ++request.current;
    idle.touch();
    setChecking(true);
    // The live meter's answer for this text is dropped with the ticket; the check brings its own.
    setAssessing(false);
    setFailure(null);
    try {
      const checked = await api.password.check({ sittingId, accountId: account.accountId, password, lockout });
      // The verdict is stored either way: the host reloads the person's accounts.
      onChecked(checked);
      if (ticket === request.current) setResult(checked);
    } catch (error) {
      if (ticket === request.current || (error instanceof ApiFailure && error.code === 'password-sitting-ended')) failed(error);
    } finally {
      if (ticket === request.current) setChecking(false);
    }
  };

  // After "Check", the rules are the full check's (breaches and reuse answered); before, the live meter's.
  const shown = result?.assessment ?? assessment;
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
          void check();
        }}
      >
        <div className="form-field">
          <label htmlFor={inputId} className="form-field__label">
            {t('passwords.checker.field', { account: name })}
          </label>
          <div className="pw-checker__input-row">
            <input
              ref={inputRef}
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
              onChange={(event) => typed(event.currentTarget.value)}
            />
            <Button
              className="button button--secondary pw-checker__toggle"
              aria-label={visible ? t('passwords.checker.hideLabel') : t('passwords.checker.showLabel')}
              aria-controls={inputId}
              onPress={() => {
                setVisible((value) => !value);
                if (password) idle.touch();
              }}
            >
              {visible ? t('passwords.checker.hide') : t('passwords.checker.show')}
            </Button>
          </div>
        </div>

        <Checkbox
          className="checkbox pw-checkbox"
          isSelected={lockout}
          onChange={(value) => {
            changed();
            setLockout(value);
            if (password) idle.touch();
          }}
        >
          <span className="checkbox__box" aria-hidden="true">
            <Icon name="check" className="checkbox__tick" />
          </span>
          <span className="pw-checkbox__text">
            <span>{t('passwords.checker.lockout')}</span>
            <span className="text-hint">{t('passwords.checker.lockoutHint')}</span>
          </span>
        </Checkbox>

        <StrengthMeter strength={shown?.strength ?? null} assessing={assessing || checking} />

        {chosen ? (
          <div className="pw-checker__policy" data-policy={chosen.policy}>
            <div className="split-row">
              <h4 className="pw-checker__subtitle">{t('passwords.rules.chosenTitle', { policy: policyTitle(t, chosen, i18n.language) })}</h4>
              <PolicyVerdictChip policy={chosen} />
            </div>
            <PolicyRules policy={chosen} />
          </div>
        ) : null}

        <div className="button-row">
          <Button type="submit" className="button button--primary" isDisabled={!password || checking}>
            <Icon name="search" />
            {checking ? t('passwords.checker.checking') : t('passwords.checker.check')}
          </Button>
        </div>
        <p className="text-hint">{t('passwords.checker.checkHint')}</p>
      </form>

      {failure ? <ErrorBanner error={failure} /> : null}
      <div aria-live="polite">{result ? <CheckOutcome result={result} /> : null}</div>
      <p role="status" className="save-status save-status--collapse pw-checker__cleared">
        {cleared ? t('passwords.checker.cleared') : ''}
      </p>

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

      <PassphraseHelper key={generation} staffId={staffId} onActivity={idle.touch} />
    </section>
  );
}
