import type { PolicyId, Profession } from '../../../electron/core/model/schemas/practice.ts';

// The choices of the practice form. The renderer may not import the contract's values, only its
// types: `satisfies Record<…, true>` makes the compiler refuse a list that misses or invents one.

const PROFESSION_SET = {
  'general-practice': true,
  'specialist-practice': true,
  pharmacy: true,
  nursing: true,
  physiotherapy: true,
  dental: true,
  midwifery: true,
  laboratory: true,
  'health-centre': true,
  other: true,
} as const satisfies Record<Profession, true>;

/** In the order the list shows them; labels are `practice.professions.<id>`. */
export const PROFESSIONS = Object.keys(PROFESSION_SET) as Profession[];

const POLICY_SET = {
  'cnil-2022': true,
  'anssi-2021': true,
  'nist-800-63b': true,
  hipaa: true,
} as const satisfies Record<PolicyId, true>;

/** CNIL first: the practices are French. Texts are `policy.options.<id>.*`. */
export const POLICIES = Object.keys(POLICY_SET) as PolicyId[];

/** The contract's DEFAULT_POLICY. */
export const DEFAULT_POLICY: PolicyId = 'cnil-2022';

export function isPolicy(value: unknown): value is PolicyId {
  return typeof value === 'string' && Object.hasOwn(POLICY_SET, value);
}
