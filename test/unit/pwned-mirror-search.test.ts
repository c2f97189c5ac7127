import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPwnedPasswordsClient, PwnedRangeCache, sha1Hex } from '../../electron/core/breach/pwned-range.ts';
import { countInRangeText, parseRangeBody } from '../../electron/core/breach/pwned-range-body.ts';
import type { PwnedPasswordOutcome } from '../../electron/core/model/schemas/pwned-passwords.ts';
import { startFakeHibp, type FakeHibp } from '../support/fake-hibp.ts';

// A local mirror's file is searched for the one suffix asked instead of parsed whole
// (pwned-range-body.ts, countInRangeText). It must answer as the whole parse did: the test mirror
// is made of the fake HIBP's padded answers (~900 lines, count-0 padding mixed in, as the service
// sends them) written as files with CRLF and with LF line ends, and in lower case as some copying
// tools leave them. Every suffix of every file is asked, padding included, and suffixes that are
// absent (one character away from a present one, or anything else).

const PASSWORDS = { password: 10_434_004, motdepasse: 1_234, azerty: 99 };
const PREFIXES = ['5BAA6', '00000', '7C4A8', 'FFFFF', 'A94A8', '3C2D1'];

let fake: FakeHibp;
let root: string;
const bodies = new Map<string, string>();

beforeAll(async () => {
  fake = await startFakeHibp({ pwnedPasswords: PASSWORDS, backgroundLinesPerRange: 450 });
  for (const password of Object.keys(PASSWORDS)) if (!PREFIXES.includes(sha1Hex(password).slice(0, 5))) PREFIXES.push(sha1Hex(password).slice(0, 5));
  for (const prefix of PREFIXES) {
    const response = await fetch(`${fake.pwnedBaseUrl}/range/${prefix}`, { headers: { 'add-padding': 'true' } });
    bodies.set(prefix, await response.text());
  }
  root = mkdtempSync(join(tmpdir(), 'hygie-mirror-search-'));
  const variants: Record<string, (body: string) => string> = {
    crlf: (body) => body, // as served: CRLF, no line end after the last line
    'crlf-trailing': (body) => `${body}\r\n`,
    lf: (body) => `${body.replaceAll('\r\n', '\n')}\n`,
    lower: (body) => body.replaceAll('\r\n', '\n').toLowerCase(),
  };
  for (const [name, make] of Object.entries(variants)) {
    mkdirSync(join(root, name));
    for (const [prefix, body] of bodies) writeFileSync(join(root, name, `${prefix}.txt`), make(body));
  }
});
afterAll(async () => {
  await fake?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** What the whole parse (the previous lookup) answers for a suffix of this body. */
function expected(parsed: ReadonlyMap<string, number>, suffix: string): PwnedPasswordOutcome {
  const count = parsed.get(suffix);
  return count ? { status: 'pwned', source: 'pwned-mirror-dir', count } : { status: 'not-pwned', source: 'pwned-mirror-dir' };
}

/** Every suffix of the body (padding included), then absent ones: near misses (one character changed) and others. */
function suffixesToAsk(body: string): string[] {
  const present = body.split('\r\n').map((line) => line.slice(0, 35));
  const flip = (char: string) => (char === '0' ? '1' : '0');
  const absent = present.slice(0, 60).flatMap((suffix) => [`${suffix.slice(0, 34)}${flip(suffix[34]!)}`, `${flip(suffix[0]!)}${suffix.slice(1)}`]);
  for (let index = 0; index < 40; index += 1) absent.push(sha1Hex(`absent-${index}`).slice(5));
  return [...present, ...absent];
}

describe('the local Pwned Passwords mirror, searched instead of parsed', () => {
  it('answers as the whole parse did, for every suffix of every file and absent ones, CRLF, LF or lower case', async () => {
    let asked = 0;
    let pwned = 0;
    for (const variant of ['crlf', 'crlf-trailing', 'lf', 'lower']) {
      const mirror = createPwnedPasswordsClient({ mirrorDir: join(root, variant), userAgent: 'Hygie/0.1.0' });
      // One cache per variant, as a job has: each file is read once, then searched for each suffix.
      const cache = new PwnedRangeCache();
      for (const [prefix, body] of bodies) {
        const parsed = parseRangeBody(body)!;
        for (const suffix of suffixesToAsk(body)) {
          const outcome = await mirror.checkSha1(`${prefix}${suffix}`, undefined, cache);
          expect(outcome, `${variant}/${prefix}.txt, suffix ${suffix}`).toEqual(expected(parsed, suffix));
          asked += 1;
          if (outcome.status === 'pwned') pwned += 1;
        }
      }
      await mirror.close();
    }
    // The fixture is what it claims: hundreds of lines per file, real and padding lines, and the
    // passwords the fake was given.
    expect(asked).toBeGreaterThan(4 * PREFIXES.length * 800);
    expect(pwned).toBeGreaterThan(4 * PREFIXES.length * 400);
    const mirror = createPwnedPasswordsClient({ mirrorDir: join(root, 'lower'), userAgent: 'Hygie/0.1.0' });
    expect(await mirror.checkPassword('password')).toEqual({ status: 'pwned', source: 'pwned-mirror-dir', count: 10_434_004 });
    expect(await mirror.checkPassword('motdepasse')).toEqual({ status: 'pwned', source: 'pwned-mirror-dir', count: 1_234 });
  });

  it('drops padding: a suffix present only with count 0 is not pwned', () => {
    const body = bodies.get('5BAA6')!;
    const padding = body.split('\r\n').filter((line) => line.endsWith(':0'));
    expect(padding.length).toBeGreaterThan(100);
    for (const line of padding) expect(countInRangeText(body, line.slice(0, 35))).toBe(0);
  });

  it('refuses what is not a range file, and a malformed line where the suffix is, as the parse did', async () => {
    const dir = join(root, 'broken');
    mkdirSync(dir);
    const hash = sha1Hex('password');
    const [prefix, suffix] = [hash.slice(0, 5), hash.slice(5)];
    const cases: [string, string][] = [
      ['', 'empty file'],
      ['<html><body>Not found</body></html>\r\n', 'an error page saved as the file'],
      [`${suffix}:\r\n`, 'a count missing'],
      [`${suffix}:12a4\r\n`, 'a count that is not a number'],
      [`${suffix}:1234567890123\r\n`, 'a count of 13 digits'],
      [`0018A45C4D1DEF81644B54AB7F969B88D65:21\r\n${suffix}:12 34\r\n`, 'two numbers on the line'],
    ];
    for (const [text, why] of cases) {
      writeFileSync(join(dir, `${prefix}.txt`), text);
      const mirror = createPwnedPasswordsClient({ mirrorDir: dir, userAgent: 'Hygie/0.1.0' });
      expect(parseRangeBody(text), why).toBeNull();
      expect(await mirror.checkSha1(hash), why).toEqual({ status: 'not-checked', source: 'pwned-mirror-dir', reason: 'malformed' });
    }
    // Blanks around a line are allowed, as the parse allowed them.
    writeFileSync(join(dir, `${prefix}.txt`), `\r\n  0018A45C4D1DEF81644B54AB7F969B88D65:21 \r\n\t${suffix}:7\t\r\n`);
    const mirror = createPwnedPasswordsClient({ mirrorDir: dir, userAgent: 'Hygie/0.1.0' });
    expect(await mirror.checkSha1(hash)).toEqual({ status: 'pwned', source: 'pwned-mirror-dir', count: 7 });
  });
});
