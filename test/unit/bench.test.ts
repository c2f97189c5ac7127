import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// Keeps `npm run bench` working: its quick mode must print every figure with its peer and ratio.
// (Timings themselves are never asserted: machines differ.)
describe('npm run bench', () => {
  it('prints each measurement beside a named peer and their ratio', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['bench/run.ts', '--quick'], {
      cwd: resolve(import.meta.dirname, '../..'),
    });
    for (const figure of ['roster import, 200 rows', 'open + migrate a new store', 'reopen a store of 200 people', 'e-mail breach checks, 40 e-mails at 20 RPM', 'roster check, 40 addresses on a verified domain at 100 RPM', 'pwned-password checks, 200 passwords, 8 in flight\n', 'password assessments, 200 mixed passwords', 'renderer bundle (minified JavaScript)', 'report generation, 5 staff', 'report generation, 10 staff', 'report generation, 20 staff', 'report generation, growth']) {
      expect(stdout).toContain(figure);
    }
    expect(stdout.match(/ratio -?\d+\.\d\d×/gu)).toHaveLength(12);
    expect(
      stdout.match(/peer {2}(?=\S).*(papaparse|plain SQLite|the RPM floor|one by one, --no-domain-search|hibp npm pwnedPassword|zxcvbn npm, Dropbox's original|the same renderer with zxcvbn-ts|pdfkit writing the same \d+ rows as plain text lines|linear growth \(1\.00\))/gu),
    ).toHaveLength(12);
    // The renderer never carries the dictionaries: it is the smaller of the two bundles.
    expect(Number(/renderer bundle.*\n.*\n.*\n {4}ratio (\d+\.\d\d)× \(Hygie \/ peer, lower is better\)/u.exec(stdout)?.[1])).toBeLessThan(1);
    // The e-mail figure counts what the rate limit cost: nothing may be lost on the way.
    expect(stdout).toMatch(/e-mail breach checks, 40 e-mails at 20 RPM \(time ×300\), 0 lost, 0 refused with 429\n/u);
    // The domain search answers every address of the verified domain in one call, none per address.
    expect(stdout).toMatch(/roster check, 40 addresses on a verified domain at 100 RPM \(time ×300, fake's clock\)\n {4}Hygie \S+ s with the domain search \(\d+ keyed calls: 1 domain search, 0 per address\)\n {4}peer {2}\S+ s one by one, --no-domain-search \(\d+ keyed calls: 0 domain search, 40 per address\)/u);
  }, 90_000);
});
