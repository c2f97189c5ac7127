import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Metafile } from 'esbuild';
import { buildCli, CLI_OUT_DIR, metafilePath, staticClosure, type CliSources } from '../../scripts/build-cli.ts';
import { baseEnv, runHygie, type CliRun } from '../support/cli-child.ts';
import { closeAllCores, openCore, PRACTICE } from '../support/core.ts';
import { startFakeHibp, type FakeHibp } from '../support/fake-hibp.ts';
import { testKeychainService, testSecrets } from '../support/keychain.ts';
import { pdfText } from '../support/report-checks.ts';

// The `hygie` command's bundle (scripts/build-cli.ts, out/cli), built here as `npm run build`
// builds it, then run through bin/hygie.mjs as a user runs it: the launcher picks it while it is
// current, the sources otherwise; `--help` loads none of the commands' packages; the commands
// that need a native module (SQLCipher, the keychain), the dictionaries, the HTTP client and the
// PDF library with its fonts work from it. (The other CLI tests run whichever bin/hygie.mjs picks:
// the bundle after `npm run build`, as `npm test` does, the sources before.)

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCES_JSON = join(CLI_OUT_DIR, 'sources.json');
const PWNED = 'Cabinet-Dupont-2019';
const service = testKeychainService();
const work = mkdtempSync(join(tmpdir(), 'hygie-cli-bundle-'));
let metafile: Metafile;
let fake: FakeHibp;

beforeAll(async () => {
  ({ metafile } = await buildCli());
  fake = await startFakeHibp({ pwnedPasswords: { [PWNED]: 4417 } });
}, 60_000);

afterAll(async () => {
  await fake?.close();
  await closeAllCores();
  rmSync(work, { recursive: true, force: true });
});

async function hygie(args: string[], extra: Record<string, string | undefined> = {}, stdin?: string): Promise<CliRun> {
  return runHygie(args, { env: baseEnv({ LANG: 'en_GB.UTF-8', HYGIE_DEBUG: '1', HYGIE_DATA_DIR: join(work, 'empty'), ...extra }), ...(stdin === undefined ? {} : { stdin }) });
}

/** The packages and source files an output and what it imports statically hold: what Node reads to run it. */
function loadedInputs(output: string): string[] {
  return [...staticClosure(metafile, metafilePath(CLI_OUT_DIR, output))].flatMap((file) => Object.keys(metafile.outputs[file]!.inputs));
}

const packageOf = (input: string) => /^node_modules\/((?:@[^/]+\/)?[^/]+)\//u.exec(input)?.[1] ?? null;

describe('the bundled hygie command (out/cli)', () => {
  it('starts `--help` from one entry that loads no HTTP client, no zod, no dictionaries, no PDF library, no error or report texts', async () => {
    const inputs = loadedInputs('hygie.mjs');
    expect(inputs).toContain('electron/cli/arguments.ts');
    expect(inputs).toContain('electron/core/text/cli.fr.ts');
    expect([...new Set(inputs.map(packageOf).filter((name) => name !== null))]).toEqual([]);
    expect(inputs.filter((input) => /core\/text\/(errors|report|pdf|password|recovery)\./u.test(input))).toEqual([]);
    // Each command is a chunk of its own, loaded when it runs: the password check brings the
    // dictionaries, zod and undici (so the first check above can fail).
    const password = Object.keys(metafile.outputs).find((file) => /\/chunks\/password-command-[^/]+\.mjs$/u.test(file))!;
    const passwordPackages = new Set(loadedInputs(password.slice(metafilePath(CLI_OUT_DIR, '').length)).map(packageOf));
    for (const name of ['@zxcvbn-ts/core', '@zxcvbn-ts/language-fr', 'zod', 'undici']) expect(passwordPackages).toContain(name);

    const run = await hygie(['--help']);
    expect(run.stderr).toBe('hygie: from the bundle (out/cli)\n');
    expect(run.stdout).toContain('hygie password');
    expect(run.code).toBe(0);
  });

  it('checks a password from the bundle: dictionaries, policy, and the range through the bundled HTTP client', async () => {
    const run = await hygie(['password', '--lang', 'en'], { HYGIE_PWNED_BASE_URL: fake.pwnedBaseUrl }, `${PWNED}\n`);
    expect(run.stderr).toContain('hygie: from the bundle (out/cli)');
    expect(run.stdout).toMatch(/4,417/u);
    expect(run.code).toBe(1);
    expect(fake.log.some((entry) => entry.path.includes('/range/'))).toBe(true);
  });

  it('writes a report from an encrypted store, its key in the keychain: the native modules and the PDF fonts resolve from the bundle', async () => {
    const core = openCore({ secrets: testSecrets(service) });
    await core.call('practice.save', PRACTICE);
    await core.call('staff.create', { firstName: 'Hélène', lastName: 'Lefèvre', role: 'secretary', roleLabel: null, emails: ['helene.lefevre@cabinet-dupont.fr'], services: ['amelipro'] });
    core.close();
    const pdf = join(work, 'rapport.pdf');
    const run = await hygie(['report', '--pdf', pdf, '--lang', 'fr'], { HYGIE_DATA_DIR: core.dataDir, HYGIE_KEYCHAIN_SERVICE: service });
    expect(run.stderr).toContain('hygie: from the bundle (out/cli)');
    expect(run.code, run.stderr).toBe(0);
    const text = await pdfText(pdf);
    expect(text).toContain(PRACTICE.name);
    expect(text).toContain('Hélène Lefèvre');
  }, 60_000);

  it('runs the sources instead while the bundle is older than a file it was made from, or one is gone, or when asked', async () => {
    const original = readFileSync(SOURCES_JSON, 'utf8');
    const sources = JSON.parse(original) as CliSources;
    expect(sources.files).toContain('electron/cli/main.ts');
    expect(sources.files).toContain('package-lock.json');
    expect(sources.files.every((file) => existsSync(join(ROOT, file)))).toBe(true);
    // A file newer than the bundle (as after an edit or a `git pull`): listed beside the real ones.
    const edited = join(ROOT, 'out', `cli-bundle-test-${process.pid}.ts`);
    writeFileSync(edited, '');
    const later = new Date(Date.now() + 60_000);
    utimesSync(edited, later, later);
    try {
      writeFileSync(SOURCES_JSON, JSON.stringify({ files: [...sources.files, `out/cli-bundle-test-${process.pid}.ts`] }));
      const stale = await hygie(['--version']);
      expect(stale.stderr).toBe(`hygie: from the sources (bundle: out/cli-bundle-test-${process.pid}.ts is newer)\n`);
      expect(stale.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);

      writeFileSync(SOURCES_JSON, JSON.stringify({ files: [...sources.files, 'electron/cli/removed-since.ts'] }));
      expect((await hygie(['--version'])).stderr).toBe('hygie: from the sources (bundle: electron/cli/removed-since.ts is gone)\n');
    } finally {
      writeFileSync(SOURCES_JSON, original);
      rmSync(edited, { force: true });
    }
    expect((await hygie(['--version'], { HYGIE_CLI_SOURCES: '1' })).stderr).toBe('hygie: from the sources (bundle: HYGIE_CLI_SOURCES=1)\n');
    const current = await hygie(['--version']);
    expect(current.stderr).toBe('hygie: from the bundle (out/cli)\n');
    expect(current.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });
});
