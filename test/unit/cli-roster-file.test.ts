import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../electron/core/model/schemas/roster-import.ts';
import { baseEnv, runHygie, type CliRun } from '../support/cli-child.ts';

// Issue 13 F5: `--roster` names a file to read, and only a regular file is one. A device
// (/dev/zero never ends, and reports a size of 0), a FIFO (opening it waits for a writer), or a
// folder is refused at once with exit 2; a regular file is read with the app's import cap
// (MAX_IMPORT_BYTES), whatever its reported size. No HIBP is needed: nothing gets that far.

const work = mkdtempSync(join(tmpdir(), 'hygie-cli-roster-'));
const dataDir = mkdtempSync(join(tmpdir(), 'hygie-cli-roster-data-'));

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

function hygie(roster: string, language: 'fr' | 'en'): Promise<CliRun> {
  return runHygie(['audit', '--roster', roster, '--lang', language], {
    // A key that would be refused, and an address nothing answers on: never reached.
    env: baseEnv({ HYGIE_DATA_DIR: dataDir, HIBP_API_KEY: '0123456789abcdef0123456789abcdef', HYGIE_HIBP_BASE_URL: 'http://127.0.0.1:9/api/v3' }),
    // Before the fix /dev/zero filled memory and a FIFO waited forever: stop them, and fail.
    killAfterMs: 15_000,
  });
}

const NOT_A_FILE = {
  fr: /n’est pas un fichier ordinaire .*\u202f: il n’a pas été lu. Donnez à --roster le chemin du fichier CSV de la liste du personnel/u,
  en: /is not a regular file .*Give --roster the path of the staff list's CSV file/u,
};

describe('hygie audit --roster refuses what is not a regular file', () => {
  it.runIf(existsSync('/dev/zero'))('a device (/dev/zero): exit 2 at once, in French and English', async () => {
    for (const language of ['fr', 'en'] as const) {
      const run = await hygie('/dev/zero', language);
      expect(run.signal, 'killed: the CLI kept reading /dev/zero').toBeNull();
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(NOT_A_FILE[language]);
      expect(run.stderr).toContain('/dev/zero');
      expect(run.stdout).toBe('');
    }
  });

  it.runIf(process.platform !== 'win32')('a FIFO (mkfifo): exit 2 at once instead of waiting for a writer', async () => {
    const fifo = join(work, 'personnel.csv');
    execFileSync('mkfifo', [fifo]);
    for (const language of ['fr', 'en'] as const) {
      const run = await hygie(fifo, language);
      expect(run.signal, 'killed: the CLI waited on the FIFO').toBeNull();
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(NOT_A_FILE[language]);
    }
  });

  it('a folder', async () => {
    const folder = join(work, 'folder.csv');
    mkdirSync(folder);
    const run = await hygie(folder, 'en');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(NOT_A_FILE.en);
  });

  it('a regular file over the import cap: refused with the app’s own message', async () => {
    const big = join(work, 'big.csv');
    writeFileSync(big, `Nom;Prénom;E-mail\n${'x'.repeat(MAX_IMPORT_BYTES)}\n`);
    const run = await hygie(big, 'en');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('The file is too large for a staff list (20 MB at most).');
  });
});
