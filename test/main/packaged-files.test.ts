import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageApp, removePackagedApp, type PackagedApp } from '../support/built-app/package-app.ts';
import { builtApp, expectStartedAndAnswered, ROOT, startBuiltMain, type BuiltMainRun } from '../support/built-app/run-built-main.ts';
import { PRACTICE } from '../support/core.ts';
import { forgetTestSecrets, testKeychainService, testSecrets } from '../support/keychain.ts';

// Issue 13: every file the app loads must be inside what electron-builder would ship. The built
// main runs once from the project (recording each module, native .node file and file it reads),
// electron-builder packs the app with the project's configuration (its `files` and `asarUnpack`
// globs and its own collection of production dependencies — package-app.ts), and then:
// - each file the app loaded from the project is in the archive, native modules unpacked (a
//   dependency's file is looked for by package name, version and path inside the package:
//   electron-builder hoists afresh — the project's top-level @noble/hashes 1.8.0, pdfkit's, ends up
//   under node_modules/pdfkit/node_modules in the package, @scure/bip39's 2.4.0 at the top);
// - the packed app, extracted, runs by itself: nothing is loaded from the project's folder.

const PACKAGE_ROOT = /^(.*node_modules\/(?:@[^/]+\/)?[^/@][^/]*)\/(.+)$/u;

/** 'node_modules/a/node_modules/@s/b/lib/x.js' → { id: '@s/b@1.2.3', inner: 'lib/x.js' }, read from `tree`'s package.json. */
function dependencyFile(tree: string, path: string, readJson: (path: string) => { name: string; version: string }) {
  const match = PACKAGE_ROOT.exec(path);
  if (!match) return undefined;
  const [, root, inner] = match as unknown as [string, string, string];
  const { name, version } = readJson(join(tree, root, 'package.json'));
  return { id: `${name}@${version}`, root, inner };
}

const readPackageJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { name: string; version: string };

/** The package's dependencies: 'name@version' → the folders holding that version in the archive. */
function dependencyFolders(app: PackagedApp): Map<string, string[]> {
  const folders = new Map<string, string[]>();
  for (const file of app.files) {
    const folder = file.slice(0, -'/package.json'.length);
    if (!file.endsWith('/package.json') || PACKAGE_ROOT.exec(`${folder}/x`)?.[1] !== folder) continue;
    const { name, version } = readPackageJson(join(app.extracted, file));
    folders.set(`${name}@${version}`, [...(folders.get(`${name}@${version}`) ?? []), folder]);
  }
  return folders;
}

/** Where a file the app loaded from the project is in the package (its package may sit elsewhere there), if it is. */
function packagedPath(app: PackagedApp, folders: Map<string, string[]>, path: string): string | undefined {
  if (!path.startsWith('node_modules/')) return app.files.has(path) ? path : undefined;
  const wanted = dependencyFile(ROOT, path, readPackageJson)!;
  return (folders.get(wanted.id) ?? []).map((folder) => `${folder}/${wanted.inner}`).find((file) => app.files.has(file));
}

const temporary: string[] = [];
let packaged: PackagedApp | undefined;

async function run(entry: string): Promise<BuiltMainRun> {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'hygie-packaged-')), 'data');
  temporary.push(join(dataDir, '..'));
  const keychainService = testKeychainService();
  testSecrets(keychainService);
  return startBuiltMain(entry, { dataDir, keychainService }, PRACTICE);
}

/** The files of `tree` the app loaded (modules, native modules, files read, the preload), relative to it. */
function loadedFrom(tree: string, loaded: NonNullable<NonNullable<BuiltMainRun['report']>['loaded']>): string[] {
  const paths = [...loaded.modules, ...loaded.native, ...loaded.read, loaded.preload];
  return [...new Set(paths)]
    .filter((path) => path.startsWith(tree + sep))
    .map((path) => relative(tree, path).split(sep).join('/'))
    .filter((path) => !path.startsWith('test/')) // the stand-in Electron itself
    .sort();
}

let fromProject: BuiltMainRun;
let fromPackage: BuiltMainRun;
let folders: Map<string, string[]>;

beforeAll(async () => {
  builtApp();
  fromProject = await run(join(ROOT, 'out/main/index.cjs'));
  packaged = packageApp();
  folders = dependencyFolders(packaged);
  fromPackage = await run(join(packaged.extracted, 'out/main/index.cjs'));
}, 180_000);

afterAll(async () => {
  removePackagedApp(packaged);
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
  await forgetTestSecrets();
});

describe('what electron-builder would ship', () => {
  it('holds every file the built app loads: its bundles, the page, node_modules, fonts, native modules', () => {
    expectStartedAndAnswered(fromProject);
    const loaded = loadedFrom(ROOT, fromProject.report!.loaded!);
    // What the run went through, so that this cannot pass on an empty list.
    expect(loaded).toEqual(
      expect.arrayContaining([
        'out/main/index.cjs',
        'out/preload/index.cjs',
        'out/renderer/index.html',
        'node_modules/better-sqlite3-multiple-ciphers/lib/index.js',
        'node_modules/@github/keytar/lib/keytar.js',
        'node_modules/pdfmake/fonts/Roboto/Roboto-Regular.ttf',
      ]),
    );
    expect(loaded.filter((path) => path.endsWith('.node'))).toHaveLength(2);
    const missing = loaded.filter((path) => !packagedPath(packaged!, folders, path));
    expect(missing, 'loaded by the app but left out of app.asar').toEqual([]);
  });

  it('unpacks every native module (asarUnpack), the two the app loads among them', () => {
    const native = [...packaged!.files].filter((path) => path.endsWith('.node'));
    expect(native.filter((path) => !packaged!.unpacked.has(path))).toEqual([]);
    const loadedNative = loadedFrom(ROOT, fromProject.report!.loaded!).filter((path) => path.endsWith('.node'));
    for (const path of loadedNative) expect(packaged!.unpacked.has(packagedPath(packaged!, folders, path) ?? ''), path).toBe(true);
    expect(loadedNative.some((path) => path.startsWith('node_modules/better-sqlite3-multiple-ciphers/'))).toBe(true);
    expect(loadedNative.some((path) => path.startsWith('node_modules/@github/keytar/'))).toBe(true);
  });

  it('runs from the package alone: window, store.status, a report — nothing loaded from the project', () => {
    expectStartedAndAnswered(fromPackage);
    expect(fromPackage.report!.window!.preloadExists).toBe(true);
    const served = fromPackage.report!.served!;
    expect(Object.keys(served)).toEqual(Object.keys(fromProject.report!.served!));
    expect(Object.values(served).every((status) => status === 200), JSON.stringify(served)).toBe(true);
    expect(fromPackage.report!.reportGenerate).toMatchObject({ ok: true });
    const loaded = fromPackage.report!.loaded!;
    const fromProjectFolder = [...loaded.modules, ...loaded.native, loaded.preload].filter(
      (path) => path.startsWith(ROOT + sep) && !path.startsWith(join(ROOT, 'test') + sep),
    );
    expect(fromProjectFolder).toEqual([]);
    expect(loadedFrom(packaged!.extracted, loaded).filter((path) => path.endsWith('.node'))).toHaveLength(2);
  });

  it('leaves out sources, tests, source maps and the build tools', () => {
    const files = [...packaged!.files];
    expect(files.filter((path) => /^(electron|renderer|test|bench|scripts)\//u.test(path))).toEqual([]);
    expect(files.filter((path) => path.endsWith('.map') && path.startsWith('out/'))).toEqual([]);
    for (const tool of ['electron', 'electron-builder', 'electron-vite', 'vitest', 'playwright-core', 'typescript']) {
      expect(files.some((path) => path.startsWith(`node_modules/${tool}/`)), tool).toBe(false);
    }
  });
});
