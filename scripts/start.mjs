#!/usr/bin/env node
// `npm start`: build, then run the desktop app. The Electron binary is fetched from outside
// the npm registry on first use; where that is impossible, say so plainly instead of a stack.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
  cwd: root,
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);

// Resolving 'electron' downloads the binary when it is missing; do it in a child so its
// output can be judged and its stack kept out of the user's way.
const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
  cwd: root,
  encoding: 'utf8',
  timeout: 10 * 60 * 1000,
});
const binary = probe.status === 0 ? probe.stdout.trim() : '';
if (!binary) {
  const cause = `${probe.stderr ?? ''}${probe.error ?? ''}`.match(/^\w*Error: .*$/m)?.[0] ?? 'unknown cause';
  console.error(
    [
      '',
      "Hygie ne peut pas démarrer : le programme Electron n'a pas pu être téléchargé (réseau sans accès aux téléchargements d'Electron).",
      'Hygie cannot start: the Electron binary could not be fetched (no network access to Electron\'s downloads).',
      '',
      `  Cause : ${cause}`,
      "  Que faire : connectez ce poste à un réseau qui atteint github.com puis relancez `npm start`,",
      '              ou indiquez dans ELECTRON_OVERRIDE_DIST_PATH un dossier contenant Electron 45.',
      '  What to do: connect to a network that reaches github.com and run `npm start` again,',
      '              or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding Electron 45.',
      "  Les tests n'en ont pas besoin / the tests do not need it: `npm test`.",
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const run = spawnSync(binary, [root], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 0);
