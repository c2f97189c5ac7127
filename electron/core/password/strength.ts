import { ZxcvbnFactory, type OptionsType, type RankedDictionaries, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as fr from '@zxcvbn-ts/language-fr';
import type { PasswordStrength } from '../model/schemas/password.ts';
import { inBothLanguages } from '../text/messages.ts';
import { type ContextWord, findContextWords, withoutHits } from './context-words.ts';
import { translateSuggestions, translateWarning } from './feedback.ts';
import { rankDictionaries } from './ranked-dictionaries.ts';
import { characterClasses, passphraseWordCount, passwordLength, theoreticalBits } from './theoretical-bits.ts';

// The strength estimate: zxcvbn-ts with the common, French and English dictionaries and the
// keyboard graphs (azerty included), the context words given as user inputs, then Hygie's
// context rule (see README.md): a password leaning on the practice's name is judged on what is
// left once those words are taken out.

/**
 * Characters zxcvbn reads. Beyond this a password is strong by length alone; its cost grows
 * with the length, and the length rules still see the whole password.
 */
export const ZXCVBN_MAX_LENGTH = 64;

/**
 * l33t substitution alternatives zxcvbn tries. Its default (100) makes a check of a long password
 * full of digits and symbols 2–5× slower; from 1 upward the estimates of l33t passwords we tried
 * ("P4$$w0rd", "C@b1n3tDup0nt", "Ph4rm4c13!") do not change, so 4 keeps a margin.
 */
export const ZXCVBN_L33T_MAX_SUBSTITUTIONS = 4;

/** zxcvbn's score thresholds (guesses), with its own +5 margin. */
const SCORE_THRESHOLDS = [1e3, 1e6, 1e8, 1e10] as const;
const SCORE_DELTA = 5;

let factory: ZxcvbnFactory | null = null;

/** What zxcvbn-ts's factory holds and our ranking fills (ranked-dictionaries.ts); `options` is private in its types only. */
interface FactoryOptions {
  dictionary: Record<string, readonly (string | number)[]>;
  rankedDictionaries: RankedDictionaries;
  rankedDictionariesMaxWordSize: Record<string, number>;
}

/**
 * Built on first use (≈ 0.1 s: ranking the dictionaries, see ranked-dictionaries.ts), then kept
 * for the process. The factory is made without the dictionaries, which it would rank its own,
 * slower way, and given them ranked. The 28 small word-sequence lists of the fr and en packs
 * (months, days, numbers, colours…) cost about three quarters of a check's time, but they stay:
 * merged into one list they no longer catch sequences such as "rougeorangejaune" or
 * "lundimardi", which fall from score 0 to 3.
 */
function zxcvbn(): ZxcvbnFactory {
  if (factory) return factory;
  const dictionary = strengthDictionary() as FactoryOptions['dictionary'];
  const built = new ZxcvbnFactory(factoryOptions(null));
  const options = (built as unknown as { options: FactoryOptions }).options;
  const { ranked, longest } = rankDictionaries(dictionary);
  options.dictionary = dictionary;
  options.rankedDictionaries = ranked;
  options.rankedDictionariesMaxWordSize = longest;
  factory = built;
  return factory;
}

/** The factory's settings; with `dictionary`, zxcvbn-ts ranks it itself (the tests' reference). */
export function factoryOptions(dictionary: OptionsType['dictionary'] | null): OptionsType {
  return {
    ...(dictionary ? { dictionary } : {}),
    graphs: common.adjacencyGraphs,
    l33tMaxSubstitutions: ZXCVBN_L33T_MAX_SUBSTITUTIONS,
    maxLength: ZXCVBN_MAX_LENGTH,
    useLevenshteinDistance: false,
  };
}

/** The dictionaries Hygie checks against: common, French and English. */
export function strengthDictionary(): OptionsType['dictionary'] {
  return { ...common.dictionary, ...fr.dictionary, ...en.dictionary };
}

/** The factory in use (the tests compare it with one ranked by zxcvbn-ts itself). */
export function strengthFactory(): ZxcvbnFactory {
  return zxcvbn();
}

/** Build the dictionaries now (at start-up, off the first keystroke). */
export function warmUpStrength(): void {
  zxcvbn();
}

/** zxcvbn's 0–4 score for a number of guesses. */
export function scoreForGuesses(guesses: number): 0 | 1 | 2 | 3 | 4 {
  const index = SCORE_THRESHOLDS.findIndex((threshold) => guesses < threshold + SCORE_DELTA);
  return (index === -1 ? 4 : index) as 0 | 1 | 2 | 3 | 4;
}

function check(password: string, userInputs: readonly string[]): ZxcvbnResult {
  return zxcvbn().check(password, [...userInputs]);
}

const CONTEXT_WARNING = inBothLanguages((texts) => texts.password.contextWarning);

export function assessStrength(password: string, words: readonly ContextWord[]): PasswordStrength {
  const userInputs = words.map((word) => word.word);
  const result = check(password, userInputs);
  let guesses = result.guesses;
  const hits = findContextWords(password, words);
  if (hits.length > 0) {
    // The attacker picks each context word among the ones known for this practice, then guesses
    // the rest; the lower of the two estimates wins.
    const rest = withoutHits(password, hits);
    const restGuesses = rest === '' ? 1 : check(rest, userInputs).guesses;
    const contextGuesses = restGuesses * words.length ** hits.length;
    guesses = Math.min(guesses, contextGuesses);
  }
  guesses = Math.max(guesses, 1);
  const guessesLog10 = Math.max(0, Math.log10(guesses));
  const warning = hits.length > 0 ? CONTEXT_WARNING : translateWarning(result.feedback.warning);
  const found = new Map<string, ContextWord>();
  for (const hit of hits) found.set(hit.word.word, hit.word);
  return {
    score: scoreForGuesses(guesses),
    guessesLog10,
    estimatedBits: guessesLog10 * Math.log2(10),
    theoreticalBits: theoreticalBits(password),
    length: passwordLength(password),
    classes: characterClasses(password),
    passphraseWords: passphraseWordCount(password),
    contextWords: [...found.values()].map(({ word, kind }) => ({ word, kind })),
    warning,
    suggestions: translateSuggestions(result.feedback.suggestions),
  };
}
