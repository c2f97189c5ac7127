import zxcvbn from 'zxcvbn';
import { dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as frDictionary } from '@zxcvbn-ts/language-fr';
import type { PolicyId } from '../electron/core/model/schemas/practice.ts';
import { assessPassword } from '../electron/core/password/assess-password.ts';
import type { PasswordContext } from '../electron/core/password/context-words.ts';
import type { Line } from './store-bench.ts';

// Issue 5's figure: password assessments per second over a mixed list: Hygie's whole assessment
// (zxcvbn-ts with the common, French and English dictionaries, the practice's context words, every
// policy) against Dropbox's original `zxcvbn` (English dictionaries, strength only), same
// passwords, same run. Hygie does more per password; the ratio says what that costs. (The
// renderer never carries the dictionaries: test/unit/renderer-bundle.test.ts holds that; the
// renderer's weight is renderer-bench.ts's, read from the real build.)

const CONTEXT: PasswordContext = {
  practice: { name: 'Cabinet médical Dupont', city: 'Villeurbanne', profession: 'general-practice' },
  person: { firstName: 'Hélène', lastName: 'Lefèvre', emails: ['helene.lefevre@cabinet-dupont.fr'] },
};

/** A deterministic PRNG (mulberry32): the same list in every run, so runs compare. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * What a practice's passwords look like: common passwords, French words with a year and a
 * symbol, names, the practice's own words, random strings of every length, passphrases.
 */
export function mixedPasswords(count: number): string[] {
  const random = prng(2022);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const common = (commonDictionary['passwords-common'] as string[]).slice(0, 5_000);
  const french = (frDictionary['commonWords-fr'] as string[]).slice(0, 5_000);
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%&*?-_.';
  const shapes: (() => string)[] = [
    () => pick(common),
    () => `${pick(french)}${1950 + Math.floor(random() * 75)}${pick(['!', '?', '*', ''])}`,
    () => `${pick(french).replace(/^./u, (c) => c.toUpperCase())}${Math.floor(random() * 1000)}`,
    () => `${pick(['Cabinet', 'Dupont', 'Amelipro', 'Docteur', 'Pharmacie'])}${pick(['Dupont', 'Villeurbanne', '69', ''])}${2015 + Math.floor(random() * 11)}!`,
    () => Array.from({ length: 8 + Math.floor(random() * 13) }, () => pick([...alphabet])).join(''),
    () => Array.from({ length: 4 + Math.floor(random() * 4) }, () => pick(french)).join(pick(['-', ' ', '.'])),
  ];
  return Array.from({ length: count }, (_, index) => shapes[index % shapes.length]!());
}

function rate(count: number, ms: number): string {
  return `${Math.round((count / ms) * 1000).toLocaleString('en-GB')} assessments/s`;
}

async function assessmentsLine(count: number): Promise<Line> {
  const passwords = mixedPasswords(count);
  const facts = { mfa: false, admin: false, lockout: false };
  const policy: PolicyId = 'cnil-2022';
  // The first call builds the dictionaries (about 0.2 s, once per process): not part of the rate.
  assessPassword('warm-up', { context: CONTEXT, facts, policy });
  zxcvbn('warm-up');

  let start = performance.now();
  let weak = 0;
  for (const password of passwords) if (assessPassword(password, { context: CONTEXT, facts, policy }).strength.score < 3) weak += 1;
  const hygieMs = performance.now() - start;

  start = performance.now();
  let peerWeak = 0;
  for (const password of passwords) if (zxcvbn(password).score < 3) peerWeak += 1;
  const peerMs = performance.now() - start;

  return {
    name: `password assessments, ${count.toLocaleString('en-GB')} mixed passwords (${weak} weak for Hygie, ${peerWeak} for the peer)`,
    hygie: `${rate(count, hygieMs)} (zxcvbn-ts common+fr+en, context words, 4 policies)`,
    peer: `${rate(count, peerMs)} (zxcvbn npm, Dropbox's original, English only, strength only)`,
    ratio: `${(peerMs / hygieMs).toFixed(2)}×`,
    higherIsBetter: true,
  };
}

export async function passwordBench(count: number): Promise<Line[]> {
  return [await assessmentsLine(count)];
}
