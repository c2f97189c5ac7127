// How the Node side's texts are written: plain strings, one file per area and language (like
// renderer/i18n/areas), with i18next's `{{name}}` placeholders. The French file is the reference:
// its literal types name each text's placeholders, so `fill` refuses a missing or misspelt value at
// compile time; each English file is checked against it (`Translation`) for the same keys and for
// every placeholder, and test/unit/text-catalogue.test.ts checks both ways at run time.

export type Language = 'fr' | 'en';

export const LANGUAGES: readonly Language[] = ['fr', 'en'];

/** The locale numbers, days and times are written in, per language. */
export const LOCALES: Readonly<Record<Language, string>> = { fr: 'fr-FR', en: 'en-GB' };

/** A text in both languages at once, where both travel together (an error sent to the UI, a rule's explanation). */
export interface Localised {
  fr: string;
  en: string;
}

/** The placeholders of a template: 'Liste : {{file}} — {{count}}' → 'file' | 'count'. */
export type Placeholders<S extends string> = S extends `${string}{{${infer Name}}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** What `fill` needs for a template: one value per placeholder. */
export type Values<S extends string> = { readonly [Name in Placeholders<S>]: string | number };

const PLACEHOLDER = /\{\{(\w+)\}\}/gu;

/** The template with each `{{name}}` replaced by its value (numbers as `${n}` writes them); values are not read again. */
export function fill<S extends string>(template: S, values: Values<S>): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = (values as Readonly<Record<string, string | number | undefined>>)[name];
    if (value === undefined) throw new Error(`No value for {{${name}}} in "${template}"`);
    return String(value);
  });
}

/** The names a template string uses, in order, for the parity test and the typography checks. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/** A count's two forms, as i18next's `_one` / `_other`: which one a count takes is the caller's rule. */
export interface Plural {
  one: string;
  other: string;
}

/** 1 → one, anything else (0 included) → other, whatever the language: the rule most Node texts follow today. */
export function oneOrOther<P extends Plural>(forms: P, count: number): P['one'] | P['other'] {
  return count === 1 ? forms.one : forms.other;
}

/** One rule per language, made once: a large report asks thousands of times. */
const pluralRules = new Map<Language, Intl.PluralRules>();

/** The language's own rule, as i18next applies it (French: 0 and 1 → one; English: 1 → one). */
export function plural<P extends Plural>(forms: P, count: number, language: Language): P['one'] | P['other'] {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count) === 'one' ? forms.one : forms.other;
}

type Intersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;

/** A string that holds each of these placeholders (any string when there are none). */
type WithPlaceholders<P extends string> = [P] extends [never] ? string : Intersection<P extends string ? `${string}{{${P}}}${string}` : never>;

/**
 * The shape another language's file must have: the reference's keys (arrays of the same length),
 * and in each string every placeholder of the reference's string.
 */
export type Translation<T> = T extends string
  ? WithPlaceholders<Placeholders<T>>
  : T extends readonly unknown[]
    ? { readonly [Index in keyof T]: Translation<T[Index]> }
    : { readonly [Key in keyof T]: Translation<T[Key]> };

/** Two per-language tables of the same keys as one table of both-language texts. */
export function localisedTable<K extends string>(fr: Readonly<Record<K, string>>, en: Readonly<Record<K, string>>): Readonly<Record<K, Localised>> {
  return Object.fromEntries(Object.keys(fr).map((key) => [key, { fr: fr[key as K], en: en[key as K] }])) as Record<K, Localised>;
}

/**
 * One area's texts in both languages under the French file's type, as TEXTS (messages.ts) holds the
 * whole catalogue: for a caller that needs that area alone (the CLI's `--help` starts without the
 * report's, the PDF's or the errors' texts).
 */
export function bothLanguages<Fr>(fr: Fr, en: Translation<Fr>): Readonly<Record<Language, Fr>> {
  return { fr, en: en as unknown as Fr };
}
