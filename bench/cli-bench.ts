import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFakeHibp } from '../test/support/fake-hibp.ts';
import { formatMs } from './measure.ts';
import type { Line } from './store-bench.ts';

// Issue 19 item 3: how long `hygie` takes to start, as a user's shell starts it (node bin/hygie.mjs
// in a child process), against `node -e 0` — the floor of any Node command on this machine —
// measured in the same run, runs alternating so that neither gets the quieter moments.
// - `hygie --help`: the launcher, its check that the bundle is current, the argument parser and
//   the CLI's texts (goal: at most 2× `node -e 0`);
// - `hygie password`: a password piped on stdin, its strength with the dictionaries, the
//   practice's policy, and one Pwned Passwords range from a fake on loopback (goal: 0.6 s).
// Which code ran is printed: the bundle (out/cli, made by `npm run build`) or the sources (then the
// figure is the sources', and says so).

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/hygie.mjs');
const PASSWORD = 'Cabinet-Dupont-2019';

function timeChild(args: readonly string[], env: NodeJS.ProcessEnv, stdin = ''): Promise<{ ms: number; code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.stdin.on('error', () => {});
    child.stdin.end(stdin);
    child.on('error', fail);
    child.on('close', (code) => done({ ms: performance.now() - start, code, stderr }));
  });
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

/** Runs `ours` and the peer alternately (which goes first alternating too); medians. */
async function alternate(runs: number, ours: () => Promise<number>, peer: () => Promise<number>): Promise<{ ours: number; peer: number }> {
  const a: number[] = [];
  const b: number[] = [];
  await ours();
  await peer();
  for (let run = 0; run < runs; run += 1) {
    if (run % 2 === 0) {
      a.push(await ours());
      b.push(await peer());
    } else {
      b.push(await peer());
      a.push(await ours());
    }
  }
  return { ours: median(a), peer: median(b) };
}

export async function cliBench(runs: number): Promise<Line[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hygie-bench-cli-'));
  const fake = await startFakeHibp({ pwnedPasswords: { [PASSWORD]: 4417 } });
  // No Hygie settings of the user's: an empty data folder, a fake Pwned Passwords on loopback.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: process.env.TMPDIR,
    LANG: 'fr_FR.UTF-8',
    HYGIE_DATA_DIR: dataDir,
    HYGIE_PWNED_BASE_URL: fake.pwnedBaseUrl,
  };
  try {
    const which = (await timeChild([BIN, '--version'], { ...env, HYGIE_DEBUG: '1' })).stderr.trim().replace(/^hygie: /u, '');
    const built = existsSync(join(ROOT, 'out/cli/hygie.mjs'));
    const floor = async () => (await timeChild(['-e', '0'], env)).ms;
    const help = await alternate(runs, async () => {
      const run = await timeChild([BIN, '--help'], env);
      if (run.code !== 0) throw new Error(`hygie --help exited ${run.code}: ${run.stderr}`);
      return run.ms;
    }, floor);
    const password = await alternate(runs, async () => {
      const run = await timeChild([BIN, 'password', '--lang', 'en'], env, `${PASSWORD}\n`);
      // 1: weak or pwned (this one is both); anything else is a failure, not a figure.
      if (run.code !== 1) throw new Error(`hygie password exited ${run.code}: ${run.stderr}`);
      return run.ms;
    }, floor);
    const from = `${which}${built ? '' : ' — run `npm run build` for the bundle'}`;
    return [
      {
        name: `CLI start-up: hygie --help (${from})`,
        hygie: formatMs(help.ours),
        peer: `${formatMs(help.peer)} (node -e 0, same machine, same run)`,
        ratio: `${(help.ours / help.peer).toFixed(2)}×`,
      },
      {
        name: `CLI: hygie password, one piped password checked against a Pwned Passwords fake on loopback (${from})`,
        hygie: `${formatMs(password.ours)} (strength with the dictionaries, the policy's rules, one range asked)`,
        peer: `${formatMs(password.peer)} (node -e 0, same machine, same run)`,
        ratio: `${(password.ours / password.peer).toFixed(2)}×`,
      },
    ];
  } finally {
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
