// Text in a roster that does not show what it holds: how a forged address hides in a list that
// looks right. Two kinds, each reported as a notice on the import preview (the row is still
// imported: a name may legitimately be written in another alphabet, and the person checks it).
//
// - Hidden characters: controls and invisible format characters — bidi embeddings, overrides and
//   isolates (the "Trojan Source" reordering, CVE-2021-42574), marks, zero-width spaces and
//   joiners, soft hyphens, BOM, and terminal escapes (ESC, BEL…). They are quoted back with each
//   one shown as [U+XXXX], so the quote itself cannot be reordered or hidden.
// - Mixed scripts in an address: letters from more than one alphabet, such as a Cyrillic "е" or a
//   Greek "ο" among Latin letters (a homoglyph), following Unicode's mixed-script detection
//   (UTS #39 §5.1: the intersection of each character's Script_Extensions, Common and Inherited
//   ignored, Han/Hiragana/Katakana/Hangul/Bopomofo augmented with Jpan/Kore/Hanb), and allowing
//   what its "highly restrictive" level allows (§5.2: Latin with Japanese, Chinese or Korean).

/** In names: every control and format character but the zero-width (non-)joiners, which some names need. */
const HIDDEN_IN_NAMES = /(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
/** In addresses, nothing invisible has a place. */
const HIDDEN_IN_ADDRESSES = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

function codePointLabel(character: string): string {
  return `[U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`;
}

/** The text with every hidden character shown as [U+XXXX], or null when it has none. */
export function revealHiddenCharacters(text: string, kind: 'name' | 'address'): string | null {
  const pattern = kind === 'name' ? HIDDEN_IN_NAMES : HIDDEN_IN_ADDRESSES;
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return null;
  return text.replace(pattern, codePointLabel);
}

/** Scripts with letters, most of them with look-alikes of Latin ones; anything else counts as "Other". */
const SCRIPTS = [
  'Latin', 'Greek', 'Cyrillic', 'Armenian', 'Georgian', 'Cherokee', 'Coptic', 'Glagolitic', 'Gothic', 'Runic', 'Ogham',
  'Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Nko', 'Adlam', 'Tifinagh', 'Ethiopic', 'Vai', 'Lisu', 'Osage', 'Deseret',
  'Canadian_Aboriginal', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada',
  'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar', 'Khmer', 'Mongolian', 'Yi',
  'Han', 'Hiragana', 'Katakana', 'Bopomofo', 'Hangul',
] as const;
const SCRIPT_PATTERNS = SCRIPTS.map((name) => [name, new RegExp(`\\p{Script_Extensions=${name}}`, 'u')] as const);
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;
/** UTS #39's augmented script sets: a Han character also belongs to Japanese, Korean and Chinese writing. */
const AUGMENTED: Readonly<Record<string, readonly string[]>> = {
  Han: ['Jpan', 'Kore', 'Hanb'],
  Hiragana: ['Jpan'],
  Katakana: ['Jpan'],
  Hangul: ['Kore'],
  Bopomofo: ['Hanb'],
};
/** UTS #39 §5.2 "highly restrictive": Latin may mix with these, and nothing else may mix. */
const ALLOWED_MIXES: readonly (readonly string[])[] = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
];

function scriptsOf(character: string): string[] {
  const scripts = SCRIPT_PATTERNS.filter(([, pattern]) => pattern.test(character)).map(([name]) => name);
  return scripts.length > 0 ? scripts : [`Other:${character}`];
}

export interface MixedScripts {
  /** The alphabets, in the order they appear: e.g. ['Latin', 'Cyrillic']. */
  scripts: string[];
  /** The address with each letter outside its main alphabet in brackets: "j[е]an@cabinet.fr". */
  marked: string;
}

/** What an address mixes, or null when it is written in one alphabet (or in Latin with Japanese, Chinese or Korean). */
export function mixedScripts(address: string): MixedScripts | null {
  if (/^[\u0000-\u007f]*$/u.test(address)) return null;
  const characters = [...address].map((character) => ({ character, scripts: NEUTRAL.test(character) ? null : scriptsOf(character) }));
  const sets = characters.flatMap(({ scripts }) => (scripts ? [scripts] : []));
  if (sets.length === 0) return null;
  const augmented = sets.map((scripts) => new Set(scripts.flatMap((script) => [script, ...(AUGMENTED[script] ?? [])])));
  const resolved = augmented.reduce((common, next) => new Set([...common].filter((script) => next.has(script))));
  if (resolved.size > 0) return null;
  if (ALLOWED_MIXES.some((allowed) => sets.every((scripts) => scripts.some((script) => allowed.includes(script))))) return null;

  const nameOf = (scripts: readonly string[]) => (scripts[0]!.startsWith('Other:') ? 'Other' : scripts[0]!);
  const counts = new Map<string, number>();
  for (const scripts of sets) counts.set(nameOf(scripts), (counts.get(nameOf(scripts)) ?? 0) + 1);
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const marked = characters
    .map(({ character, scripts }) => (scripts && !scripts.includes(main) ? `[${character}]` : character))
    .join('');
  return { scripts: [...counts.keys()], marked };
}
