import type { TFunction } from 'i18next';
import type { PlanStep } from '../../../electron/core/model/schemas/walkthrough.ts';
import { walkthroughItemOwnHow, walkthroughItemTitle } from '../../../electron/core/model/walkthrough-item-texts.ts';
import { formatCalendarDate } from '../../components/format.ts';

// The words of each step: its title and "why" (tied to the 2022 amelipro breach or the
// FranceConnect bank-detail fraud), the question it ends on, and the "how" for the steps the
// services catalogue does not describe. Titles and the own "how" are shared with the printed sheet
// (core/model/walkthrough-item-texts.ts); the why and the question are the screen's.

type ServiceWithOwnMfaTitle = 'mailbox' | 'amelipro' | 'pro-sante-connect' | 'franceconnect';

function hasOwnMfaTexts(service: string | null): service is ServiceWithOwnMfaTitle {
  return service === 'mailbox' || service === 'amelipro' || service === 'pro-sante-connect' || service === 'franceconnect';
}

export function stepTitle(step: PlanStep, language: 'fr' | 'en'): string {
  return walkthroughItemTitle(language, step.step, step.service);
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

/** Numbered instructions: the provider's own from the catalogue, else the item's own. */
export function stepHow(step: PlanStep, language: 'fr' | 'en'): readonly string[] {
  if (step.how) return step.how[language];
  return walkthroughItemOwnHow(language, step.step);
}
