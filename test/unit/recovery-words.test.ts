import { randomBytes } from 'node:crypto';
import { wordlist as englishWords } from '@scure/bip39/wordlists/english.js';
import { wordlist as frenchWords } from '@scure/bip39/wordlists/french.js';
import { describe, expect, it } from 'vitest';
import { HygieError } from '../../electron/core/model/hygie-error.ts';
import { comparableWord, keysFromWords, qrText, recoveryWords } from '../../electron/core/recovery/recovery-words.ts';

// The database key as 24 BIP39 words (https://github.com/bitcoin/bips/blob/master/bip-0039.mediawiki):
// what the kit prints, and how forgiving the restore is with what a person types back.

const KEY = '7f3c9a0e5b21d4c86f0a9e3b7c5d1e2f4a6b8c0d2e4f6a8b0c1d3e5f7a9b1c3d';

function failure(run: () => unknown): HygieError {
  try {
    run();
  } catch (error) {
    if (error instanceof HygieError) return error;
    throw error;
  }
  throw new Error('expected a HygieError');
}

describe('the key as words', () => {
  it('is 24 words from the kit language’s list, and gives the same key back, for any key', () => {
    for (let i = 0; i < 50; i += 1) {
      const key = randomBytes(32).toString('hex');
      for (const language of ['fr', 'en'] as const) {
        const words = recoveryWords(key, language);
        expect(words).toHaveLength(24);
        const list = (language === 'fr' ? frenchWords : englishWords).map((word) => word.normalize('NFC'));
        for (const word of words) expect(list).toContain(word);
        expect(keysFromWords(words.join(' '))).toEqual([{ language, keyHex: key }]);
      }
    }
  });

  it('prints French words with their accents, composed (as typed on a French keyboard)', () => {
    const words = recoveryWords('00'.repeat(31) + '0a', 'fr');
    expect(words.every((word) => word === word.normalize('NFC'))).toBe(true);
    expect(frenchWords.some((word) => /[éèêàùç]/u.test(word.normalize('NFC')))).toBe(true);
  });

  it('relies on lists where accents never tell two words apart and four letters name one word', () => {
    for (const list of [frenchWords, englishWords]) {
      const bare = list.map(comparableWord);
      expect(new Set(bare).size).toBe(2048);
      expect(new Set(bare.map((word) => word.slice(0, 4))).size).toBe(2048);
      for (const word of bare) expect(word).toMatch(/^[a-z]+$/u);
    }
  });
});

describe('typing the words back', () => {
  const words = recoveryWords(KEY, 'fr');

  it('ignores case, accents, extra spaces, line breaks, commas and numbering', () => {
    const typed = [
      words.map((word) => word.toUpperCase()).join('   '),
      words.map(comparableWord).join('\n'),
      words.map((word, index) => `${index + 1}. ${word}`).join(', '),
      `  ${words.map((word) => word.normalize('NFD')).join('\t')}  \n`,
      words.map((word, index) => `${index + 1}) ${word}`).join('\u00a0'),
    ];
    for (const text of typed) expect(keysFromWords(text)).toEqual([{ language: 'fr', keyHex: KEY }]);
  });

  it('accepts the QR code’s text (capitals without accents), as a USB scanner types it', () => {
    const text = qrText(words);
    expect(text).toMatch(/^[A-Z]+( [A-Z]+){23}$/u);
    expect(keysFromWords(text)).toEqual([{ language: 'fr', keyHex: KEY }]);
  });

  it('accepts the English words of the same key, whatever language the kit was printed in', () => {
    expect(keysFromWords(recoveryWords(KEY, 'en').join(' '))).toEqual([{ language: 'en', keyHex: KEY }]);
  });

  it('names the first word that is in no list, its position, and the word starting with the same four letters', () => {
    const typed = [...words];
    typed[6] = `${comparableWord(words[6]!).slice(0, 4)}xq`;
    typed[10] = 'zzzz';
    const error = failure(() => keysFromWords(typed.join(' ')));
    expect(error.code).toBe('recovery-words-unknown-word');
    expect(error.details).toEqual({ position: 7, typed: typed[6], unknown: 2, suggestion: words[6] });
  });

  it('gives no suggestion for a word too short or with wrong first letters', () => {
    const typed = [...words];
    typed[0] = 'qqq';
    const error = failure(() => keysFromWords(typed.join(' ')));
    expect(error.details).toEqual({ position: 1, typed: 'qqq', unknown: 1 });
  });

  it('says how many words were typed when it is not 24', () => {
    for (const count of [0, 12, 23, 25]) {
      const typed = Array.from({ length: count }, (_, index) => words[index % 24]!).join(' ');
      const error = failure(() => keysFromWords(typed));
      expect(error.code).toBe('recovery-words-count');
      expect(error.details).toEqual({ count, expected: 24 });
    }
  });

  it('catches a wrong word or two swapped words with the checksum', () => {
    const swapped = [...words];
    [swapped[3], swapped[4]] = [swapped[4]!, swapped[3]!];
    expect(failure(() => keysFromWords(swapped.join(' '))).code).toBe('recovery-words-checksum');

    // Another real word in place of one: the 8-bit checksum misses 1 in 256 such typos.
    const list = frenchWords.map((word) => word.normalize('NFC'));
    const at = list.indexOf(words[12]!);
    let caught = 0;
    for (let offset = 1; offset <= 64; offset += 1) {
      const typo = [...words];
      typo[12] = list[(at + offset) % 2048]!;
      try {
        keysFromWords(typo.join(' '));
      } catch (error) {
        if (error instanceof HygieError && error.code === 'recovery-words-checksum') caught += 1;
      }
    }
    expect(caught).toBeGreaterThanOrEqual(60);
  });

  it('judges a mix of lists against the list most words come from', () => {
    const english = recoveryWords(KEY, 'en');
    const french = new Set(frenchWords.map(comparableWord));
    // An English word that is not French too (123 words are in both lists).
    const at = english.findIndex((word, index) => index > 0 && !french.has(word));
    const mixed = [...words];
    mixed[at] = english[at]!;
    expect(failure(() => keysFromWords(mixed.join(' ')))).toMatchObject({ code: 'recovery-words-unknown-word', details: { position: at + 1 } });
  });
});
