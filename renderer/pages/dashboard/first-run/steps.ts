import type { FirstRunStatus, FirstRunStepId } from '../../../../electron/core/model/schemas/first-run.ts';

/** Where each step is done: a page of the app, Settings on the IT provider's tab for the key. */
export const STEP_HREF: Record<FirstRunStepId, string> = {
  practice: '/settings?tab=practice',
  staff: '/staff',
  breachSource: '/settings?tab=provider',
  firstCheck: '/breaches',
  walkthrough: '/walkthrough',
  firstReport: '/reports',
};

/** The step to do now: the first one not done and not put off. */
export function currentStep(status: FirstRunStatus): FirstRunStepId | null {
  return status.steps.find((step) => step.state === 'todo')?.id ?? null;
}
