import type { Practice, PracticeInput, PolicyId, Profession } from '../../../electron/core/model/schemas/practice.ts';

// The practice form's checks, the same as PracticeInputSchema's (electron/core/model/schemas/
// practice.ts), so the user hears about a mistake at the field, before anything is sent. The
// engine checks again; what it refuses comes back as invalid-input with the fields' paths.

/** What the form holds: text as typed, before trimming. */
export interface PracticeDraft {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  profession: Profession | null;
  finess: string;
  emailDomain: string;
  referentName: string;
  referentEmail: string;
  referentPhone: string;
  policy: PolicyId;
}

export type DraftField = Exclude<keyof PracticeDraft, 'profession' | 'policy'>;

/** The path the engine names a field by, in invalid-input's `details.fields`. */
export const FIELD_PATHS: Record<keyof PracticeDraft, string> = {
  name: 'name',
  street: 'address.street',
  postalCode: 'address.postalCode',
  city: 'address.city',
  profession: 'profession',
  finess: 'finess',
  emailDomain: 'emailDomain',
  referentName: 'referent.name',
  referentEmail: 'referent.email',
  referentPhone: 'referent.phone',
  policy: 'policy',
};

export type FieldProblem =
  | { code: 'required' }
  | { code: 'tooLong'; max: number }
  | { code: 'postalCode' }
  | { code: 'finess' }
  | { code: 'emailDomain' }
  | { code: 'email' };

const POSTAL_CODE = /^(?:\d{5}|[A-Z0-9 -]{3,10})$/iu;
const FINESS = /^(?:\d{2}|2[AB])\d{7}$/iu;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/u;
const EMAIL = /^[^\s@<>(),;:"\\[\]]+@[^\s@<>(),;:"\\[\]]+\.[^\s@<>(),;:"\\[\]]{2,}$/u;

const MAX: Record<DraftField, number> = {
  name: 200,
  street: 300,
  postalCode: 10,
  city: 120,
  finess: 9,
  emailDomain: 253,
  referentName: 200,
  referentEmail: 254,
  referentPhone: 40,
};

const REQUIRED = new Set<DraftField>(['name', 'street', 'postalCode', 'city', 'referentName']);

export function isRequiredField(field: DraftField): boolean {
  return REQUIRED.has(field);
}

/** null when the value is acceptable. */
export function checkField(field: DraftField, raw: string): FieldProblem | null {
  const value = field === 'emailDomain' ? raw.trim().toLowerCase() : raw.trim();
  if (value === '') return REQUIRED.has(field) ? { code: 'required' } : null;
  switch (field) {
    case 'postalCode':
      return POSTAL_CODE.test(value) ? null : { code: 'postalCode' };
    case 'finess':
      return FINESS.test(value) ? null : { code: 'finess' };
    case 'emailDomain':
      return DOMAIN.test(value) ? null : { code: 'emailDomain' };
    case 'referentEmail':
      return value.length <= MAX.referentEmail && EMAIL.test(value) ? null : { code: 'email' };
    default:
      return value.length > MAX[field] ? { code: 'tooLong', max: MAX[field] } : null;
  }
}

export function emptyDraft(defaultPolicy: PolicyId): PracticeDraft {
  return {
    name: '',
    street: '',
    postalCode: '',
    city: '',
    profession: null,
    finess: '',
    emailDomain: '',
    referentName: '',
    referentEmail: '',
    referentPhone: '',
    policy: defaultPolicy,
  };
}

export function draftOf(practice: Practice): PracticeDraft {
  return {
    name: practice.name,
    street: practice.address.street,
    postalCode: practice.address.postalCode,
    city: practice.address.city,
    profession: practice.profession,
    finess: practice.finess ?? '',
    emailDomain: practice.emailDomain ?? '',
    referentName: practice.referent.name,
    referentEmail: practice.referent.email ?? '',
    referentPhone: practice.referent.phone ?? '',
    policy: practice.policy,
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The call's input. `profession` must have been chosen (the form checks it first). */
export function inputOf(draft: PracticeDraft & { profession: Profession }): PracticeInput {
  return {
    name: draft.name.trim(),
    address: { street: draft.street.trim(), postalCode: draft.postalCode.trim(), city: draft.city.trim() },
    profession: draft.profession,
    finess: orNull(draft.finess),
    emailDomain: orNull(draft.emailDomain.toLowerCase()),
    referent: {
      name: draft.referentName.trim(),
      email: orNull(draft.referentEmail),
      phone: orNull(draft.referentPhone),
    },
    policy: draft.policy,
  };
}

/** invalid-input's `details.fields` ("address.postalCode, referent.email") as a list of paths. */
export function fieldsOfInvalidInput(details: Record<string, unknown> | undefined): string[] {
  const fields = details?.fields;
  return typeof fields === 'string' ? fields.split(',').map((field) => field.trim()).filter(Boolean) : [];
}
