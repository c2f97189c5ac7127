/**
 * The comparable form of what people type and what the roster holds: no accents, no case,
 * single spaces. "Hélène LEFÈVRE" and "helene lefevre" compare equal.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('fr')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Every word of the query appears somewhere in the haystack (already folded). */
export function matches(foldedHaystack: string, query: string): boolean {
  const words = fold(query).split(' ').filter(Boolean);
  return words.every((word) => foldedHaystack.includes(word));
}
