import { useEffect, useId, useRef } from 'react';
import { Button, Form, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { WALKTHROUGH_ANSWERS, type PlanStep, type WalkthroughAnswerValue, type WalkthroughPlan } from '../../../electron/core/model/schemas/walkthrough.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { MfaStatusBadge } from '../mfa/MfaStatusBadge.tsx';
import { PasswordChecker } from '../passwords/PasswordChecker.tsx';
import { stepHow, stepQuestion, stepTitle, stepWhy } from './step-texts.ts';
import { useStepAnswer } from './use-step-answer.ts';
import { NotifyMeOffer } from './NotifyMeOffer.tsx';

interface StepViewProps {
  plan: WalkthroughPlan;
  index: number;
  /** Move focus to the step's heading when it appears (every step after the first shown). */
  focusHeading: boolean;
  onSaved(plan: WalkthroughPlan, step: PlanStep): void;
  onBack(): void;
  onPlan(plan: WalkthroughPlan): void;
  /** The person's password sitting (the check-password step's checker), null while none is open. */
  sittingId: string | null;
  onSittingEnded(): void;
}

export function StepView({ plan, index, focusHeading, onSaved, onBack, onPlan, sittingId, onSittingEnded }: StepViewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const step = plan.steps[index]!;
  const account = plan.accounts.find((candidate) => candidate.accountId === step.accountId) ?? null;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const methodId = useId();
  const answerId = useId();
  const form = useStepAnswer({ plan, step, account, onSaved, onPlan });
  const { isMfa, answer, method, note, problem, failure, saving: pending } = form;
  const isLast = index === plan.steps.length - 1;
  const how = stepHow(t, step, language);

  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [focusHeading]);

  return (
    <article className="panel wt-step" aria-labelledby={headingId}>
      <p className="wt-step__counter">{t('walkthrough.person.stepOf', { current: index + 1, total: plan.steps.length })}</p>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="wt-step__title">
        {stepTitle(t, step)}
      </h2>

      {account ? (
        <div className="wt-account">
          <p className="wt-account__name">
            <Icon name={account.service === 'mailbox' ? 'file' : 'lock'} />
            <span>
              {t(`staff.services.${account.service}`)}
              {account.identifier ? <strong className="wt-account__identifier"> {account.identifier}</strong> : null}
            </span>
          </p>
          <p className="inline-row wt-account__meta">
            {t('walkthrough.account.provider', { name: account.provider.name[language] })}
            {account.providerChoices.length > 0 ? (
              <span className="wt-account__source"> — {t(`walkthrough.account.source.${account.provider.source}`)}</span>
            ) : null}
          </p>
          {account.mfa ? (
            <p className="inline-row wt-account__meta">
              {t('walkthrough.account.currentMfa')}
              <MfaStatusBadge status={account.mfa.status} />
            </p>
          ) : null}
          {account.providerChoices.length > 0 && step.step !== 'password-changed-since-breach' ? (
            <SelectField
              className="wt-account__provider"
              label={t('walkthrough.account.chooseProvider')}
              description={t('walkthrough.account.chooseProviderHint')}
              options={account.providerChoices.map((choice) => ({ id: choice.id, label: choice.name[language] }))}
              value={account.provider.source === 'default' ? null : account.provider.id}
              placeholder={t('walkthrough.account.choosePlaceholder')}
              onChange={(provider) => void form.chooseProvider(provider)}
            />
          ) : null}
          {account.service === 'mailbox' ? <NotifyMeOffer accountId={account.accountId} /> : null}
        </div>
      ) : null}

      <section className="wt-section" aria-labelledby={`${headingId}-why`}>
        <h3 id={`${headingId}-why`} className="wt-section__title">
          <Icon name="bulb" />
          {t('walkthrough.section.why')}
        </h3>
        <p className="prose">{stepWhy(t, step)}</p>
        {step.step === 'phishing' ? <p className="wt-rule">{t('walkthrough.steps.phishing.rule')}</p> : null}
      </section>

      {how.length > 0 || step.links.length > 0 ? (
        <section className="wt-section" aria-labelledby={`${headingId}-how`}>
          <h3 id={`${headingId}-how`} className="wt-section__title">
            <Icon name="walkthrough" />
            {t('walkthrough.section.how')}
          </h3>
          {how.length > 0 ? (
            <ol className="wt-how">
              {how.map((line, position) => (
                <li key={position} className="wt-how__item">
                  <span className="wt-how__number" aria-hidden="true">
                    {position + 1}
                  </span>
                  <span>{line}</span>
                </li>
              ))}
            </ol>
          ) : null}
          {step.links.length > 0 ? (
            <div className="wt-links">
              <p className="wt-links__label">{t('walkthrough.section.links')}</p>
              <ul className="wt-links__list">
                {step.links.map((link) => (
                  <li key={link.url[language]}>
                    <a className="text-link" href={link.url[language]} target="_blank" rel="noopener noreferrer">
                      <Icon name="globe" className="text-link__icon" />
                      {link.label[language]}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ) : null}

      {step.step === 'check-password' && account && sittingId ? (
        <PasswordChecker
          staffId={plan.staffId}
          account={{ accountId: account.accountId, service: account.service, label: account.identifier ?? t(`staff.services.${account.service}`) }}
          sittingId={sittingId}
          // A password that meets the policy, is in no breach and is not reused answers the step.
          onChecked={(result) => {
            if (result.assessment.verdict === 'pass' && result.pwned.status === 'not-pwned' && result.reusedWith.length === 0) form.markDone();
          }}
          onSittingEnded={onSittingEnded}
        />
      ) : null}

      <Form
        className="wt-section wt-check"
        aria-labelledby={`${headingId}-check`}
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit();
        }}
      >
        <h3 id={`${headingId}-check`} className="wt-section__title">
          <Icon name="checkCircle" />
          {t('walkthrough.section.check')}
        </h3>

        {isMfa ? (
          <RadioGroup
            className="choice-group"
            aria-labelledby={methodId}
            value={method}
            onChange={form.chooseMethod}
          >
            <p id={methodId} className="wt-question">
              {t('walkthrough.method.question')}
            </p>
            {step.methods.length === 0 ? <p className="prose prose--muted">{t('walkthrough.method.noMethods')}</p> : null}
            <div className="choice-group__options wt-options">
              {step.methods.map((option) => (
                <Radio key={option.kind} value={option.kind} className="choice" aria-label={option.label[language]}>
                  <span className="choice__indicator" aria-hidden="true" />
                  <span className="choice__text">
                    <span className="choice__label">{option.label[language]}</span>
                    <span className="inline-row wt-method__strength">
                      <MfaStatusBadge status={option.strength} />
                      {option.availability === 'depends' ? (
                        <span className="choice__hint">{t('walkthrough.method.depends')}</span>
                      ) : null}
                    </span>
                  </span>
                </Radio>
              ))}
              {(['none', 'unknown'] as const).map((option) => (
                <Radio key={option} value={option} className="choice" aria-label={t(`walkthrough.method.${option}`)}>
                  <span className="choice__indicator" aria-hidden="true" />
                  <span className="choice__text">
                    <span className="choice__label">{t(`walkthrough.method.${option}`)}</span>
                    <span className="choice__hint">{t(`walkthrough.method.${option}Hint`)}</span>
                  </span>
                </Radio>
              ))}
            </div>
          </RadioGroup>
        ) : null}

        <RadioGroup
          className="choice-group"
          aria-labelledby={answerId}
          value={answer}
          onChange={(value) => form.chooseAnswer(value as WalkthroughAnswerValue)}
        >
          <p id={answerId} className="wt-question">
            {stepQuestion(t, step, i18n.language)}
          </p>
          <div className="choice-group__options wt-options wt-options--answers">
            {WALKTHROUGH_ANSWERS.map((option) => (
              <Radio key={option} value={option} className="choice" aria-label={t(`walkthrough.answers.${option}`)}>
                <span className="choice__indicator" aria-hidden="true" />
                <span className="choice__text">
                  <span className="choice__label">{t(`walkthrough.answers.${option}`)}</span>
                  <span className="choice__hint">{t(`walkthrough.answers.${option}Hint`)}</span>
                </span>
              </Radio>
            ))}
          </div>
        </RadioGroup>

        <TextInputField
          label={t('walkthrough.note')}
          labelNote={t('walkthrough.noteNote')}
          description={t('walkthrough.noteHint')}
          value={note}
          onChange={form.setNote}
          maxLength={1000}
        />

        {problem ? (
          <p role="alert" className="wt-problem">
            <Icon name="alert" />
            <span>{problem}</span>
          </p>
        ) : null}
        {failure ? <ErrorBanner error={failure} /> : null}

        <div className="split-row wt-actions">
          <Button className="button button--secondary" isDisabled={index === 0 || pending} onPress={onBack}>
            {t('walkthrough.actions.back')}
          </Button>
          <Button type="submit" className="button button--primary" isPending={pending}>
            {pending ? t('walkthrough.actions.saving') : isLast ? t('walkthrough.actions.saveLast') : t('walkthrough.actions.save')}
            {pending ? null : <Icon name="arrowRight" />}
          </Button>
        </div>
      </Form>
    </article>
  );
}
