import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import { describe, expect, it } from 'vitest';
import { mixedPasswords } from '../../bench/password-bench.ts';
import { rankDictionary } from '../../electron/core/password/ranked-dictionaries.ts';
import { factoryOptions, strengthDictionary, strengthFactory } from '../../electron/core/password/strength.ts';

// strength.ts gives zxcvbn-ts its dictionaries ranked through Maps (ranked-dictionaries.ts, for
// `hygie password`'s start-up) instead of letting it rank them into plain objects: the estimates
// must not change by one guess. Every field of zxcvbn's answer (but the time it took) is compared
// with a factory that ranked the same dictionaries itself, over the benchmark's mixed list and the
// words a plain object answers from its prototype.

const withoutTime = ({ calcTime: _calcTime, ...result }: ZxcvbnResult) => result;

describe('the dictionaries ranked for zxcvbn-ts', () => {
  it('answer as a plain object would: ranks from 1, a later duplicate winning, Object.prototype behind', () => {
    const words = ['alpha', 'beta', 'alpha', 7, '__proto__', 'constructor'];
    const ranked = rankDictionary(words);
    const plain: Record<string, number> = {};
    words.forEach((word, index) => (plain[word] = index + 1));
    for (const key of ['alpha', 'beta', '7', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'gamma', 'valueOf']) {
      expect(ranked[key], key).toBe(plain[key]);
    }
    expect(rankDictionary([])['constructor']).toBe(Object);
  });

  it('give the same estimates, to the guess, as zxcvbn-ts ranking them itself', () => {
    const reference = new ZxcvbnFactory(factoryOptions(strengthDictionary()));
    const ours = strengthFactory();
    const passwords = [
      ...mixedPasswords(300),
      'constructor',
      'Constructor2024!',
      '__proto__',
      'tostring',
      'hasownproperty',
      'rougeorangejaune',
      'lundimardi',
      'Cabinet-Dupont-2019',
      'P4$$w0rd',
      'correct horse battery staple',
    ];
    const userInputs = ['dupont', 'villeurbanne', 'cabinet'];
    for (const password of passwords) {
      expect(withoutTime(ours.check(password, userInputs)), password).toEqual(withoutTime(reference.check(password, userInputs)));
    }
  }, 60_000);
});
