import { randomInt as cryptoRandomInt } from 'node:crypto';
import { wordlist as englishWords } from '@scure/bip39/wordlists/english.js';
import { wordlist as frenchWords } from '@scure/bip39/wordlists/french.js';
import type { GeneratedPassphrase } from '../api/schemas/password.ts';

// "Make a strong one": words drawn with the operating system's CSPRNG from the BIP39 lists
// (2048 words each, chosen to be unambiguous), joined with '-'. Accents are stripped because
// some portals refuse accented letters; the French list stays 2048 distinct words without them
// (checked by the tests), so each word still carries 11 bits.

export type PassphraseLanguage = 'fr' | 'en';

export function stripAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '');
}

const LISTS: Record<PassphraseLanguage, readonly string[]> = {
  fr: frenchWords.map(stripAccents),
  en: englishWords.map(stripAccents),
};

export function passphraseWordList(lang: PassphraseLanguage): readonly string[] {
  return LISTS[lang];
}

/** `randomInt(max)` returns an integer in [0, max): crypto.randomInt unless a test injects one. */
export function generatePassphrase(
  lang: PassphraseLanguage,
  words: number,
  randomInt: (max: number) => number = (max) => cryptoRandomInt(max),
): GeneratedPassphrase {
  if (!Number.isInteger(words) || words < 1) throw new RangeError(`words must be a positive integer, got ${words}`);
  const list = LISTS[lang];
  const drawn: string[] = [];
  for (let index = 0; index < words; index += 1) {
    const pick = randomInt(list.length);
    const word = list[pick];
    if (!Number.isInteger(pick) || word === undefined) throw new RangeError(`randomInt returned ${pick}, outside [0, ${list.length})`);
    drawn.push(word);
  }
  return { passphrase: drawn.join('-'), words, bits: words * Math.log2(list.length), listSize: list.length };
}
