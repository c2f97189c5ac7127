import {
  DEFAULT_POLICY,
  PracticeInputSchema,
  type Practice,
  type PracticeInput,
  type PolicyId,
  type Profession,
} from '../../../electron/core/model/schemas/practice.ts';

// The practice form, checked field by field with PracticeInputSchema itself (electron/core/model/
// schemas/practice.ts), so the user hears about a mistake at the field, before anything is sent.
// The engine checks again; what it refuses comes back as invalid-input with the fields' paths.

/** What the form holds: text as typed, before trimming. */
export interface PracticeDraft {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  profession: Profession | null;
  finess: string;
  rpps: string;
  siret: string;
  emailDomain: string;
  referentName: string;
  referentEmail: string;
  referentPhone: string;
  policy: PolicyId;
}

export type DraftField = Exclude<keyof PracticeDraft, 'profession' | 'policy'>;

/** The path the engine names a field by, in invalid-input's `details.fields` and in the schema's issues. */
export const FIELD_PATHS: Record<keyof PracticeDraft, string> = {
  name: 'name',
  street: 'address.street',
  postalCode: 'address.postalCode',
  city: 'address.city',
  profession: 'profession',
  finess: 'finess',
  rpps: 'rpps',
  siret: 'siret',
  emailDomain: 'emailDomain',
  referentName: 'referent.name',
  referentEmail: 'referent.email',
  referentPhone: 'referent.phone',
  policy: 'policy',
};

/** What the form says of a refused field: `practice.errors.<code>` (server: the engine refused it). */
export type FieldProblem =
  | { code: 'required' }
  | { code: 'tooLong'; max: number }
  | { code: 'postalCode' }
  | { code: 'finess' }
  | { code: 'rpps' }
  | { code: 'siret' }
  | { code: 'emailDomain' }
  | { code: 'email' }
  | { code: 'server' };

/** Fields with a shape of their own: whatever the schema finds wrong there, the form shows the shape. */
const SHAPE_PROBLEMS: Partial<Record<DraftField, FieldProblem>> = {
  postalCode: { code: 'postalCode' },
  finess: { code: 'finess' },
  rpps: { code: 'rpps' },
  siret: { code: 'siret' },
  emailDomain: { code: 'emailDomain' },
  referentEmail: { code: 'email' },
};

/** null when the value is acceptable: the schema's verdict on this field alone, put in the form's words. */
export function checkField(field: DraftField, raw: string): FieldProblem | null {
  // The other fields left empty: their issues have other paths and are not this field's concern.
  const draft = { ...emptyDraft(DEFAULT_POLICY), [field]: raw };
  const result = PracticeInputSchema.safeParse(inputOf(draft as PracticeDraft & { profession: Profession }));
  const issue = result.error?.issues.find((candidate) => candidate.path.join('.') === FIELD_PATHS[field]);
  if (!issue) return null;
  if (raw.trim() === '') return { code: 'required' };
  const shape = SHAPE_PROBLEMS[field];
  if (shape) return shape;
  return issue.code === 'too_big' ? { code: 'tooLong', max: Number(issue.maximum) } : { code: 'server' };
}

/** A field the schema refuses to leave empty. */
export function isRequiredField(field: DraftField): boolean {
  return checkField(field, '') !== null;
}

export function emptyDraft(defaultPolicy: PolicyId): PracticeDraft {
  return {
    name: '',
    street: '',
    postalCode: '',
    city: '',
    profession: null,
    finess: '',
    rpps: '',
    siret: '',
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
    rpps: practice.rpps ?? '',
    siret: practice.siret ?? '',
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
    rpps: orNull(draft.rpps),
    siret: orNull(draft.siret),
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
