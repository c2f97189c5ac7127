// Checks that two languages of a text catalogue say the same things: the same keys, and in each
// text the same placeholders (`{{name}}`, or i18next's `{{count, number}}`). Used for the
// renderer's i18n files and for the Node side's catalogue (electron/core/text).

/** Every text of a catalogue by its path ("cli.summary.title", "kit.steps.2"). */
export function textsByPath(catalogue: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') found.set(path, value);
    else if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
    else found.set(path, `<${typeof value}>`);
  };
  walk(catalogue, prefix);
  return found;
}

/**
 * The placeholders of a text, as written between the braces, sorted and without repeats. The
 * practice's name (`place.of`, `place.the`, … renderer/i18n/place-words.ts) counts as one: each
 * language names it in the grammatical form its sentence needs ("du cabinet", "the practice's").
 */
export function placeholders(text: string): string[] {
  return [
    ...new Set([...text.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/gu)].map((match) => match[1]!.replace(/\s*,\s*/gu, ', ').replace(/^place\.\w+$/u, 'place.*'))),
  ].sort();
}

export interface ParityProblem {
  path: string;
  problem: string;
}

/** What differs between two languages' catalogues; empty when they match. */
export function parityProblems(reference: unknown, other: unknown, names: readonly [string, string] = ['fr', 'en']): ParityProblem[] {
  const first = textsByPath(reference);
  const second = textsByPath(other);
  const problems: ParityProblem[] = [];
  for (const path of first.keys()) if (!second.has(path)) problems.push({ path, problem: `missing in ${names[1]}` });
  for (const path of second.keys()) if (!first.has(path)) problems.push({ path, problem: `missing in ${names[0]}` });
  for (const [path, text] of first) {
    const otherText = second.get(path);
    if (otherText === undefined) continue;
    const [a, b] = [placeholders(text), placeholders(otherText)];
    if (a.join('|') !== b.join('|')) problems.push({ path, problem: `placeholders ${names[0]} [${a.join(', ')}] ≠ ${names[1]} [${b.join(', ')}]` });
  }
  return problems;
}

/** Texts that are empty or only blanks. */
export function emptyTexts(catalogue: unknown): string[] {
  return [...textsByPath(catalogue)].filter(([, text]) => text.trim() === '').map(([path]) => path);
}
