import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMainVariant } from '../support/built-app/build-variant.ts';
import { builtApp, expectStartedAndAnswered, ROOT, startBuiltMain } from '../support/built-app/run-built-main.ts';
import { PRACTICE } from '../support/core.ts';
import { forgetTestSecrets, testKeychainService, testSecrets } from '../support/keychain.ts';
import { assertNoKeychainSecretsIn } from '../support/secret-scan.ts';

// Issue 13, "The built app, started for real with a stand-in Electron". The main-process tests
// run startApp from the sources; users run out/main/index.cjs. Here that very file runs in a
// child Node process with `require('electron')` answered by the suite's fake Electron (and nothing
// else changed — test/support/built-app/electron-stand-in.ts): it must start up to its window,
// answer store.status against a real data folder and the real keychain, generate a report
// (pdfmake and its fonts are loaded lazily, from wherever the bundle sits), and quit cleanly.
// A bundle broken on purpose (an ESM-only package required from the CommonJS main) fails it.

const temporary: string[] = [];
afterAll(async () => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
  await forgetTestSecrets();
});

async function start(entry: string, { practice = true } = {}) {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'hygie-built-')), 'data');
  temporary.push(join(dataDir, '..'));
  const service = testKeychainService();
  const keychain = testSecrets(service);
  const run = await startBuiltMain(entry, { dataDir, keychainService: service }, practice ? PRACTICE : undefined);
  return { run, dataDir, keychain };
}

describe('the built main bundle, under a stand-in Electron', () => {
  let started: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    started = await start(builtApp().main);
  }, 60_000);

  it('starts up to its window: sandbox and app:// set before ready, every web preference of the checklist', () => {
    const { run } = started;
    expectStartedAndAnswered(run);
    expect(run.report!.beforeReady).toEqual(['enableSandbox', 'registerSchemesAsPrivileged']);
    const window = run.report!.window!;
    expect(window.shown).toBe(true);
    expect(window.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: join(ROOT, 'out/preload/index.cjs'),
    });
    expect(window.preloadExists).toBe(true);
    expect(run.report!.menu).toEqual(['&Fichier', 'É&dition', '&Affichage', 'Fe&nêtre']);
  });

  it('serves the built page, every file it links to and every chunk loaded later through app://', () => {
    const served = started.run.report!.served!;
    const html = readFileSync(join(ROOT, 'out/renderer/index.html'), 'utf8');
    const linked = [...html.matchAll(/(?:src|href)="\.?\/?([^":]+)"/gu)].map((match) => match[1]!);
    expect(linked.length).toBeGreaterThanOrEqual(2);
    // The pages but the dashboard, the setup screens and the English texts are chunks of their own
    // (issue 19): each reached from the page's scripts, and in the list the handler made at start.
    const scripts = readdirSync(join(ROOT, 'out/renderer/assets')).filter((name) => name.endsWith('.js')).map((name) => `assets/${name}`);
    for (const chunk of [/^assets\/StaffPage-/u, /^assets\/PracticeSetupScreen-/u, /^assets\/messages\.en-/u]) {
      expect(scripts.some((path) => chunk.test(path) && !linked.includes(path)), String(chunk)).toBe(true);
    }
    expect(served).toEqual(Object.fromEntries([['index.html', 200], ...[...new Set([...linked, ...scripts])].map((path) => [path, 200])]));
  });

  it('answers store.status through the IPC handler it registered: a real encrypted store, its key in the keychain', async () => {
    const { dataDir, keychain } = started;
    expect(await keychain.get('database-key')).toMatch(/^[0-9a-f]{64}$/u);
    expect(existsSync(join(dataDir, 'hygie.db'))).toBe(true);
    await assertNoKeychainSecretsIn(dataDir, keychain);
  });

  it('generates a report: pdfmake and its fonts load from where the bundle is', () => {
    const { run } = started;
    expect(run.report!.practiceSave).toMatchObject({ ok: true });
    const generated = run.report!.reportGenerate!;
    expect(generated).toMatchObject({ ok: true });
    const pdf = generated.value!.files.find((file) => file.format === 'pdf')!;
    expect(pdf.exists).toBe(true);
    expect(readFileSync(pdf.path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(run.report!.loaded!.read.filter((path) => path.endsWith('.ttf')).length).toBeGreaterThan(0);
  });

  it('loads its native modules (SQLCipher, keytar) from node_modules', () => {
    const native = started.run.report!.loaded!.native.map((path) => path.slice(ROOT.length + 1));
    expect(native.some((path) => path.startsWith('node_modules/better-sqlite3-multiple-ciphers/') && path.endsWith('.node'))).toBe(true);
    expect(native.some((path) => path.startsWith('node_modules/@github/keytar/') && path.endsWith('.node'))).toBe(true);
  });

  it('quits cleanly: will-quit closes the store (its WAL folded back), then the process ends by itself', () => {
    const { run, dataDir } = started;
    expect(run.timedOut, 'the process was still running after app.quit(): something the app opened keeps it alive').toBe(false);
    expect(run.code).toBe(0);
    expect(existsSync(join(dataDir, 'hygie.db-wal'))).toBe(false);
    expect(run.stderr).not.toMatch(/Error|Warning|hygie:/u);
  });
});

describe('without a build', () => {
  it('says to build first, rather than testing nothing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'hygie-unbuilt-'));
    temporary.push(empty);
    expect(() => builtApp(empty)).toThrow(/The built app is missing .*out\/main\/index\.cjs.*`npm run build`/u);
  });
});

describe('a main bundle broken on purpose', () => {
  it('fails the same test when the CommonJS main requires an ESM-only package (@scure/bip39 left external)', async () => {
    builtApp();
    // electron-vite with the project's configuration, but every dependency left external: the
    // ESM-only @scure/bip39, which the configuration bundles on purpose, becomes a require().
    const broken = buildMainVariant('esm-only-require');
    expect(readFileSync(broken, 'utf8')).toMatch(/require\("@scure\/bip39\/wordlists\/english\.js"\)/u);
    const { run } = await start(broken, { practice: false });
    expect(() => expectStartedAndAnswered(run)).toThrow();
    expect(run.report).toBeUndefined(); // it never reached its window
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/ERR_REQUIRE_ESM/u);
    expect(run.stderr).toMatch(/@scure\/bip39/u);
  }, 60_000);
});
