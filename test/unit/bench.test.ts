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
    for (const figure of ['roster import, 200 rows', 'open + migrate a new store', 'reopen a store of 200 people', 'e-mail breach checks, 40 e-mails at 20 RPM', 'pwned-password checks, 200 passwords, 8 in flight\n']) {
      expect(stdout).toContain(figure);
    }
    expect(stdout.match(/ratio \d+\.\d\d×/gu)).toHaveLength(5);
    expect(stdout.match(/peer {2}\S.+(papaparse|plain SQLite|the RPM floor|hibp npm pwnedPassword)/gu)).toHaveLength(5);
    // The e-mail figure counts what the rate limit cost: nothing may be lost on the way.
    expect(stdout).toMatch(/e-mail breach checks, 40 e-mails at 20 RPM \(time ×300\), 0 lost, 0 refused with 429\n/u);
  }, 30_000);
});
