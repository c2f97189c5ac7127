import * as z from 'zod';

// The practice profile (issue "store and roster"): who the report is about and which policy it
// is judged against. Also the source of the context words the password audit will try first.

/** The reference policy: CNIL 2022 by default (the practices are French). */
export const POLICY_IDS = ['cnil-2022', 'anssi-2021', 'nist-800-63b', 'hipaa'] as const;
export const PolicyIdSchema = z.enum(POLICY_IDS);
export type PolicyId = z.infer<typeof PolicyIdSchema>;
export const DEFAULT_POLICY: PolicyId = 'cnil-2022';

export const PROFESSIONS = [
  'general-practice',
  'specialist-practice',
  'pharmacy',
  'nursing',
  'physiotherapy',
  'dental',
  'midwifery',
  'laboratory',
  'health-centre',
  'other',
] as const;
export const ProfessionSchema = z.enum(PROFESSIONS);
export type Profession = z.infer<typeof ProfessionSchema>;

/** A loose but real e-mail shape: one @, a dotted domain, no spaces, at most 254 characters. */
export const EmailSchema = z
  .string()
  .trim()
  .max(254)
  .regex(/^[^\s@<>(),;:"\\[\]]+@[^\s@<>(),;:"\\[\]]+\.[^\s@<>(),;:"\\[\]]{2,}$/u);

/** FINESS: nine characters, the first two a département number (2A/2B in Corsica). */
export const FinessSchema = z
  .string()
  .trim()
  .regex(/^(?:\d{2}|2[AB])\d{7}$/iu)
  .transform((value) => value.toUpperCase());

/** A domain name such as cabinet-dupont.fr (no scheme, no @, no path). */
export const DomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/u);

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((value) => (value ? value : null));

export const PracticeInputSchema = z
  .object({
    name: text(200),
    address: z.object({
      street: text(300),
      postalCode: z.string().trim().regex(/^(?:\d{5}|[A-Z0-9 -]{3,10})$/iu),
      city: text(120),
    }),
    profession: ProfessionSchema,
    finess: FinessSchema.nullable(),
    emailDomain: DomainSchema.nullable(),
    referent: z.object({
      name: text(200),
      email: EmailSchema.nullable(),
      phone: optionalText(40),
    }),
    policy: PolicyIdSchema,
  })
  .strict();
export type PracticeInput = z.input<typeof PracticeInputSchema>;

export const PracticeSchema = PracticeInputSchema.safeExtend({
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Practice = z.infer<typeof PracticeSchema>;
