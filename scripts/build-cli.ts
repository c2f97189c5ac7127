// The `hygie` command as one bundle (out/cli): `npm run build` makes it (electron.vite.config.ts
// runs this after the main bundle), `node scripts/build-cli.ts` alone too. bin/hygie.mjs runs it
// when it is there and current, the TypeScript sources otherwise.
//
// - One entry (electron/cli/main.ts's main()); each command is a dynamic import in main.ts, so
//   esbuild splits it into a chunk of its own, loaded only when that command runs.
// - Our sources and the plain JavaScript packages (zod, undici, zxcvbn-ts and its dictionaries,
//   papaparse, iconv-lite…) are bundled: no type stripping and a few files to read at start-up.
// - Left to node_modules: the native modules (keytar, SQLCipher), whose loaders find their
//   `.node` files relative to their own package, and pdfmake, required at run time through
//   createRequire (core/report/pdf-engine.ts) with its Roboto fonts resolved from its package. out/cli
//   sits inside the checkout, so Node finds all three in node_modules as it would from the sources.
// - `sources.json` lists the checkout's files the bundle was made from: bin/hygie.mjs runs the
//   bundle only while none of them is newer than it (after a `git pull` or an edit, the sources run
//   until the next build), so a stale bundle never answers for newer code.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';

// From import.meta.url, not import.meta.dirname: electron-vite bundles this file into its config and
// sets import.meta.url per file, import.meta.dirname not.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI_OUT_DIR = join(ROOT, 'out/cli');
export const CLI_ENTRY_FILE = 'hygie.mjs';

/** Packages left to node_modules: native modules, and pdfmake (fonts beside it, required at run time). */
export const CLI_EXTERNAL = ['@github/keytar', 'better-sqlite3-multiple-ciphers', 'pdfmake'];

/** What bin/hygie.mjs reads to tell whether the bundle is current. */
export interface CliSources {
  /** Paths relative to the checkout, with `/`. */
  files: string[];
}

export interface BuiltCli {
  outDir: string;
  metafile: Metafile;
}

/**
 * Bundles the CLI into `outDir`, replacing what was there in one rename, so that a `hygie` started
 * meanwhile finds the old bundle, the new one or none (then it runs the sources), never half of one.
 */
export async function buildCli(outDir: string = CLI_OUT_DIR): Promise<BuiltCli> {
  const staging = `${outDir}.building-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const result = await build({
    // The report's and the sheet's worker threads beside the chunks, where core/report/report-thread.ts
    // and core/hardening/walkthrough-sheet-thread.ts look for them.
    entryPoints: {
      hygie: join(ROOT, 'electron/cli/main.ts'),
      'chunks/report-worker': join(ROOT, 'electron/core/report/report-worker.ts'),
      'chunks/walkthrough-sheet-worker': join(ROOT, 'electron/core/hardening/walkthrough-sheet-worker.ts'),
    },
    absWorkingDir: ROOT,
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22.12',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    external: CLI_EXTERNAL,
    // The version is stamped here; the sources read package.json (electron/cli/app-version.ts).
    define: { 'globalThis.HYGIE_CLI_BUILD_VERSION': JSON.stringify(version) },
    // Bundled CommonJS packages (undici, iconv-lite, papaparse) call require() for Node's own
    // modules: give every ES module file of the bundle one.
    banner: { js: "import { createRequire as __hygieCreateRequire } from 'node:module';\nconst require = __hygieCreateRequire(import.meta.url);" },
    metafile: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const sources: CliSources = {
    files: [
      ...Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/') && !input.includes(':')),
      // A new version or new packages make the bundle stale as well.
      'package.json',
      'package-lock.json',
    ].sort(),
  };
  writeFileSync(join(staging, 'sources.json'), `${JSON.stringify(sources, null, 1)}\n`);
  mkdirSync(join(outDir, '..'), { recursive: true });
  const old = `${outDir}.old-${process.pid}`;
  try {
    renameSync(outDir, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
  // The metafile names the staging folder: name the files where they now are.
  const [from, to] = [relative(ROOT, staging), relative(ROOT, outDir)].map((path) => path.split(sep).join('/')) as [string, string];
  const moved = (path: string) => (path.startsWith(`${from}/`) ? `${to}${path.slice(from.length)}` : path);
  const outputs: Metafile['outputs'] = {};
  for (const [path, output] of Object.entries(result.metafile.outputs)) {
    outputs[moved(path)] = { ...output, imports: output.imports.map((entry) => ({ ...entry, path: moved(entry.path) })) };
  }
  return { outDir, metafile: { inputs: result.metafile.inputs, outputs } };
}

/** The bundle's files each output loads before running (static imports), from the entry: what `hygie --help` reads. */
export function staticClosure(metafile: Metafile, entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (output: string) => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const imported of metafile.outputs[output]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(entry);
  return seen;
}

/** The checkout-relative path esbuild's metafile uses for a file in `outDir`. */
export function metafilePath(outDir: string, file: string): string {
  return relative(ROOT, join(outDir, file)).split(sep).join('/');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { outDir } = await buildCli(process.argv[2] ? resolve(process.argv[2]) : CLI_OUT_DIR);
  console.log(`hygie CLI bundled into ${relative(process.cwd(), outDir) || '.'}`);
}
