import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
// Beside the wall time, the CPU time (user + system) each child used, read by a probe preloaded
// into it (CPU_PROBE: one exit handler, nothing else) for hygie and for `node -e 0` alike: on a
// two-core machine shared with other work the wall time mostly measures the queue for a core,
// the CPU time what the command itself costs.

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/hygie.mjs');
const PASSWORD = 'Cabinet-Dupont-2019';

/** Preloaded into each child (`--require`): writes the CPU time it used, in microseconds, on fd 3 as it exits. */
const CPU_PROBE = `process.on('exit', () => { const { user, system } = process.cpuUsage(); require('node:fs').writeSync(3, String(user + system)); });`;

interface ChildRun {
  ms: number;
  cpuMs: number;
  code: number | null;
  stderr: string;
}

function timeChild(args: readonly string[], env: NodeJS.ProcessEnv, stdin = ''): Promise<ChildRun> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--require', probePath, ...args], { env, stdio: ['pipe', 'ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let cpu = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => (stderr += chunk));
    const probe = child.stdio[3] as NodeJS.ReadableStream;
    probe.setEncoding('utf8');
    probe.on('data', (chunk: string) => (cpu += chunk));
    child.stdin!.on('error', () => {});
    child.stdin!.end(stdin);
    child.on('error', fail);
    child.on('close', (code) => done({ ms: performance.now() - start, cpuMs: Number(cpu) / 1000, code, stderr }));
  });
}

let probePath = '';

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

interface Medians {
  ms: number;
  cpuMs: number;
}

/** Runs `ours` and the peer alternately (which goes first alternating too); medians of wall and CPU time. */
async function alternate(runs: number, ours: () => Promise<ChildRun>, peer: () => Promise<ChildRun>): Promise<{ ours: Medians; peer: Medians }> {
  const a: ChildRun[] = [];
  const b: ChildRun[] = [];
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
  const medians = (list: ChildRun[]) => ({ ms: median(list.map((run) => run.ms)), cpuMs: median(list.map((run) => run.cpuMs)) });
  return { ours: medians(a), peer: medians(b) };
}

const cpu = (ms: number) => `${formatMs(ms)} CPU`;

export async function cliBench(runs: number): Promise<Line[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hygie-bench-cli-'));
  probePath = join(dataDir, 'cpu-probe.cjs');
  writeFileSync(probePath, `${CPU_PROBE}\n`);
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
    const floor = () => timeChild(['-e', '0'], env);
    const help = await alternate(runs, async () => {
      const run = await timeChild([BIN, '--help'], env);
      if (run.code !== 0) throw new Error(`hygie --help exited ${run.code}: ${run.stderr}`);
      return run;
    }, floor);
    const password = await alternate(runs, async () => {
      const run = await timeChild([BIN, 'password', '--lang', 'en'], env, `${PASSWORD}\n`);
      // 1: weak or pwned (this one is both); anything else is a failure, not a figure.
      if (run.code !== 1) throw new Error(`hygie password exited ${run.code}: ${run.stderr}`);
      return run;
    }, floor);
    const from = `${which}${built ? '' : ' — run `npm run build` for the bundle'}`;
    return [
      {
        name: `CLI start-up: hygie --help (${from}; goal: at most 2× node -e 0)`,
        hygie: `${formatMs(help.ours.ms)} (${cpu(help.ours.cpuMs)})`,
        peer: `${formatMs(help.peer.ms)} (${cpu(help.peer.cpuMs)}) (node -e 0, same machine, same run)`,
        ratio: `${(help.ours.ms / help.peer.ms).toFixed(2)}×`,
      },
      {
        name: `CLI: hygie password, one piped password checked against a Pwned Passwords fake on loopback (${from}; goal: at most 0.6 s)`,
        hygie: `${formatMs(password.ours.ms)} (${cpu(password.ours.cpuMs)}: strength with the dictionaries, the policy's rules, one range asked)`,
        peer: `${formatMs(password.peer.ms)} (${cpu(password.peer.cpuMs)}) (node -e 0, same machine, same run)`,
        ratio: `${(password.ours.ms / password.peer.ms).toFixed(2)}× wall, ${(password.ours.cpuMs / password.peer.cpuMs).toFixed(2)}× CPU; ${(password.ours.ms / help.ours.ms).toFixed(2)}× hygie --help`,
      },
    ];
  } finally {
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
