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
    for (const figure of ['roster import, 200 rows', 'open + migrate a new store', 'reopen a store of 200 people']) {
      expect(stdout).toContain(figure);
    }
    expect(stdout.match(/ratio \d+\.\d\d×/gu)).toHaveLength(3);
    expect(stdout.match(/peer {2}\S.+(papaparse|plain SQLite)/gu)).toHaveLength(3);
  }, 30_000);
});
