#!/usr/bin/env node
// The `hygie` command (package.json "bin"), run straight from the TypeScript sources with Node's
// type stripping: no build step, no Electron. Node 22.18+ strips types by default; 22.12–22.17
// need --experimental-strip-types, so there this launcher starts Node once more with that flag
// (and its ExperimentalWarning silenced), passing arguments, exit code and Ctrl-C through.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
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

if (process.features.typescript) {
  const { main } = await import('../electron/cli/main.ts');
  await main();
} else if (process.env[REEXEC_MARK] === '1') {
  process.stderr.write('hygie: this Node.js cannot run TypeScript (--experimental-strip-types had no effect).\n');
  process.exit(2);
} else {
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
