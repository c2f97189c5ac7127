import type { TFunction } from 'i18next';
import type { PlanStep, WalkthroughStepId } from '../../../electron/core/model/schemas/walkthrough.ts';
import { formatCalendarDate } from '../../components/format.ts';

// The words of each step: its title and "why" (tied to the 2022 amelipro breach or the
// FranceConnect bank-detail fraud), the question it ends on, and the "how" for the steps the
// services catalogue does not describe.

type ServiceWithOwnMfaTitle = 'mailbox' | 'amelipro' | 'pro-sante-connect' | 'franceconnect';

function hasOwnMfaTexts(service: string | null): service is ServiceWithOwnMfaTitle {
  return service === 'mailbox' || service === 'amelipro' || service === 'pro-sante-connect' || service === 'franceconnect';
}

export function stepTitle(t: TFunction, step: PlanStep): string {
  if (step.step === 'enable-mfa' && hasOwnMfaTexts(step.service)) return t(`walkthrough.steps.enable-mfa.titleBy.${step.service}`);
  return t(`walkthrough.steps.${step.step}.title`);
}

export function stepWhy(t: TFunction, step: PlanStep): string {
  if (step.step === 'enable-mfa' && hasOwnMfaTexts(step.service)) return t(`walkthrough.steps.enable-mfa.whyBy.${step.service}`);
  return t(`walkthrough.steps.${step.step}.why`);
}

export function stepQuestion(t: TFunction, step: PlanStep, language: string): string {
  if (step.step === 'password-changed-since-breach') {
    return step.breachDate
      ? t('walkthrough.steps.password-changed-since-breach.question', { date: formatCalendarDate(step.breachDate, language) })
      : t('walkthrough.steps.password-changed-since-breach.questionNoDate');
  }
  return t(`walkthrough.steps.${step.step}.question`);
}

/** Steps whose "how" lives in the interface's texts rather than in the services catalogue. */
const OWN_HOW = {
  'password-changed-since-breach': true,
  'check-password': true,
  'dedicated-mailbox': true,
  'login-notices': true,
  'device-lock': true,
  'bank-details-alerts': true,
  'amelipro-delegation': true,
  'no-shared-credentials': true,
  phishing: true,
} as const satisfies Partial<Record<WalkthroughStepId, true>>;

type OwnHowStep = keyof typeof OWN_HOW;

function hasOwnHow(step: WalkthroughStepId): step is OwnHowStep {
  return Object.hasOwn(OWN_HOW, step);
}

/** Numbered instructions: the provider's own from the catalogue, else the interface's. */
export function stepHow(t: TFunction, step: PlanStep, language: 'fr' | 'en'): string[] {
  if (step.how) return step.how[language];
  if (hasOwnHow(step.step)) return t(`walkthrough.steps.${step.step}.how`, { returnObjects: true }) as string[];
  return [];
}
