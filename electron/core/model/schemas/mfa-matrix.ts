import * as z from 'zod';
import { MfaEvidenceSchema, MfaStatusSchema } from './mfa.ts';
import { ServiceIdSchema, StaffRoleSchema } from './staff.ts';

// The MFA & accounts page: every person × account with its latest MFA status, how it is known
// and when, and coverage per service. A cell nobody has recorded is 'unknown', never protected.

/** One recorded MFA status (a check_result row of kind 'mfa'). */
export const MfaRecordSchema = z.object({
  accountId: z.string(),
  status: MfaStatusSchema,
  evidence: MfaEvidenceSchema,
  checkedAt: z.string(),
  /** Who entered or imported it ("app:jdupont", "import:microsoft-graph"). */
  recordedBy: z.string(),
  /** The catalogue entry of the provider, when known (mailboxes: "gmail", "microsoft-365"). */
  provider: z.string().nullable(),
  methods: z.array(z.string()),
  note: z.string().nullable(),
});
export type MfaRecord = z.infer<typeof MfaRecordSchema>;

export const MfaCellSchema = z.object({
  accountId: z.string(),
  service: ServiceIdSchema,
  /** Mailboxes: the address as written on the roster; other services: ''. */
  identifier: z.string(),
  status: MfaStatusSchema,
  /** null when nothing was ever recorded (status 'unknown'). */
  record: MfaRecordSchema.nullable(),
});
export type MfaCell = z.infer<typeof MfaCellSchema>;

export const MfaMatrixRowSchema = z.object({
  staffId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  role: StaffRoleSchema,
  roleLabel: z.string().nullable(),
  cells: z.array(MfaCellSchema),
  /** A mailbox or amelipro account with no MFA or an unknown status: the amelipro chain is open. */
  criticalGap: z.boolean(),
  /** Accounts whose status is none or unknown. */
  gaps: z.number().int().nonnegative(),
});
export type MfaMatrixRow = z.infer<typeof MfaMatrixRowSchema>;

export const MfaCoverageSchema = z.object({
  service: ServiceIdSchema,
  accounts: z.number().int().nonnegative(),
  /** Accounts with any MFA on (phishing-resistant, app, SMS, e-mail code). */
  protected: z.number().int().nonnegative(),
  phishingResistant: z.number().int().nonnegative(),
  none: z.number().int().nonnegative(),
  unknown: z.number().int().nonnegative(),
});
export type MfaCoverage = z.infer<typeof MfaCoverageSchema>;

export const MfaMatrixSchema = z.object({
  /** Gaps first: people with none/unknown on a mailbox or amelipro, then by number of gaps, then by name. */
  rows: z.array(MfaMatrixRowSchema),
  /** Services in risk order (mailbox, amelipro, Pro Santé Connect, FranceConnect, …), only those someone uses. */
  coverage: z.array(MfaCoverageSchema),
});
export type MfaMatrix = z.infer<typeof MfaMatrixSchema>;

export const MfaDeclareInputSchema = z
  .object({
    accountId: z.string().min(1).max(64),
    status: MfaStatusSchema,
    note: z.string().trim().max(500).optional(),
  })
  .strict();
