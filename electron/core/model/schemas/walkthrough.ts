import * as z from 'zod';
import { LocalisedSchema } from './localised.ts';
import { MfaStatusSchema } from './mfa.ts';
import { MfaRecordSchema } from './mfa-matrix.ts';
import { ServiceIdSchema, StaffRoleSchema } from './staff.ts';

// The guided walkthrough: for one person at the front desk, their accounts in risk order
// (mailbox first) and, per account, the steps that close the amelipro chain. Each step is
// answered done / not possible (with why) / not applicable / later (with a day: pending, not a
// failure), with a note; answers are saved one by one, in any order.

/**
 * Every step the walkthrough can ask, by id. Which ones a person gets depends on their
 * accounts (see hardening/walkthrough-steps.ts). Checking a password belongs to the password
 * audit and is not a step here.
 */
export const WALKTHROUGH_STEPS = [
  'password-changed-since-breach', // mailbox found in a breach: changed since the breach date?
  'check-password', // mailbox and amelipro: the password audit's checker (strength, policy, pwned, reuse)
  'enable-mfa', // turn on the strongest MFA the provider offers (amelipro: CPS card or e-CPS)
  'recovery', // recovery e-mail and phone still the person's own
  'forwarding', // no unknown forwarding rule or delegation (mailboxes)
  'sessions', // other sessions signed out
  'dedicated-mailbox', // amelipro: a mailbox kept for the account
  'login-notices', // amelipro: the e-mail sent at each login is read
  'device-lock', // Pro Santé Connect: the phone holding e-CPS is locked
  'bank-details-alerts', // FranceConnect: bank-detail (RIB) changes are noticed
  'amelipro-delegation', // amelipro, for staff without a CPS (secretary): delegated access with her own CPE card
  'no-shared-credentials', // amelipro, for staff without a CPS: never a doctor's login, card or code
  'phishing', // the person: Assurance Maladie never asks for a password or a code
] as const;
export const WalkthroughStepIdSchema = z.enum(WALKTHROUGH_STEPS);
export type WalkthroughStepId = z.infer<typeof WalkthroughStepIdSchema>;

export const WALKTHROUGH_ANSWERS = ['done', 'not-possible', 'not-applicable', 'later'] as const;
export const WalkthroughAnswerValueSchema = z.enum(WALKTHROUGH_ANSWERS);
export type WalkthroughAnswerValue = z.infer<typeof WalkthroughAnswerValueSchema>;

const LocalizedStepsSchema = z.object({ fr: z.array(z.string()), en: z.array(z.string()) });

export const SavedAnswerSchema = z.object({
  answer: WalkthroughAnswerValueSchema,
  note: z.string().nullable(),
  /** 'later': the day it is planned for (YYYY-MM-DD); null otherwise. */
  until: z.string().nullable(),
  answeredAt: z.string(),
  recordedBy: z.string(),
});
export type SavedAnswer = z.infer<typeof SavedAnswerSchema>;

export const PlanMethodSchema = z.object({
  kind: z.string(),
  strength: MfaStatusSchema,
  label: LocalisedSchema,
  /** 'depends': on the plan, the administrator, the bank or the vendor. */
  availability: z.enum(['documented', 'depends']),
});
export type PlanMethod = z.infer<typeof PlanMethodSchema>;

export const PlanHelpLinkSchema = z.object({
  label: LocalisedSchema,
  url: z.object({ fr: z.string(), en: z.string() }),
});

export const PlanProviderSchema = z.object({
  /** The services catalogue's entry id. */
  id: z.string(),
  name: LocalisedSchema,
  generic: z.boolean(),
  /** 'detected' from the MX records, 'chosen' by the person, 'default' when neither (generic instructions). */
  source: z.enum(['detected', 'chosen', 'default']),
});

export const PlanAccountSchema = z.object({
  accountId: z.string(),
  service: ServiceIdSchema,
  /** Mailboxes: the address as written on the roster; other services: ''. */
  identifier: z.string(),
  provider: PlanProviderSchema,
  /** The providers the person may pick from (several only for services with many providers). */
  providerChoices: z.array(z.object({ id: z.string(), name: LocalisedSchema, generic: z.boolean() })),
  /** The latest MFA status recorded for the account; null: unknown. */
  mfa: MfaRecordSchema.nullable(),
  /** The most recent breach the address was found in, when a breach check said so. */
  breach: z.object({ date: z.string().nullable(), titles: z.array(z.string()) }).nullable(),
  notes: LocalizedStepsSchema.nullable(),
  /** A shared mailbox or account this person answers for (its owner), with who else uses it. */
  shared: z.object({ name: z.string(), users: z.array(z.object({ id: z.string(), name: z.string() })) }).nullable(),
});
export type PlanAccount = z.infer<typeof PlanAccountSchema>;

export const PlanStepSchema = z.object({
  /** Unique in the plan: "<accountId>:<step>", or "person:<step>" for a step about the person. */
  key: z.string(),
  step: WalkthroughStepIdSchema,
  /** null for a step about the person rather than one account. */
  accountId: z.string().nullable(),
  service: ServiceIdSchema.nullable(),
  /** The provider's own numbered instructions, when the catalogue has them for this step. */
  how: LocalizedStepsSchema.nullable(),
  links: z.array(PlanHelpLinkSchema),
  /** enable-mfa: the methods the provider offers, strongest first. */
  methods: z.array(PlanMethodSchema),
  /** password-changed-since-breach: the breach date asked about (YYYY-MM-DD, or null if unknown). */
  breachDate: z.string().nullable(),
  answer: SavedAnswerSchema.nullable(),
  /** About how long the item takes at the desk, in minutes (the time-left estimate). */
  minutes: z.number().int().positive(),
});
export type PlanStep = z.infer<typeof PlanStepSchema>;

export const WalkthroughPlanSchema = z.object({
  staffId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  role: StaffRoleSchema,
  accounts: z.array(PlanAccountSchema),
  steps: z.array(PlanStepSchema),
  answered: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  complete: z.boolean(),
  /** Items answered "later" (pending, not a failure). */
  later: z.number().int().nonnegative(),
  /** About how many minutes the items still open take (not answered, or "later"). */
  minutesLeft: z.number().int().nonnegative(),
  /** Where to resume: the first step not answered yet (0 when complete, to review from the start). */
  resumeIndex: z.number().int().nonnegative(),
});
export type WalkthroughPlan = z.infer<typeof WalkthroughPlanSchema>;

export const PersonProgressSchema = z.object({
  staffId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  answered: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  complete: z.boolean(),
  later: z.number().int().nonnegative(),
  minutesLeft: z.number().int().nonnegative(),
  lastAnsweredAt: z.string().nullable(),
});
export type PersonProgress = z.infer<typeof PersonProgressSchema>;

export const WalkthroughProgressSchema = z.object({
  people: z.array(PersonProgressSchema),
  practice: z.object({
    people: z.number().int().nonnegative(),
    complete: z.number().int().nonnegative(),
    started: z.number().int().nonnegative(),
    answered: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
  }),
});
export type WalkthroughProgress = z.infer<typeof WalkthroughProgressSchema>;

const Id = z.string().min(1).max(64);

export const WalkthroughPlanInputSchema = z.object({ staffId: Id }).strict();

export const WalkthroughAnswerInputSchema = z
  .object({
    staffId: Id,
    /** null for a step about the person (phishing). */
    accountId: Id.nullable(),
    step: WalkthroughStepIdSchema,
    answer: WalkthroughAnswerValueSchema,
    /** 'not-possible': why (required); otherwise an optional note. */
    note: z.string().trim().max(1000).optional(),
    /** 'later' only, and required there: the day it is planned for (YYYY-MM-DD). */
    until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    /** enable-mfa only: the protection now on the account, as the person declares it. */
    mfaStatus: MfaStatusSchema.optional(),
    /** enable-mfa only: the catalogue method kind chosen (e.g. "totp"), when the person named one. */
    mfaMethod: z.string().max(64).optional(),
  })
  .strict();
export type WalkthroughAnswerInput = z.infer<typeof WalkthroughAnswerInputSchema>;

export const WalkthroughProviderInputSchema = z
  .object({ staffId: Id, accountId: Id, provider: z.string().min(1).max(64) })
  .strict();

export const WalkthroughSheetInputSchema = z.object({ staffId: Id, language: z.enum(['fr', 'en']) }).strict();

/** Where the sheet went comes from the system's save dialog; only the file's name comes back, for the message. */
export const WalkthroughSheetSavedSchema = z.discriminatedUnion('saved', [
  /** The user closed the save dialog: nothing was written. */
  z.object({ saved: z.literal(false) }),
  z.object({ saved: z.literal(true), fileName: z.string() }),
]);
export type WalkthroughSheetSaved = z.infer<typeof WalkthroughSheetSavedSchema>;
