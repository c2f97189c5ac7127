import * as z from 'zod';
import {
  FINDING_STATUSES,
  FindingKindSchema,
  FindingStatusSchema,
  ReportLanguageSchema,
  SeveritySchema,
  type FindingStatus,
} from './report.ts';
import { ServiceIdSchema } from './staff.ts';
import { ACTION_AREAS } from '../finding-areas.ts';

// The Actions page: every finding of the report (the same ones, built the same way), each with
// what to do, who, by when, the points it adds to the score and the status the practice gave it;
// and what is not checked yet, as things to check. Statuses are set with actions.setStatus.

/** YYYY-MM-DD. */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);

export { ACTION_AREAS, CHECK_AREAS, FINDING_AREAS } from '../finding-areas.ts';
export const ActionAreaSchema = z.enum(ACTION_AREAS);
export type ActionArea = z.infer<typeof ActionAreaSchema>;

/**
 * Whether a finding still asks for something on `today` (YYYY-MM-DD): to do; later, once its day
 * has come; done, when a check since still found the problem. Done and accepted ones do not.
 */
export function isOpenStatus(status: FindingStatus, today: string): boolean {
  switch (status.value) {
    case 'todo':
      return true;
    case 'later':
      return status.until === null || status.until <= today;
    case 'done':
      return status.stillFoundAt !== null;
    case 'accepted':
      return false;
  }
}

/** A person as the page names them: the store's id (for the filter) and their name. */
export const ActionPersonSchema = z.object({ id: z.string(), name: z.string() });
export type ActionPerson = z.infer<typeof ActionPersonSchema>;

/** The account a finding or a check is about: its service, and the address for a mailbox ('' otherwise). */
export const ActionAccountSchema = z.object({ service: ServiceIdSchema, identifier: z.string() });

export const ActionItemSchema = z.object({
  /** The finding's stable id (the report's `findings[].id`): what actions.setStatus names. */
  id: z.string(),
  /** The report's number for it today ("F003"). */
  ref: z.string(),
  area: ActionAreaSchema,
  kind: FindingKindSchema,
  severity: SeveritySchema,
  /** Null for the practice's domain. */
  person: ActionPersonSchema.nullable(),
  account: ActionAccountSchema.nullable(),
  /** What is wrong, in the asked language. */
  title: z.string(),
  /** What to do, concretely. */
  action: z.string(),
  /** The steps in order, for the findings that need more than one sentence (stealer-log). */
  playbook: z.array(z.string()).optional(),
  /** Who does it. */
  owner: z.string(),
  detectedAt: z.string().nullable(),
  dueDate: Day,
  overdue: z.boolean(),
  /** The points the score would gain were it fixed: a whole number (docs/score.md). */
  points: z.number().int().nonnegative(),
  status: FindingStatusSchema,
  /** isOpenStatus on the list's day. */
  open: z.boolean(),
});
export type ActionItem = z.infer<typeof ActionItemSchema>;

/** Something not checked yet: one per account and check (or the practice's domain), with every reason given. */
export const ActionToCheckSchema = z.object({
  /** "<check>:<account ref | person ref | practice>", stable within one list. */
  id: z.string(),
  area: ActionAreaSchema,
  check: z.enum(['breach', 'mfa', 'password', 'walkthrough', 'domain', 'stealer-logs']),
  person: ActionPersonSchema.nullable(),
  account: ActionAccountSchema.nullable(),
  reasons: z.array(
    z.object({
      /** The report's notChecked reason code (docs/report-format.md, "Not checked"). */
      code: z.string(),
      /** What happened and what to do, in the asked language. */
      explanation: z.string(),
      attemptedAt: z.string().nullable(),
    }),
  ),
});
export type ActionToCheck = z.infer<typeof ActionToCheckSchema>;

export const ActionListSchema = z.object({
  /** The day the list was worked out (YYYY-MM-DD, the computer's own calendar). */
  today: Day,
  /** Everyone on the staff list, in its order: the person filter's choices. */
  people: z.array(ActionPersonSchema),
  /** Every finding, most serious first (the report's order). */
  actions: z.array(ActionItemSchema),
  /** What is not checked yet. */
  toCheck: z.array(ActionToCheckSchema),
});
export type ActionList = z.infer<typeof ActionListSchema>;

export const ActionsListInputSchema = z.object({ language: ReportLanguageSchema }).strict();

/** A reason is a sentence or two: it goes into the audit log and the report. */
export const ACCEPTED_REASON_MAX = 500;

export const ActionSetStatusInputSchema = z
  .object({
    id: z.string().min(1).max(300),
    status: z.enum(FINDING_STATUSES),
    /** later: the day it is planned for. */
    until: Day.optional(),
    /** accepted: why the practice accepts the risk. */
    reason: z.string().max(ACCEPTED_REASON_MAX).optional(),
  })
  .strict()
  .superRefine((input, context) => {
    if (input.status === 'later' && input.until === undefined) context.addIssue({ code: 'custom', path: ['until'], message: 'later needs a day' });
    if (input.status === 'accepted' && (input.reason ?? '').trim() === '') context.addIssue({ code: 'custom', path: ['reason'], message: 'accepted needs a reason' });
    if (input.status !== 'later' && input.until !== undefined) context.addIssue({ code: 'custom', path: ['until'], message: 'only later takes a day' });
    if (input.status !== 'accepted' && input.reason !== undefined) context.addIssue({ code: 'custom', path: ['reason'], message: 'only accepted takes a reason' });
  });
export type ActionSetStatusInput = z.infer<typeof ActionSetStatusInputSchema>;

export const ActionSetStatusResultSchema = z.object({ id: z.string(), status: FindingStatusSchema, open: z.boolean() });
export type ActionSetStatusResult = z.infer<typeof ActionSetStatusResultSchema>;
