import { entropyToMnemonic, mnemonicToEntropy } from '@scure/bip39';
import { wordlist as englishWords } from '@scure/bip39/wordlists/english.js';
import { wordlist as frenchWords } from '@scure/bip39/wordlists/french.js';
import { HygieError } from '../model/hygie-error.ts';
import { stripAccents } from '../password/passphrase.ts';
import { isDatabaseKey } from '../store/database-key.ts';

// The database key (256 bits) as 24 words: BIP39, whose last word carries an 8-bit checksum, so
// a mistyped word is caught before any file is opened. The kit prints the list of its language
// (French words for a French secretary, who reads and types them more surely than English ones);
// restoring accepts either list, whatever the kit's language, and finds which one was typed.
// Typing is forgiving: case, accents, numbering, commas and line breaks do not matter. Both lists
// stay 2,048 distinct words without accents, and each word is the only one starting with its
// first four letters (checked by the tests), which is what makes a suggestion possible.

export type RecoveryLanguage = 'fr' | 'en';
export const RECOVERY_LANGUAGES: readonly RecoveryLanguage[] = ['fr', 'en'];
export const RECOVERY_WORD_COUNT = 24;

const LISTS: Record<RecoveryLanguage, string[]> = { fr: frenchWords, en: englishWords };

/** How a typed word is compared: without accents, lower case. */
export function comparableWord(word: string): string {
  return stripAccents(word.normalize('NFKD')).toLowerCase();
}

const INDEX: Record<RecoveryLanguage, Map<string, number>> = {
  fr: new Map(frenchWords.map((word, index) => [comparableWord(word), index])),
  en: new Map(englishWords.map((word, index) => [comparableWord(word), index])),
};

const PREFIX: Record<RecoveryLanguage, Map<string, number>> = {
  fr: new Map(frenchWords.map((word, index) => [comparableWord(word).slice(0, 4), index])),
  en: new Map(englishWords.map((word, index) => [comparableWord(word).slice(0, 4), index])),
};

/** The list's word as printed: composed accents (the French list is stored decomposed). */
function printedWord(language: RecoveryLanguage, index: number): string {
  return LISTS[language][index]!.normalize('NFC');
}

/** The 24 words of a database key, in the list of the kit's language, as the kit prints them. */
export function recoveryWords(keyHex: string, language: RecoveryLanguage): string[] {
  if (!isDatabaseKey(keyHex)) throw new Error('recoveryWords: not a 256-bit database key');
  return entropyToMnemonic(Buffer.from(keyHex, 'hex'), LISTS[language])
    .split(' ')
    .map((word) => word.normalize('NFC'));
}

/**
 * The QR code's text: the same words without accents, in capitals, separated by spaces. Capitals
 * and spaces fit QR's alphanumeric mode (a smaller, sturdier code), and plain ASCII comes out the
 * same from every scanner, including the USB ones that type into the field.
 */
export function qrText(words: readonly string[]): string {
  return words.map((word) => comparableWord(word).toUpperCase()).join(' ');
}

/** The words typed, in order: anything but letters separates them (spaces, numbering, commas). */
export function typedWords(text: string): string[] {
  return comparableWord(text)
    .split(/[^a-z]+/u)
    .filter((word) => word !== '');
}

/** A key the words give, and the list they were read in. */
export interface RecoveredKey {
  language: RecoveryLanguage;
  keyHex: string;
}

function knownCount(words: readonly string[], language: RecoveryLanguage): number {
  return words.filter((word) => INDEX[language].has(word)).length;
}

/** The word of that list that starts with the same four letters, if the typed word has them. */
function suggestionFor(typed: string, language: RecoveryLanguage): string | null {
  if (typed.length < 4) return null;
  const index = PREFIX[language].get(typed.slice(0, 4));
  return index === undefined ? null : printedWord(language, index);
}

function keyFrom(words: readonly string[], language: RecoveryLanguage): string | null {
  const listed = words.map((word) => LISTS[language][INDEX[language].get(word)!]!);
  try {
    return Buffer.from(mnemonicToEntropy(listed.join(' '), LISTS[language])).toString('hex');
  } catch {
    // The checksum does not match: one of the words is wrong (or two are swapped).
    return null;
  }
}

/**
 * The keys the typed words can be (one, except in the rare case of 24 words found in both lists
 * with a valid checksum in each: then the backup decides). Throws, before anything is opened:
 * - recovery-words-unknown-word { position, typed, suggestion?, unknown }: a word in neither list
 *   (judged against the list most of the words come from);
 * - recovery-words-count { count, expected }: not 24 words;
 * - recovery-words-checksum: 24 known words whose checksum does not match (a word is wrong).
 * Never puts the words themselves in an error, except the one word typed wrong.
 */
export function keysFromWords(text: string): RecoveredKey[] {
  const words = typedWords(text);
  const [likely] = [...RECOVERY_LANGUAGES].sort((a, b) => knownCount(words, b) - knownCount(words, a));
  const language = likely!;
  const unknown = words.map((word, index) => ({ word, index })).filter(({ word }) => !INDEX[language].has(word));
  const first = unknown[0];
  if (first) {
    const suggestion = suggestionFor(first.word, language);
    throw new HygieError('recovery-words-unknown-word', {
      position: first.index + 1,
      typed: first.word,
      unknown: unknown.length,
      ...(suggestion ? { suggestion } : {}),
    });
  }
  if (words.length !== RECOVERY_WORD_COUNT) {
    throw new HygieError('recovery-words-count', { count: words.length, expected: RECOVERY_WORD_COUNT });
  }
  const keys: RecoveredKey[] = [];
  for (const candidate of RECOVERY_LANGUAGES) {
    if (knownCount(words, candidate) !== words.length) continue;
    const keyHex = keyFrom(words, candidate);
    if (keyHex) keys.push({ language: candidate, keyHex });
  }
  if (keys.length === 0) throw new HygieError('recovery-words-checksum');
  return keys;
}

/**
 * Every form in which a key's words could leak: the phrase in each list, as printed and as the
 * QR code holds it. For the tests' secret scan (test/support/secret-scan.ts).
 */
export function recoveryPhrases(keyHex: string): string[] {
  return RECOVERY_LANGUAGES.flatMap((language) => {
    const words = recoveryWords(keyHex, language);
    return [words.join(' '), words.map(comparableWord).join(' '), qrText(words)];
  });
}
