import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Runs the real `hygie` command in a child process (node bin/hygie.mjs …), as a user's shell
// would, with a chosen environment. The fake HIBP stays in the test process: the child must be
// started asynchronously so that the fake can answer it.

export const HYGIE_BIN = fileURLToPath(new URL('../../bin/hygie.mjs', import.meta.url));

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The bytes exactly as the child wrote them (before any decoding). */
  stdoutBytes: Buffer;
  stderrBytes: Buffer;
}

export interface CliRunOptions {
  env: Record<string, string | undefined>;
  cwd?: string;
  /** Flags for Node itself, e.g. --no-experimental-strip-types to act as Node 22.12–22.17. */
  nodeFlags?: string[];
  /** Called with each chunk of stderr and the child, e.g. to press Ctrl-C once work has started. */
  onStderr?(text: string, child: ReturnType<typeof spawn>): void;
  /** Piped to the child's stdin, then closed (e.g. `hygie password`); without it stdin is empty. */
  stdin?: string;
  /** Called once the child is started, e.g. to signal it on a timer or when a server saw it. */
  onSpawn?(child: ReturnType<typeof spawn>): void;
  /** Kill the child (SIGKILL) if it is still running after this long: a hang fails the test, never the machine. */
  killAfterMs?: number;
}

/** What the child may inherit: nothing of the developer's own Hygie settings or HIBP key. */
export function baseEnv(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  // Windows' equivalents of HOME and TMPDIR too (os.homedir(), os.tmpdir() and the default data
  // folder read them); a test that needs its own data folder sets HYGIE_DATA_DIR.
  const keep = [
    'PATH',
    'HOME',
    'TMPDIR',
    'SYSTEMROOT',
    'USERPROFILE',
    'APPDATA',
    'LOCALAPPDATA',
    'TEMP',
    'TMP',
    'DBUS_SESSION_BUS_ADDRESS',
    'XDG_RUNTIME_DIR',
    'XDG_DATA_HOME',
    'GNOME_KEYRING_CONTROL',
  ];
  const env: Record<string, string | undefined> = {};
  for (const name of keep) if (process.env[name] !== undefined) env[name] = process.env[name];
  return { ...env, ...extra };
}

export function runHygie(args: readonly string[], options: CliRunOptions): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeFlags ?? []), HYGIE_BIN, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: options.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    // Without a stdin text the child reads an empty, closed stdin (as with `< /dev/null`).
    // A child that exits before reading it (a usage error) closes the pipe: not the test's failure.
    child.stdin.on('error', () => {});
    child.stdin.end(options.stdin ?? '');
    const stdoutChunks: Buffer[] = [];
    const stderrChunks: Buffer[] = [];
    const stderrText = new TextDecoder();
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => stdoutChunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderrChunks.push(chunk);
      stderr += stderrText.decode(chunk, { stream: true });
      options.onStderr?.(stderr, child);
    });
    options.onSpawn?.(child);
    const killer = options.killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (killer) clearTimeout(killer);
      const stdoutBytes = Buffer.concat(stdoutChunks);
      const stderrBytes = Buffer.concat(stderrChunks);
      resolve({ code, signal, stdout: stdoutBytes.toString('utf8'), stderr: stderrBytes.toString('utf8'), stdoutBytes, stderrBytes });
    });
  });
}
