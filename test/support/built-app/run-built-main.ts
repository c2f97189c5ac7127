import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { SCHEMA_VERSION } from '../../../electron/core/store/migrations.ts';

// The parent side of electron-stand-in.ts: run a built main bundle in a child Node process the
// way Electron runs package.json's `main`, and collect what the stand-in saw.

export const ROOT = resolve(import.meta.dirname, '../../..');
const STAND_IN = join(import.meta.dirname, 'electron-stand-in.ts');
const REPORT_PREFIX = 'HYGIE-STAND-IN ';

/** The shipped files, as `npx electron-vite build` (run by `npm test`) writes them. */
export function builtApp(root = ROOT) {
  const app = {
    main: join(root, 'out/main/index.cjs'),
    preload: join(root, 'out/preload/index.cjs'),
    renderer: join(root, 'out/renderer/index.html'),
  };
  const missing = Object.values(app).filter((path) => !existsSync(path));
  if (missing.length > 0) {
    throw new Error(
      `The built app is missing (${missing.join(', ')}). These tests run the shipped bundles: build them first with ` +
        '`npm run build` (`npm test` does it before the tests).',
    );
  }
  // A bundle older than the code it is built from would test yesterday's app.
  const built = Math.min(statSync(app.main).mtimeMs, statSync(app.preload).mtimeMs);
  const newer = sourcesNewerThan(join(root, 'electron'), built);
  if (newer) throw new Error(`out/ is older than ${newer}: rebuild with \`npm run build\` (\`npm test\` does it), then run the tests again.`);
  return app;
}

function sourcesNewerThan(dir: string, time: number): string | undefined {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|json)$/u.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    if (statSync(path).mtimeMs > time) return path;
  }
  return undefined;
}

export interface StandInReport {
  beforeReady: string[];
  window?: { url: string; shown: boolean; webPreferences: Record<string, unknown>; preloadExists: boolean };
  served?: Record<string, number>;
  storeStatus?: { ok: boolean; value?: Record<string, unknown>; error?: { code: string } };
  practiceSave?: { ok: boolean };
  reportGenerate?: { ok: boolean; value?: { files: Array<{ format: string; path: string; bytes: number; exists: boolean }> } };
  menu?: string[];
  loaded?: { modules: string[]; native: string[]; read: string[]; preload: string };
  driverError?: string;
}

export interface BuiltMainRun {
  /** null when the process was killed (it did not end by itself in time). */
  code: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  report: StandInReport | undefined;
}

/**
 * Start `entry` under the stand-in Electron, in a fresh Node: `require('electron')` is the only
 * thing changed. `require()` of an ES module is turned off (--no-experimental-require-module), as
 * in the Node versions before 22.12: a CommonJS main that needs it is a bundling mistake this
 * test is there to catch, whatever a given Electron's Node happens to allow.
 */
export function runBuiltMain(entry: string, env: NodeJS.ProcessEnv, timeoutMs = 30_000): Promise<BuiltMainRun> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete childEnv.NODE_OPTIONS; // nothing of the test runner's own loader options
  // The stand-in is TypeScript: Node strips the types itself from 22.18 on, earlier 22.x with the flag.
  const stripTypes = (process.features as { typescript?: unknown }).typescript ? [] : ['--experimental-strip-types'];
  const flags = [...stripTypes, '--no-experimental-require-module', '--import', pathToFileURL(STAND_IN).href];
  const child = spawn(process.execPath, [...flags, entry], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((done) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((text) => text.startsWith(REPORT_PREFIX));
      const report = line ? (JSON.parse(line.slice(REPORT_PREFIX.length)) as StandInReport) : undefined;
      done({ code, timedOut, stdout, stderr, report });
    });
  });
}

/** What a healthy start looks like: the window, store.status answered by a new store, exit 0 after quit. */
export function expectStartedAndAnswered(run: BuiltMainRun): void {
  expect(run.report, `no report from the stand-in; stderr:\n${run.stderr}`).toBeDefined();
  expect(run.report!.driverError, run.report!.driverError).toBeUndefined();
  expect(run.report!.window?.url).toBe('app://hygie/index.html');
  expect(run.report!.storeStatus).toEqual({
    ok: true,
    value: { state: 'ready', practiceConfigured: false, schemaVersion: SCHEMA_VERSION },
  });
  expect(run.timedOut, 'still running after app.quit(): something the app opened keeps it alive').toBe(false);
  expect(run.code).toBe(0);
}

/** Start a built main bundle on a fresh data folder and keychain service; a practice saved and a report generated unless told otherwise. */
export async function startBuiltMain(
  entry: string,
  place: { dataDir: string; keychainService: string },
  practice: object | undefined,
): Promise<BuiltMainRun> {
  return runBuiltMain(entry, {
    HYGIE_DATA_DIR: place.dataDir,
    HYGIE_KEYCHAIN_SERVICE: place.keychainService,
    ...(practice ? { HYGIE_STAND_IN_PRACTICE: JSON.stringify(practice) } : {}),
  });
}
