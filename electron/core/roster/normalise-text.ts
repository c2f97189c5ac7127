// Small text helpers shared by the roster import: comparing words the way people type them,
// and keeping what goes into a preview short.

/** Longest value quoted back in an issue or notice. */
export const SHOWN_VALUE_LENGTH = 80;

/**
 * The comparable form of a header, role or service name: lower case, no accents, every run of
 * punctuation or space a single space. "Adresse E-mail :" → "adresse e mail".
 */
export function normaliseKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Trim and turn every run of white space (line breaks, tabs, non-breaking spaces) into one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** A value short enough to show in a list: the first 80 characters, then an ellipsis. */
export function shorten(text: string): string {
  return text.length > SHOWN_VALUE_LENGTH ? `${text.slice(0, SHOWN_VALUE_LENGTH)}…` : text;
}
