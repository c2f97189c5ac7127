import type { CharacterClasses } from '../model/schemas/password.ts';

// The CNIL / ANSSI "theoretical" entropy the CNIL 2022-100 thresholds are written in. It counts
// the alphabet the password draws from, not how predictable it is: "Azerty123456!" scores as
// well as a random string of the same shape, which is why the policies pair it with zxcvbn.

/** CNIL 2022-100 counts "at least 37" special characters; accented letters count as letters. */
export const CLASS_POOL_SIZES: Readonly<Record<keyof CharacterClasses, number>> = { lower: 26, upper: 26, digit: 10, special: 37 };

/** CNIL 2022-100: a passphrase of 7 words reaches 80 bits, so a word counts 80/7 bits. */
export const BITS_PER_PASSPHRASE_WORD = 80 / 7;

/** Separators between the words of a passphrase. */
const PASSPHRASE_SEPARATORS = /[\s\-_.,+]+/u;

export function characterClasses(password: string): CharacterClasses {
  const classes: CharacterClasses = { lower: false, upper: false, digit: false, special: false };
  for (const character of password) {
    if (/\p{Lu}|\p{Lt}/u.test(character)) classes.upper = true;
    else if (/\p{L}/u.test(character)) classes.lower = true;
    else if (/[0-9]/u.test(character)) classes.digit = true;
    else classes.special = true;
  }
  return classes;
}

/** Length as NIST SP 800-63B-4 counts it: one per Unicode code point. */
export function passwordLength(password: string): number {
  return [...password].length;
}

/**
 * The number of words when the password reads as a passphrase: at least two words of letters
 * only (two letters or more each), between separators (space - _ . , +). Null otherwise.
 */
export function passphraseWordCount(password: string): number | null {
  const parts = password.trim().split(PASSPHRASE_SEPARATORS).filter((part) => part !== '');
  if (parts.length < 2) return null;
  return parts.every((part) => /^\p{L}{2,}$/u.test(part)) ? parts.length : null;
}

/** length × log2(pool), or words × 80/7 for a passphrase; rounded to the nearest bit. */
export function theoreticalBits(password: string): number {
  const words = passphraseWordCount(password);
  if (words !== null) return Math.round(words * BITS_PER_PASSPHRASE_WORD);
  const classes = characterClasses(password);
  const pool = (Object.keys(CLASS_POOL_SIZES) as (keyof CharacterClasses)[])
    .filter((name) => classes[name])
    .reduce((sum, name) => sum + CLASS_POOL_SIZES[name], 0);
  return pool === 0 ? 0 : Math.round(passwordLength(password) * Math.log2(pool));
}
