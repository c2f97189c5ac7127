import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The renderer and CLI figures read the real build (out/renderer, out/cli): run.ts makes it current
// first, so that a figure never describes yesterday's code. Current: every output there, none older
// than a source it is built from.

const ROOT = resolve(import.meta.dirname, '..');
const OUTPUTS = ['out/main/index.cjs', 'out/renderer/index.html', 'out/cli/hygie.mjs'];
const SOURCES = ['renderer', 'electron', 'scripts/build-cli.ts', 'electron.vite.config.ts', 'package.json', 'package-lock.json'];

function newestSource(): { path: string; mtimeMs: number } {
  let newest = { path: '', mtimeMs: 0 };
  const consider = (path: string) => {
    const { mtimeMs } = statSync(path);
    if (mtimeMs > newest.mtimeMs) newest = { path, mtimeMs };
  };
  for (const source of SOURCES) {
    const path = join(ROOT, source);
    if (!statSync(path).isDirectory()) consider(path);
    else for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) if (entry.isFile()) consider(join(entry.parentPath, entry.name));
  }
  return newest;
}

/** Why the build must be made again, or null when it is current. */
function staleness(): string | null {
  let oldest = Infinity;
  for (const output of OUTPUTS) {
    const stats = statSync(join(ROOT, output), { throwIfNoEntry: false });
    if (!stats) return `${output} is missing`;
    oldest = Math.min(oldest, stats.mtimeMs);
  }
  const newest = newestSource();
  return newest.mtimeMs > oldest ? `${newest.path.slice(ROOT.length + 1)} is newer than the build` : null;
}

/** Builds (electron-vite: main, preload, renderer, then the CLI) when out/ is missing or older than the sources. */
export function ensureBuilt(log: (line: string) => void): void {
  const why = staleness();
  if (why === null) return;
  log(`Building first (${why})…`);
  const built = spawnSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error(`the build failed (electron-vite build exited ${built.status})`);
}
