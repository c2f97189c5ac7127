import * as z from 'zod';

// The first-run path (issue 16, item 1): what a practice does in its first days with Hygie, in
// order. Each step is judged from what Hygie can see in its data — never ticked by hand — except
// the choice of how breaches will be checked when there is nothing to see yet ("local lists
// only", or "later"), which the practice records.

export const FIRST_RUN_STEPS = ['practice', 'staff', 'breachSource', 'firstCheck', 'walkthrough', 'firstReport'] as const;
export type FirstRunStepId = (typeof FIRST_RUN_STEPS)[number];

/** done: Hygie sees it done; todo: not yet; postponed: the practice said "later" (breachSource only). */
export const FIRST_RUN_STATES = ['done', 'todo', 'postponed'] as const;
export const FirstRunStateSchema = z.enum(FIRST_RUN_STATES);
export type FirstRunState = z.infer<typeof FirstRunStateSchema>;

/** What the practice said about breach checks before a key or a list is there. */
export const BREACH_SOURCE_CHOICES = ['local-only', 'later'] as const;
export const BreachSourceChoiceSchema = z.enum(BREACH_SOURCE_CHOICES);
export type BreachSourceChoice = z.infer<typeof BreachSourceChoiceSchema>;

export const FirstRunStepSchema = z.object({
  id: z.enum(FIRST_RUN_STEPS),
  state: FirstRunStateSchema,
  /** For a step over many items (the walkthrough: people who finished it, of everyone). */
  progress: z.object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }).nullable(),
});
export type FirstRunStep = z.infer<typeof FirstRunStepSchema>;

export const FirstRunStatusSchema = z.object({
  steps: z.array(FirstRunStepSchema),
  /** Every step done: the checklist leaves the dashboard. */
  complete: z.boolean(),
  breachSource: z.object({
    hibpKey: z.boolean(),
    localLists: z.number().int().nonnegative(),
    choice: BreachSourceChoiceSchema.nullable(),
    choiceAt: z.string().nullable(),
  }),
});
export type FirstRunStatus = z.infer<typeof FirstRunStatusSchema>;

/** null: forget the choice (the practice changed its mind). */
export const BreachSourceChoiceInputSchema = z.object({ choice: BreachSourceChoiceSchema.nullable() }).strict();
export type BreachSourceChoiceInput = z.infer<typeof BreachSourceChoiceInputSchema>;
