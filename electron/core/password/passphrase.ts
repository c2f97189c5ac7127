import { randomInt as cryptoRandomInt } from 'node:crypto';
import { wordlist as englishWords } from '@scure/bip39/wordlists/english.js';
import { wordlist as frenchWords } from '@scure/bip39/wordlists/french.js';
import type { GeneratedPassphrase } from '../model/schemas/password.ts';

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

/** Draws in a row landing on excluded words before the random source is deemed broken. */
const MAX_REDRAWS = 1000;

/**
 * `randomInt(max)` returns an integer in [0, max): crypto.randomInt unless a test injects one.
 * `exclude` names words never to propose (those holding a context word, see contextExclusion):
 * such a draw is made again, which keeps every remaining word equally likely. The bits count only
 * the words left: words × log2(2048 − excluded), to one decimal — a handful of words at most, so
 * about 11 bits a word still.
 */
export function generatePassphrase(
  lang: PassphraseLanguage,
  words: number,
  randomInt: (max: number) => number = (max) => cryptoRandomInt(max),
  exclude: (word: string) => boolean = () => false,
): GeneratedPassphrase {
  if (!Number.isInteger(words) || words < 1) throw new RangeError(`words must be a positive integer, got ${words}`);
  const list = LISTS[lang];
  const excluded = new Set(list.filter((word) => exclude(word)));
  const listSize = list.length - excluded.size;
  if (listSize < 2) throw new RangeError(`only ${listSize} word(s) left once ${excluded.size} are excluded`);
  const drawn: string[] = [];
  for (let index = 0; index < words; index += 1) {
    for (let attempt = 0; ; attempt += 1) {
      if (attempt >= MAX_REDRAWS) throw new RangeError(`randomInt kept drawing excluded words (${MAX_REDRAWS} times)`);
      const pick = randomInt(list.length);
      const word = list[pick];
      if (!Number.isInteger(pick) || word === undefined) throw new RangeError(`randomInt returned ${pick}, outside [0, ${list.length})`);
      if (excluded.has(word)) continue;
      drawn.push(word);
      break;
    }
  }
  const bits = Math.round(words * Math.log2(listSize) * 10) / 10;
  return { passphrase: drawn.join('-'), words, bits, listSize };
}
