#!/usr/bin/env node
// The `hygie` command (package.json "bin"). It runs the bundle `npm run build` makes (out/cli,
// scripts/build-cli.ts: one file to start, each command loaded when it runs) when it is there and
// current, else the TypeScript sources with Node's type stripping, so `npx hygie` works right after
// `npm ci`, before any build. `HYGIE_CLI_SOURCES=1` runs the sources whatever is built.
//
// Current means: none of the checkout files it was made from (out/cli/sources.json) is newer than
// it, or gone. After an edit, a `git pull` or a new package-lock.json the sources run until the next
// build: slower to start, never older code. Checking costs a stat per file (about 200, ~1 ms),
// against ~40 ms saved at start-up and much more for the commands.
//
// Node 22.18+ strips types by default; 22.12–22.17 need --experimental-strip-types, so for the
// sources there this launcher starts Node once more with that flag (and its ExperimentalWarning
// silenced), passing arguments, exit code and Ctrl-C through.
import { readFileSync, statSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';

const REEXEC_MARK = 'HYGIE_CLI_TYPE_STRIPPING';
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);

if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(
    `hygie needs Node.js 22.12 or later; this is Node.js ${process.versions.node}.\n` +
      `hygie nécessite Node.js 22.12 ou plus récent ; celui-ci est Node.js ${process.versions.node}.\n`,
  );
  process.exit(2);
}

const root = fileURLToPath(new URL('../', import.meta.url));
const bundle = `${root}out/cli/hygie.mjs`;

/** Why the bundle cannot run (then the sources do), or null when it is there and current. */
function bundleProblem() {
  if (process.env.HYGIE_CLI_SOURCES === '1') return 'HYGIE_CLI_SOURCES=1';
  let builtAt;
  let sources;
  try {
    builtAt = statSync(bundle).mtimeMs;
    sources = JSON.parse(readFileSync(`${root}out/cli/sources.json`, 'utf8')).files;
  } catch {
    return 'not built';
  }
  for (const file of sources) {
    const stats = statSync(root + file, { throwIfNoEntry: false });
    if (!stats) return `${file} is gone`;
    if (stats.mtimeMs > builtAt) return `${file} is newer`;
  }
  return null;
}

const problem = bundleProblem();
if (process.env.HYGIE_DEBUG === '1') process.stderr.write(`hygie: ${problem === null ? 'from the bundle (out/cli)' : `from the sources (bundle: ${problem})`}\n`);

if (problem === null) {
  // V8's compile cache for the bundle (Node 22.1+): the megabytes of the dictionaries, zod and undici
  // are compiled once, not at every command (about 40 ms of CPU less for `hygie password`). Kept
  // beside the bundle, which the build replaces whole, not in a temporary folder other accounts can
  // write to; Node checks each entry against its source, and NODE_DISABLE_COMPILE_CACHE=1 turns it off.
  nodeModule.enableCompileCache?.(`${root}out/cli/compile-cache`);
  const { main } = await import(new URL('../out/cli/hygie.mjs', import.meta.url).href);
  await main();
} else if (process.features.typescript) {
  const { main } = await import('../electron/cli/main.ts');
  await main();
} else if (process.env[REEXEC_MARK] === '1') {
  process.stderr.write('hygie: this Node.js cannot run TypeScript (--experimental-strip-types had no effect).\n');
  process.exit(2);
} else {
  const { spawn } = await import('node:child_process');
  const { constants } = await import('node:os');
  const flags = process.execArgv.filter((flag) => flag !== '--no-experimental-strip-types');
  const child = spawn(
    process.execPath,
    [...flags, '--experimental-strip-types', '--disable-warning=ExperimentalWarning', fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, [REEXEC_MARK]: '1' } },
  );
  // A terminal's Ctrl-C reaches both processes; this one waits for the child, which cancels
  // cleanly and still writes its report. A signal sent to this process alone is passed on
  // (on Windows the console already delivers Ctrl-C to the child, and kill() would not be gentle).
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (process.platform !== 'win32') child.kill(signal);
    });
  }
  child.on('error', (error) => {
    process.stderr.write(`hygie: could not start Node.js (${error.message}).\n`);
    process.exit(2);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1));
  });
}
