import type { RankedDictionaries, RankedDictionary } from '@zxcvbn-ts/core';

// zxcvbn-ts ranks its dictionaries when its factory is built: for each of the ~38 lists (about
// 320,000 words in the common, French and English packs), a plain object word → rank. Filling
// objects that large is most of `hygie password`'s time (≈ 150 ms of its ≈ 450 ms of CPU). A Map
// is filled in well under half that; its lookups are wrapped to answer exactly as the plain
// object would — a later duplicate winning, `__proto__` ignored, and a name of Object.prototype
// ("constructor") found there — so the estimates do not change by one guess (strength.test.ts
// compares every field of both ways on a mixed list).

/** Stands for the plain object the library builds, as the receiver of Object.prototype's getters. */
const PLAIN = {};

/** zxcvbn-ts's buildRankedDictionary (rank from 1, in list order), answering through a Map. */
export function rankDictionary(words: readonly (string | number)[]): RankedDictionary {
  const ranks = new Map<string, number>();
  let rank = 1;
  for (const word of words) {
    const key = String(word);
    // `result['__proto__'] = rank` on a plain object sets nothing.
    if (key !== '__proto__') ranks.set(key, rank);
    rank += 1;
  }
  return new Proxy(Object.create(null) as RankedDictionary, {
    get: (_target, key) => (typeof key === 'string' && ranks.has(key) ? ranks.get(key) : Reflect.get(Object.prototype, key, PLAIN)),
  });
}

/** The longest word's length, as zxcvbn-ts computes it (0 for an empty list). */
export function longestWord(words: readonly (string | number)[]): number {
  let longest = words.length === 0 ? 0 : -Infinity;
  for (const word of words) longest = Math.max(longest, String(word).length);
  return longest;
}

/** Every list ranked, with its longest word: what zxcvbn-ts's Options holds after setRankedDictionaries. */
export function rankDictionaries(dictionary: Readonly<Record<string, readonly (string | number)[]>>): { ranked: RankedDictionaries; longest: Record<string, number> } {
  const ranked: RankedDictionaries = {};
  const longest: Record<string, number> = {};
  for (const [name, words] of Object.entries(dictionary)) {
    ranked[name] = rankDictionary(words);
    longest[name] = longestWord(words);
  }
  return { ranked, longest };
}
