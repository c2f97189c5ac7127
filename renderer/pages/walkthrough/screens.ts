import type { PlanAccount, PlanStep, WalkthroughPlan } from '../../../electron/core/model/schemas/walkthrough.ts';

// The walkthrough's screens: one per account (its items as one checklist), then one for the
// person ("recognise fake messages", asked once). Built from the plan, in its order.

export interface Screen {
  key: string;
  /** null: the screen about the person. */
  account: PlanAccount | null;
  steps: PlanStep[];
  /** Items with a final answer (not "later"). */
  settled: number;
}

export function screensOf(plan: WalkthroughPlan): Screen[] {
  const screens: Screen[] = [];
  for (const step of plan.steps) {
    const key = step.accountId ?? 'person';
    let screen = screens.find((candidate) => candidate.key === key);
    if (!screen) {
      screen = { key, account: plan.accounts.find((account) => account.accountId === step.accountId) ?? null, steps: [], settled: 0 };
      screens.push(screen);
    }
    screen.steps.push(step);
    if (step.answer && step.answer.answer !== 'later') screen.settled += 1;
  }
  return screens;
}

/** The first screen with an item not answered yet (0 when every one has an answer). */
export function resumeScreen(screens: readonly Screen[]): number {
  const index = screens.findIndex((screen) => screen.steps.some((step) => step.answer === null));
  return index === -1 ? 0 : index;
}
