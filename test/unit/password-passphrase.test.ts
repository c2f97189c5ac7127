import { wordlist as englishWords } from '@scure/bip39/wordlists/english.js';
import { wordlist as frenchWords } from '@scure/bip39/wordlists/french.js';
import { describe, expect, it } from 'vitest';
import { GeneratedPassphraseSchema } from '../../electron/core/model/schemas/password.ts';
import { contextExclusion, contextWords, findContextWords } from '../../electron/core/password/context-words.ts';
import { generatePassphrase, passphraseWordList } from '../../electron/core/password/passphrase.ts';
import { theoreticalBits } from '../../electron/core/password/theoretical-bits.ts';

// "Make a strong one": BIP39 words drawn with a CSPRNG, accents stripped, joined with '-'.

describe('passphrase generator', () => {
  it('draws the words the random source picks, accents stripped', () => {
    const picks = [0, 18, 2047, 1, 18, 5, 6, 7];
    let call = 0;
    const maxes: number[] = [];
    const generated = generatePassphrase('fr', 8, (max) => {
      maxes.push(max);
      return picks[call++] ?? 0;
    });
    expect(frenchWords[18]?.normalize('NFC')).toBe('académie');
    expect(frenchWords[2047]).toBe('zoologie');
    expect(generated.passphrase).toBe('abaisser-academie-zoologie-abandon-academie-aborder-aboutir-aboyer');
    expect(maxes).toEqual(Array(8).fill(2048));
    expect(GeneratedPassphraseSchema.parse(generated)).toEqual({ passphrase: generated.passphrase, words: 8, bits: 88, listSize: 2048 });
  });

  it('uses the CSPRNG by default: words from the list, ASCII only, 11 bits a word', () => {
    for (const lang of ['fr', 'en'] as const) {
      const list = new Set(passphraseWordList(lang));
      for (const words of [6, 8, 12]) {
        const generated = generatePassphrase(lang, words);
        const drawn = generated.passphrase.split('-');
        expect(drawn).toHaveLength(words);
        for (const word of drawn) expect(list.has(word)).toBe(true);
        expect(generated.passphrase).toMatch(/^[a-z]+(?:-[a-z]+)*$/u);
        expect(generated.bits).toBe(words * 11);
      }
    }
    // Two draws of 8 words (88 bits) coming out equal would mean the source is not random.
    expect(generatePassphrase('en', 8).passphrase).not.toBe(generatePassphrase('en', 8).passphrase);
  });

  it('keeps 2048 distinct words once accents are stripped, in both lists', () => {
    expect(frenchWords.some((word) => /[^a-z]/u.test(word))).toBe(true); // the French list has accents…
    for (const lang of ['fr', 'en'] as const) {
      const list = passphraseWordList(lang);
      expect(list).toHaveLength(2048);
      expect(new Set(list).size).toBe(2048); // …and stays unique without them
      for (const word of list) expect(word).toMatch(/^[a-z]+$/u);
    }
    expect(passphraseWordList('en')).toEqual(englishWords);
  });

  it('reads as a CNIL passphrase: 8 words are over 80 theoretical bits', () => {
    expect(theoreticalBits(generatePassphrase('fr', 8).passphrase)).toBe(91);
    expect(theoreticalBits(generatePassphrase('fr', 6).passphrase)).toBe(69);
  });

  it('redraws a word that is, or holds, a context word, and counts only the words left', () => {
    const list = passphraseWordList('fr');
    const docteur = list.indexOf('docteur');
    const maison = list.indexOf('maison');
    expect(docteur).toBeGreaterThanOrEqual(0);
    const picks = [docteur, 0, maison, 1, 2, 3, 4, 5, 6, 7];
    let call = 0;
    const exclude = (word: string) => word === 'docteur' || word === 'maison';
    const generated = generatePassphrase('fr', 8, () => picks[call++] ?? 0, exclude);
    expect(generated.passphrase.split('-')).toEqual(['abaisser', 'abandon', 'abdiquer', 'abeille', 'abolir', 'aborder', 'aboutir', 'aboyer']);
    expect(call).toBe(10);
    // 8 × log2(2046), to one decimal.
    expect(generated).toMatchObject({ listSize: 2046, bits: 88 });
    expect(generatePassphrase('fr', 8, () => 2047, (word) => list.indexOf(word) < 1000)).toMatchObject({ listSize: 1048, bits: 80.3 });
    expect(() => generatePassphrase('fr', 8, () => 0, () => true)).toThrow(RangeError);
  });

  it("never proposes a GP practice's context words", () => {
    const words = contextWords({
      practice: { name: 'Cabinet médical du Parc', city: 'Lyon', profession: 'general-practice' },
      person: { firstName: 'Léa', lastName: 'Martin', emails: ['lea.martin@cabinet-parc.fr'] },
    });
    const exclude = contextExclusion(words);
    for (const word of ['docteur', 'medecin', 'cabine', 'social', 'martin', 'parcelle', 'lea']) expect(exclude(word)).toBe(true);
    // A three-letter name is excluded as itself only, as findContextWords finds it.
    for (const word of ['abeille', 'clean', 'leader']) expect(exclude(word)).toBe(false);
    const excluded = passphraseWordList('fr').filter(exclude);
    expect(excluded).toEqual(expect.arrayContaining(['docteur', 'medecin', 'cabine', 'social']));
    // A handful of the 2048.
    expect(excluded.length).toBeLessThan(20);
    for (let draw = 0; draw < 200; draw += 1) {
      const generated = generatePassphrase('fr', 6, undefined, exclude);
      expect(findContextWords(generated.passphrase, words)).toEqual([]);
      expect(generated.listSize).toBe(2048 - excluded.length);
    }
  });

  it('refuses a random source that answers outside the list', () => {
    expect(() => generatePassphrase('en', 6, () => 2048)).toThrow(RangeError);
    expect(() => generatePassphrase('en', 6, () => 1.5)).toThrow(RangeError);
    expect(() => generatePassphrase('en', 0)).toThrow(RangeError);
  });
});
