import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main.ts';
import { CliOutput } from '../../electron/cli/output.ts';
import { readPassword } from '../../electron/cli/password-input.ts';
import { baseEnv, runHygie, type CliRun } from '../support/cli-child.ts';
import { closeAllCores, openCore, PRACTICE } from '../support/core.ts';
import { startFakeHibp, sha1Hex, type FakeHibp } from '../support/fake-hibp.ts';
import { testKeychainService, testSecrets } from '../support/keychain.ts';

// `hygie password` as a user runs it: a child process, the password piped on stdin, the fake
// Pwned Passwords on loopback. Exit codes (0 pass, 1 fail or pwned, 3 lookup not done, 2 usage),
// --json, French and English, the practice's words when the data folder has a store, and never
// the password in any output. The terminal path (raw mode, no echo) is read through a fake TTY.

const STRONG = 'Vk7#pL2!xQ9@mR4$wZ';
const PWNED = 'Zq-HygieTest-4417-Ürgent';
const emptyDataDir = mkdtempSync(join(tmpdir(), 'hygie-cli-password-'));
let fake: FakeHibp;
const outputs: string[] = [];

beforeAll(async () => {
  fake = await startFakeHibp({ pwnedPasswords: { password: 10_434_004, [PWNED]: 4417 }, backgroundLinesPerRange: 20 });
});

afterAll(async () => {
  await fake.close();
  await closeAllCores();
  rmSync(emptyDataDir, { recursive: true, force: true });
  // Whatever was printed, no password ever appears in it.
  for (const text of outputs) for (const password of [STRONG, PWNED, 'CabinetDupont2024!']) expect(text).not.toContain(password);
});

afterEach(() => {
  fake.clearFaults();
});

async function hygie(args: string[], stdin: string | undefined, extra: Record<string, string | undefined> = {}): Promise<CliRun> {
  const run = await runHygie(['password', ...args], {
    env: baseEnv({ LANG: 'en_GB.UTF-8', HYGIE_DATA_DIR: emptyDataDir, HYGIE_PWNED_BASE_URL: fake.pwnedBaseUrl, ...extra }),
    ...(stdin !== undefined ? { stdin } : {}),
  });
  outputs.push(run.stdout, run.stderr);
  expect(run.stderr).not.toMatch(/ExperimentalWarning|at .+\.ts:\d+/u);
  return run;
}

interface JsonResult {
  verdict: string;
  exitCode: number;
  policy: string;
  strength: { score: number; contextKinds: string[] };
  policies: { policy: string; verdict: string; rules: { kind: string; outcome: string }[] }[];
  pwned: { status: string; count?: number; reason?: string };
  reuse: string;
  practiceContext: boolean;
}

describe('hygie password (piped)', () => {
  it('exits 0 for a strong password in no breach, reading only the first line', async () => {
    const run = await hygie(['--json'], `${STRONG}\nsecond line is not read\n`);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as JsonResult;
    expect(result).toMatchObject({ verdict: 'pass', exitCode: 0, policy: 'cnil-2022', pwned: { status: 'not-pwned' }, reuse: 'not-applicable' });
    expect(result.policies[0]!.rules.find((rule) => rule.kind === 'not-reused')?.outcome).toBe('pass');
    expect(fake.log.some((request) => request.path === `/pwned/range/${sha1Hex(STRONG).slice(0, 5)}`)).toBe(true);
  });

  it('exits 1 for a pwned password and says how many times it was seen, in English', async () => {
    const run = await hygie(['--lang', 'en'], `${PWNED}\r\n`);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Verdict: fails');
    expect(run.stdout).toContain('seen 4,417 times in data breaches');
    expect(run.stdout).toContain('Reuse: not applicable here');
  });

  it('exits 1 for a weak password, in French, with the rules explained', async () => {
    const run = await hygie(['--lang', 'fr'], 'soleil\n');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Verdict\u202f: non conforme');
    expect(run.stdout).toContain('Règles de la politique\u202f:');
    expect(run.stdout).toMatch(/✗ /u);
    expect(run.stdout).toContain('Fuites (Pwned Passwords)\u202f: absent des fuites connues.');
  });

  it('exits 3, never 0, when the breach lookup cannot answer, and says why', async () => {
    fake.fault('/pwned/range/', { type: 'status', status: 503 });
    const run = await hygie(['--lang', 'fr'], `${STRONG}\n`);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('Verdict\u202f: à confirmer');
    expect(run.stdout).toContain('pas encore vérifié (service indisponible (5xx)');

    fake.fault('/pwned/range/', { type: 'status', status: 503 });
    const json = JSON.parse((await hygie(['--json'], `${STRONG}\n`)).stdout) as JsonResult;
    expect(json).toMatchObject({ verdict: 'not-checked', exitCode: 3, pwned: { status: 'not-checked', reason: 'unavailable' } });
  });

  it('judges with the policy asked for', async () => {
    // 12 characters of the four classes: enough for CNIL (80 bits), short of NIST's 15 without MFA.
    const run = await hygie(['--policy', 'nist', '--json'], 'Vk7#pL2!xQ9@\n');
    const result = JSON.parse(run.stdout) as JsonResult;
    expect(result.policy).toBe('nist-800-63b');
    expect(result.policies[0]!.rules.find((rule) => rule.kind === 'min-length')?.outcome).toBe('fail');
    expect(run.code).toBe(1);
    expect((JSON.parse((await hygie(['--policy', 'cnil', '--json'], 'Vk7#pL2!xQ9@\n')).stdout) as JsonResult).policy).toBe('cnil-2022');
  });

  it("tries the practice's words when the data folder has a store, and says so when it has none", async () => {
    const service = testKeychainService();
    const core = openCore({ secrets: testSecrets(service) });
    await core.call('practice.save', PRACTICE);
    await core.call('services.set', { pwnedPasswordsBaseUrl: fake.pwnedBaseUrl });
    core.close();

    const before = fake.log.length;
    const withStore = await hygie(['--json'], 'CabinetDupont2024!\n', {
      HYGIE_DATA_DIR: core.dataDir,
      HYGIE_KEYCHAIN_SERVICE: service,
      // The store's own Pwned Passwords address is used when the environment names none.
      HYGIE_PWNED_BASE_URL: undefined,
    });
    const result = JSON.parse(withStore.stdout) as JsonResult;
    expect(result.practiceContext).toBe(true);
    expect(result.strength.contextKinds).toContain('practice-name');
    expect(result.strength.score).toBeLessThanOrEqual(1);
    expect(withStore.code).toBe(1);
    expect(fake.log.length).toBeGreaterThan(before);

    // Scripts get each rule's kind and outcome, never the explanations (they quote the length and
    // the words found), nor the bit estimates or the length.
    const jsonText = withStore.stdout.toLowerCase();
    for (const leak of ['caract', 'characters', 'dupont', 'estimatedbits', 'theoreticalbits', 'guesseslog10', '"length"', 'explanation']) {
      expect(jsonText).not.toContain(leak);
    }
    for (const policy of result.policies) for (const rule of policy.rules) expect(Object.keys(rule).sort()).toEqual(['kind', 'outcome']);
    const french = await hygie(['--json', '--lang', 'fr', '--policy', 'anssi'], 'Dupont\n', {
      HYGIE_DATA_DIR: core.dataDir,
      HYGIE_KEYCHAIN_SERVICE: service,
      HYGIE_PWNED_BASE_URL: undefined,
    });
    expect(french.stdout.toLowerCase()).not.toMatch(/caract|characters|dupont|"length"/u);
    expect((JSON.parse(french.stdout) as JsonResult).policies.map((policy) => policy.policy)).toEqual(['anssi-2021', 'cnil-2022', 'nist-800-63b', 'hipaa']);

    const without = await hygie(['--json', '--lang', 'fr'], 'CabinetDupont2024!\n');
    expect((JSON.parse(without.stdout) as JsonResult).strength.contextKinds).not.toContain('practice-name');
    expect(without.stderr).toContain(`Aucune donnée Hygie dans ${emptyDataDir}`);
  });

  it.each([
    ['an unknown policy', ['--policy', 'iso27001'], `${STRONG}\n`, /Unknown policy: "iso27001"/u],
    ['nothing on stdin', [], '', /No password received on standard input/u],
    ['the password given as an argument', [STRONG], '', /Unexpected argument \(not repeated here\)/u],
    ['a value after --json', ['--json=out.json'], `${STRONG}\n`, /--json takes no value/u],
    ['a bad HYGIE_PWNED_BASE_URL', [], `${STRONG}\n`, /HYGIE_PWNED_BASE_URL is not a usable address/u],
  ] as const)('exits 2 on %s, saying what to fix', async (label, args, stdin, message) => {
    const extra = label.includes('HYGIE_PWNED_BASE_URL') ? { HYGIE_PWNED_BASE_URL: 'ftp://example.org' } : {};
    const run = await hygie([...args], stdin, extra);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});

/** A terminal as readPassword sees one: raw mode switchable, keystrokes as data. */
function fakeTerminal(): PassThrough & { isTTY: true; rawModes: boolean[]; setRawMode(mode: boolean): void } {
  const stream = new PassThrough() as PassThrough & { isTTY: true; rawModes: boolean[]; setRawMode(mode: boolean): void };
  stream.isTTY = true;
  stream.rawModes = [];
  stream.setRawMode = (mode) => stream.rawModes.push(mode);
  return stream;
}

describe('reading from a terminal', () => {
  it('reads in raw mode without echoing anything, handles Backspace, and restores the terminal', async () => {
    const terminal = fakeTerminal();
    const printed: string[] = [];
    const reading = readPassword(terminal, (text) => printed.push(text), 'Password: ');
    for (const keys of ['Vk7#', 'pL2!x', 'X\u007f', 'Q9@mR4$wZ', '\r']) terminal.write(keys);
    expect(await reading).toEqual({ ok: true, password: STRONG });
    expect(terminal.rawModes).toEqual([true, false]);
    // The prompt, then the end of its line: not a character, not a '*', of what was typed.
    expect(printed).toEqual(['Password: ', '\n']);
  });

  it('swallows the escape sequences of arrow, Delete and function keys, whole', async () => {
    const terminal = fakeTerminal();
    const reading = readPassword(terminal, () => {}, '');
    // ← (CSI D), Delete (CSI 3 ~), F1 (SS3 P), Ctrl-→ (CSI 1;5C), a sequence split across reads, then a lone Esc.
    for (const keys of ['Vk7#\u001b[D', 'pL2!\u001b[3~x', '\u001bOPQ9@', '\u001b[1;5CmR4', '\u001b[', '2~$wZ', '\u001b', '\r']) terminal.write(keys);
    expect(await reading).toEqual({ ok: true, password: STRONG });
    expect(terminal.rawModes).toEqual([true, false]);
  });

  it('gives up on Ctrl-C, and on Enter with nothing typed, restoring the terminal each time', async () => {
    const cancelled = fakeTerminal();
    const reading = readPassword(cancelled, () => {}, '');
    cancelled.write('abc\u0003');
    expect(await reading).toEqual({ ok: false, problem: 'cancelled' });
    expect(cancelled.rawModes).toEqual([true, false]);

    const empty = fakeTerminal();
    const emptyReading = readPassword(empty, () => {}, '');
    empty.write('\r');
    expect(await emptyReading).toEqual({ ok: false, problem: 'empty' });
    expect(empty.rawModes).toEqual([true, false]);
  });
});

describe('Ctrl-C during the breach lookup', () => {
  it('exits 130, as at the prompt, not 3', async () => {
    fake.fault('/pwned/range/', { type: 'hang' });
    const stdin = new PassThrough();
    stdin.end(`${STRONG}\n`);
    const printed: string[] = [];
    const sink = { write: (text: string) => printed.push(text) };
    let interrupt: (() => void) | null = null;
    const before = fake.log.length;
    const running = runCli({
      argv: ['password', '--lang', 'en'],
      env: { HYGIE_DATA_DIR: emptyDataDir, HYGIE_PWNED_BASE_URL: fake.pwnedBaseUrl },
      cwd: process.cwd(),
      output: new CliOutput(sink, sink),
      stdin,
      onInterrupt(cancel) {
        interrupt = cancel;
        return () => {
          interrupt = null;
        };
      },
    });
    // Press Ctrl-C once the lookup is under way (its request reached the service).
    while (fake.log.length === before || interrupt === null) await new Promise((resolve) => setImmediate(resolve));
    (interrupt as () => void)();
    expect(await running).toBe(130);
    outputs.push(printed.join(''));
    expect(printed.join('')).not.toContain('Verdict');
  });
});
