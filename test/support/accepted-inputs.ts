import type { z } from 'zod';

// Small, systematic inputs that a zod schema accepts, for checking that the layer behind the
// contract accepts them too (issue 13 F6: `settings.set { language: undefined }` passed the
// contract and crashed behind it). Not random: for every field, the values where contracts and
// handlers usually disagree — an optional key left out and present as `undefined`, `null` for a
// nullable, every enum member and union branch, empty and single-item arrays, strings and numbers
// at their bounds — each tried on its own against a base input that holds the first accepted
// value of every required field. Strings and numbers come from a pool of typical values (names,
// addresses, loopback URLs, absolute paths, ids, dates) filtered through the schema itself, so a
// regex or a refinement picks what it accepts.

/** Values a string field is tried with, when the schema accepts them. URLs and paths lead nowhere real. */
const STRING_POOL = [
  'x',
  'Dupont',
  'jeanne.dupont@cabinet-dupont.fr',
  'cabinet-dupont.fr',
  'http://127.0.0.1:9',
  '/nonexistent/hygie-accepted-inputs',
  '00000000-0000-4000-8000-000000000000',
  '0123456789abcdef0123456789abcdef',
  '2025-01-01',
  '2025-01-01T00:00:00.000Z',
  '69003',
  '690012345',
  'QUJD',
];
/** Where strings usually break: empty, blank. Tried on every string field that accepts them. */
const STRING_EDGES = ['', ' '];

const NUMBER_POOL = [0, 1, 2, -1, 0.5, 10, 60, 1000];

/** Longest string boundary tried (a 28 MB base64 field is tried at its pool values only). */
const MAX_BOUNDARY_LENGTH = 2000;
/** Pool values tried per string field (edges and bounds come on top), to keep the product small. */
const STRINGS_PER_FIELD = 3;
/** Alternatives tried per field of an object beyond its base value. */
const PER_FIELD = 6;

export interface AcceptedInputsOptions {
  /** Tried first on every string field: ids that exist in the store under test, say. */
  strings?: readonly string[];
}

/** The part of zod's internals the walk reads (zod 4: every schema has `_zod.def` with a `type`). */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function isOptionalKey(schema: z.ZodType): boolean {
  return (schema as unknown as { _zod: { optin?: string } })._zod.optin === 'optional';
}

/** JSON that tells a key present as undefined from a key left out. */
function identity(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => (inner === undefined ? '\u0000undefined' : inner)) ?? 'undefined';
}

function unique(values: unknown[]): unknown[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = identity(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function accepted(schema: z.ZodType, candidates: unknown[]): unknown[] {
  return unique(candidates).filter((value) => schema.safeParse(value).success);
}

function stringValues(schema: z.ZodType, options: AcceptedInputsOptions): unknown[] {
  const { minLength, maxLength } = schema as unknown as { minLength: number | null; maxLength: number | null };
  const bounds: string[] = [...STRING_EDGES];
  if (minLength !== null && minLength > 0 && minLength <= MAX_BOUNDARY_LENGTH) bounds.push('a'.repeat(minLength));
  if (maxLength !== null && maxLength <= MAX_BOUNDARY_LENGTH) bounds.push('a'.repeat(maxLength));
  const typical = accepted(schema, [...(options.strings ?? []), ...STRING_POOL]).slice(0, STRINGS_PER_FIELD);
  return unique([...typical, ...accepted(schema, bounds)]);
}

function numberValues(schema: z.ZodType): unknown[] {
  const { minValue, maxValue } = schema as unknown as { minValue: number | null; maxValue: number | null };
  const bounds = [minValue, maxValue].filter((value): value is number => value !== null && Number.isFinite(value));
  return accepted(schema, [...NUMBER_POOL, ...bounds]);
}

function objectValues(schema: z.ZodType, def: Def, options: AcceptedInputsOptions): unknown[] {
  const shape = def.shape ?? {};
  const base: Record<string, unknown> = {};
  const alternatives: Record<string, unknown>[] = [];
  for (const [key, field] of Object.entries(shape)) {
    const values = acceptedInputs(field, options);
    if (isOptionalKey(field)) {
      // Left out (the base), present as undefined, and each value it accepts.
      for (const value of [undefined, ...values.filter((value) => value !== undefined).slice(0, PER_FIELD)]) {
        alternatives.push({ [key]: value });
      }
    } else {
      if (values.length === 0) throw new Error(`no accepted value found for required field "${key}"`);
      base[key] = values[0];
      for (const value of values.slice(1, PER_FIELD + 1)) alternatives.push({ [key]: value });
    }
  }
  // Every optional key at its first defined value, all at once.
  const full: Record<string, unknown> = { ...base };
  for (const [key, field] of Object.entries(shape)) {
    if (!isOptionalKey(field)) continue;
    const value = acceptedInputs(field, options).find((candidate) => candidate !== undefined);
    if (value !== undefined) full[key] = value;
  }
  return accepted(schema, [base, ...alternatives.map((change) => ({ ...base, ...change })), full]);
}

/** A short list of values `schema` accepts as input; throws on a schema kind it cannot walk. */
export function acceptedInputs(schema: z.ZodType, options: AcceptedInputsOptions = {}): unknown[] {
  const walk = (inner: z.ZodType) => acceptedInputs(inner, options);
  const def = defOf(schema);
  switch (def.type) {
    case 'undefined':
    case 'void':
      return [undefined];
    case 'null':
      return [null];
    case 'boolean':
      return [true, false];
    case 'string':
      return stringValues(schema, options);
    case 'number':
      return numberValues(schema);
    case 'enum':
      return Object.values(def.entries ?? {});
    case 'literal':
      return [...(def.values ?? [])];
    case 'optional':
      return unique([undefined, ...walk(def.innerType!)]);
    case 'nullable':
      return unique([null, ...walk(def.innerType!)]);
    case 'default':
    case 'prefault':
      return accepted(schema, [undefined, ...walk(def.innerType!)]);
    case 'readonly':
    case 'catch':
      return walk(def.innerType!);
    case 'pipe':
      // Inputs are the pipe's `in` side; refinements or transforms on the way out filter them.
      return accepted(schema, walk(def.in!));
    case 'union':
      return accepted(schema, (def.options ?? []).flatMap((option) => walk(option)));
    case 'array': {
      const items = walk(def.element!);
      return accepted(schema, [[], items.slice(0, 1), items.slice(0, 2)]);
    }
    case 'object':
      return objectValues(schema, def, options);
    default:
      throw new Error(`acceptedInputs: zod type "${def.type}" is not walked yet; add it here`);
  }
}
