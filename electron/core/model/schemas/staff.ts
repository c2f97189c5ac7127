import * as z from 'zod';
import { EmailSchema } from './practice.ts';

// A member of staff and the services they use. Each (person × service) is an account the
// later checks (breach, MFA, password) attach their results to.

export const STAFF_ROLES = [
  'physician',
  'pharmacist',
  'nurse',
  'secretary',
  'pharmacy-technician',
  'physiotherapist',
  'dentist',
  'midwife',
  'medical-assistant',
  'locum',
  'intern',
  'manager',
  'it-provider',
  'other',
] as const;
export const StaffRoleSchema = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof StaffRoleSchema>;

/**
 * The services a French practice's accounts live on; the mailbox comes with each e-mail. Listed
 * hardest hit first: this is also the risk order (model/service-risk-order.ts).
 */
export const SERVICE_IDS = [
  'mailbox',
  'amelipro',
  'pro-sante-connect',
  'franceconnect',
  'mssante',
  'ameli',
  'impots',
  'mon-espace-sante',
  'appointment-software',
  'bank',
] as const;
export const ServiceIdSchema = z.enum(SERVICE_IDS);
export type ServiceId = z.infer<typeof ServiceIdSchema>;

export const MAX_EMAILS_PER_PERSON = 10;

export const StaffInputSchema = z
  .object({
    firstName: z.string().trim().max(120),
    lastName: z.string().trim().min(1).max(120),
    role: StaffRoleSchema,
    /** The role as the practice wrote it ("IDE", "Assistante"), kept when it maps to 'other'. */
    roleLabel: z
      .string()
      .trim()
      .max(120)
      .nullable()
      .transform((value) => (value ? value : null)),
    emails: z.array(EmailSchema).min(1).max(MAX_EMAILS_PER_PERSON),
    services: z.array(ServiceIdSchema).max(SERVICE_IDS.length),
  })
  .strict();
export type StaffInput = z.input<typeof StaffInputSchema>;

export const StaffMemberSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  role: StaffRoleSchema,
  roleLabel: z.string().nullable(),
  emails: z.array(z.string()),
  services: z.array(ServiceIdSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StaffMember = z.infer<typeof StaffMemberSchema>;

export const StaffIdSchema = z.object({ id: z.string().min(1).max(64) }).strict();
export const StaffUpdateSchema = z.object({ id: z.string().min(1).max(64), person: StaffInputSchema }).strict();
