import * as z from 'zod';
import { PROFESSIONS } from '../profession.ts';

// The practice profile (issue "store and roster"): who the report is about and which policy it
// is judged against. Also the source of the context words the password audit will try first.

/** The reference policy: CNIL 2022 by default (the practices are French). */
export const POLICY_IDS = ['cnil-2022', 'anssi-2021', 'nist-800-63b', 'hipaa'] as const;
export const PolicyIdSchema = z.enum(POLICY_IDS);
export type PolicyId = z.infer<typeof PolicyIdSchema>;
export const DEFAULT_POLICY: PolicyId = 'cnil-2022';

export { PROFESSIONS } from '../profession.ts';
export const ProfessionSchema = z.enum(PROFESSIONS);
export type Profession = z.infer<typeof ProfessionSchema>;

export { PLACE_KINDS, placeKindOf, type PlaceKind } from '../profession.ts';

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

/** The digits of a number as people type it: spaces, dots and dashes between groups are dropped. */
const digitsOnly = (value: string) => value.replace(/[\s.\-\u00a0\u202f]/gu, '');

/**
 * Luhn's check (the "1-2" key of INSEE's SIREN and SIRET): from the right, every second digit
 * doubled (its digits summed); the total is a multiple of 10.
 */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** La Poste's establishments (SIREN 356 000 000) break Luhn: their 14 digits add up to a multiple of 5. */
const LA_POSTE_SIREN = '356000000';

export function isValidSiret(digits: string): boolean {
  if (!/^\d{14}$/u.test(digits)) return false;
  if (digits.startsWith(LA_POSTE_SIREN) && digits !== '35600000000048') {
    return [...digits].reduce((sum, digit) => sum + Number(digit), 0) % 5 === 0;
  }
  return passesLuhn(digits);
}

/** SIRET: 14 digits (SIREN + NIC), the last a Luhn check digit (INSEE; see docs/references.md). */
export const SiretSchema = z.string().trim().transform(digitsOnly).refine(isValidSiret);

/** RPPS: the health professional's 11-digit number in the Répertoire partagé des professionnels de santé. */
export const RppsSchema = z.string().trim().transform(digitsOnly).refine((value) => /^\d{11}$/u.test(value));

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
    /** Optional, like FINESS: a practice names itself by whichever number it has. */
    rpps: RppsSchema.nullable().default(null),
    siret: SiretSchema.nullable().default(null),
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
