// The practice's types and what the interface calls the practice by its type, without zod: the
// renderer's place words (renderer/i18n/place-words.ts) run before the first page, and must not
// bring zod and the practice's schemas into the window's first script. schemas/practice.ts builds
// its schema from PROFESSIONS and re-exports the rest.

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
export type Profession = (typeof PROFESSIONS)[number];

/**
 * What the interface calls the practice, by its type: a GP's or a nurse's "cabinet", a
 * "pharmacie", a "laboratoire", a "centre de santé", or a "structure" for the rest.
 */
export const PLACE_KINDS = ['practice', 'pharmacy', 'laboratory', 'centre', 'organisation'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export function placeKindOf(profession: Profession | null): PlaceKind {
  switch (profession) {
    case 'pharmacy':
      return 'pharmacy';
    case 'laboratory':
      return 'laboratory';
    case 'health-centre':
      return 'centre';
    case 'other':
      return 'organisation';
    default:
      return 'practice';
  }
}
