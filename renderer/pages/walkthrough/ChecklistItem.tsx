import { parseDate, today, getLocalTimeZone } from '@internationalized/date';
import { useId } from 'react';
import { Button, DateField, DateInput, DateSegment, Label, Text } from 'react-aria-components';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PlanAccount, PlanStep, WalkthroughAnswerValue, WalkthroughPlan } from '../../../electron/core/model/schemas/walkthrough.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { formatCalendarDate } from '../../components/format.ts';
import { Icon } from '../../components/Icon.tsx';
import { StatusChip, type StatusTone } from '../../components/StatusChip.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { MfaStatusBadge } from '../mfa/MfaStatusBadge.tsx';
import { PasswordChecker } from '../passwords/PasswordChecker.tsx';
import { stepHow, stepQuestion, stepTitle, stepWhy } from './step-texts.ts';
import { useItemAnswer } from './use-item-answer.ts';

const ANSWER_ORDER: readonly WalkthroughAnswerValue[] = ['done', 'not-possible', 'not-applicable', 'later'];

const ANSWER_TONES: Record<WalkthroughAnswerValue | 'open', StatusTone> = {
  done: 'success',
  'not-possible': 'danger',
  'not-applicable': 'neutral',
  later: 'info',
  open: 'neutral',
};

interface ChecklistItemProps {
  plan: WalkthroughPlan;
  step: PlanStep;
  account: PlanAccount | null;
  onSaved(plan: WalkthroughPlan, step: PlanStep): void;
  sittingId: string | null;
  onSittingEnded(): void;
}

/** One item of an account's checklist: its state, its answer buttons, why and how folded. */
export function ChecklistItem({ plan, step, account, onSaved, sittingId, onSittingEnded }: ChecklistItemProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const titleId = useId();
  const form = useItemAnswer(plan, step, onSaved);
  const how = stepHow(step, language);
  const state = step.answer?.answer ?? 'open';
  const isMfa = step.step === 'enable-mfa';
  // The MFA item asks which protection is on first; the other answers come once none is.
  const mfaUnprotected = form.method === 'none' || form.method === 'unknown';
  const answers = isMfa ? ANSWER_ORDER.filter((answer) => answer !== 'done') : ANSWER_ORDER;

  return (
    <li className={`wt-item wt-item--${state}`} aria-labelledby={titleId}>
      <div className="wt-item__head">
        <h3 id={titleId} className="wt-item__title">
          {stepTitle(step, language)}
        </h3>
        <StatusChip tone={ANSWER_TONES[state]} label={stateLabel(t, step, language)} />
      </div>
      {step.answer?.note && state === 'not-possible' ? <p className="wt-item__note">{t('walkthrough.item.why', { note: step.answer.note })}</p> : null}

      <details className="wt-item__details">
        <summary className="wt-item__summary">{t('walkthrough.item.whyHow')}</summary>
        <p className="prose">{stepWhy(t, step)}</p>
        {step.step === 'phishing' ? <p className="wt-rule">{t('walkthrough.steps.phishing.rule')}</p> : null}
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
        ) : null}
        {step.step === 'check-password' && account && sittingId ? (
          <PasswordChecker
            staffId={plan.staffId}
            account={{ accountId: account.accountId, service: account.service, label: account.identifier || t(`staff.services.${account.service}`) }}
            sittingId={sittingId}
            onChecked={(result) => {
              if (result.assessment.verdict === 'pass' && result.pwned.status === 'not-pwned' && result.reusedWith.length === 0) form.choose('done');
            }}
            onSittingEnded={onSittingEnded}
          />
        ) : null}
      </details>

      {isMfa ? (
        <fieldset className="wt-item__methods">
          <legend className="wt-question">{t('walkthrough.method.question')}</legend>
          <div className="wt-item__buttons">
            {step.methods.map((option) => (
              <Button
                key={option.kind}
                className="button button--secondary wt-method"
                aria-pressed={form.method === option.kind || (form.method === null && account?.mfa?.methods[0] === option.kind && state === 'done')}
                isDisabled={form.saving}
                onPress={() => form.chooseMethod(option.kind)}
              >
                <span>{option.label[language]}</span>
                <MfaStatusBadge status={option.strength} />
              </Button>
            ))}
            {(['none', 'unknown'] as const).map((option) => (
              <Button
                key={option}
                className="button button--secondary wt-method"
                aria-pressed={form.method === option}
                isDisabled={form.saving}
                onPress={() => form.chooseMethod(option)}
              >
                {t(`walkthrough.method.${option}`)}
              </Button>
            ))}
          </div>
        </fieldset>
      ) : (
        <p className="wt-question">{stepQuestion(t, step, i18n.language)}</p>
      )}

      {!isMfa || mfaUnprotected ? (
        <div className="wt-item__buttons" role="group" aria-label={t('walkthrough.item.answerFor', { item: stepTitle(step, language) })}>
          {answers.map((answer) => (
            <Button
              key={answer}
              className={`button button--small wt-answer wt-answer--${answer}`}
              aria-pressed={form.pending === answer || (form.pending === null && state === answer)}
              isDisabled={form.saving}
              onPress={() => form.choose(answer)}
            >
              {t(`walkthrough.answers.${answer}`)}
            </Button>
          ))}
        </div>
      ) : null}

      {form.pending === 'not-possible' ? (
        <div className="wt-item__more">
          <TextInputField label={t('walkthrough.item.reason')} description={t('walkthrough.item.reasonHint')} value={form.note} onChange={form.setNote} maxLength={1000} autoFocus />
          <ConfirmRow onConfirm={form.confirm} onCancel={form.cancel} saving={form.saving} />
        </div>
      ) : null}
      {form.pending === 'later' ? (
        <div className="wt-item__more">
          <DateField
            className="form-field"
            value={form.until ? parseDate(form.until) : null}
            onChange={(value) => form.setUntil(value ? value.toString() : null)}
            minValue={today(getLocalTimeZone())}
            granularity="day"
            autoFocus
          >
            <Label className="form-field__label">{t('walkthrough.item.until')}</Label>
            <DateInput className="form-field__input date-input">{(segment) => <DateSegment segment={segment} className="date-input__segment" />}</DateInput>
            <Text slot="description" className="form-field__description">
              {t('walkthrough.item.untilHint')}
            </Text>
          </DateField>
          <ConfirmRow onConfirm={form.confirm} onCancel={form.cancel} saving={form.saving} />
        </div>
      ) : null}
      {form.problem ? (
        <p role="alert" className="wt-problem">
          <Icon name="alert" />
          <span>{form.problem}</span>
        </p>
      ) : null}
      {form.failure ? <ErrorBanner error={form.failure} /> : null}
    </li>
  );
}

function ConfirmRow({ onConfirm, onCancel, saving }: { onConfirm(): void; onCancel(): void; saving: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="inline-row wt-item__confirm">
      <Button className="button button--primary button--small" isPending={saving} onPress={onConfirm}>
        {t('walkthrough.item.confirm')}
      </Button>
      <Button className="button button--secondary button--small" isDisabled={saving} onPress={onCancel}>
        {t('walkthrough.item.cancel')}
      </Button>
    </div>
  );
}

function stateLabel(t: TFunction, step: PlanStep, language: string): string {
  const answer = step.answer;
  if (!answer) return t('walkthrough.stepper.answer.open');
  if (answer.answer === 'later' && answer.until) return t('walkthrough.item.laterUntil', { date: formatCalendarDate(answer.until, language) });
  return t(`walkthrough.stepper.answer.${answer.answer}`);
}
