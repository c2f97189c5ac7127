import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AuditReportSchema, type AuditReport } from '../../electron/core/breach/audit-report-schema.ts';
import { runCli } from '../../electron/cli/main.ts';
import { CliOutput } from '../../electron/cli/output.ts';
import { baseEnv, runHygie, type CliRun } from '../support/cli-child.ts';
import { CORE_KEY, emailHash, PRO_KEY, startFakeHibp, type FakeHibp } from '../support/fake-hibp.ts';

// The `hygie audit` command as a user runs it: a child process, a roster CSV on disk, the fake
// HIBP on loopback. Exit codes, the JSON report (validated against its schema), the summary in
// French and English, and what reached the fake (no address in range mode, never the key in
// any output).

const BREACHED = 'account-exists@hibp-integration-tests.com';
const CLEAN = ['jeanne.dupont@cabinet-dupont.fr', 'paul.martin@cabinet-dupont.fr'];

const work = mkdtempSync(join(tmpdir(), 'hygie-cli-'));
// An empty data folder: no store, so no keychain is needed when the key is in the environment.
const dataDir = mkdtempSync(join(tmpdir(), 'hygie-cli-data-'));
let fake: FakeHibp;
const outputs: string[] = [];

beforeAll(async () => {
  fake = await startFakeHibp();
});

afterAll(async () => {
  await fake.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

afterEach(() => {
  fake.clearFaults();
  fake.log.length = 0;
});

function roster(name: string, lines: string[]): string {
  const path = join(work, name);
  writeFileSync(path, ['Nom;Prénom;E-mail', ...lines].join('\r\n'), 'utf8');
  return path;
}

const STAFF = roster('staff.csv', ['Dupont;Jeanne;jeanne.dupont@cabinet-dupont.fr', 'Martin;Paul;paul.martin@cabinet-dupont.fr']);
const STAFF_WITH_BREACH = roster('staff-breached.csv', [
  'Dupont;Jeanne;jeanne.dupont@cabinet-dupont.fr',
  `Durand;Alice;${BREACHED}`,
  'Martin;Paul;paul.martin@cabinet-dupont.fr',
  'Sans;Adresse;pas-une-adresse',
]);

function env(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return baseEnv({
    LANG: 'en_GB.UTF-8',
    HYGIE_DATA_DIR: dataDir,
    HYGIE_HIBP_BASE_URL: fake.baseUrl,
    HIBP_API_KEY: PRO_KEY,
    ...extra,
  });
}

async function hygie(args: string[], extra: Record<string, string | undefined> = {}): Promise<CliRun> {
  const run = await runHygie(args, { env: env(extra) });
  outputs.push(run.stdout, run.stderr);
  return run;
}

function readReport(path: string): AuditReport {
  const text = readFileSync(path, 'utf8');
  outputs.push(text);
  return AuditReportSchema.parse(JSON.parse(text));
}


/**
 * Windows has no signals: child.kill('SIGINT') ends the child outright (TerminateProcess), and a
 * real Ctrl-C (GenerateConsoleCtrlEvent) would reach every process of the console, the test
 * runner's too. What these tests check — the audit stops cleanly and still writes its JSON —
 * rests on Node's SIGINT, which Windows' console Ctrl-C also raises: the test after them presses
 * it in the process itself, as main() wires SIGINT, and runs everywhere.
 */
function skipCtrlCOnWindows(context: { skip(note?: string): void }): void {
  if (process.platform === 'win32') {
    context.skip("skipped on Windows: a test cannot press Ctrl-C in a child process there (child.kill('SIGINT') terminates it outright)");
  }
}
describe('hygie audit', () => {
  it('exits 0 when every address was checked and none is breached, sending only hash prefixes in range mode', async () => {
    const out = join(work, 'clean.json');
    const run = await hygie(['audit', '--roster', STAFF, '--json', out]);

    expect(run.stderr).not.toMatch(/ExperimentalWarning|at .+\.ts:\d+/u);
    expect(run.code).toBe(0);
    const report = readReport(out);
    expect(report.staff.map((entry) => [entry.name, entry.email, entry.breach.status, entry.breach.source])).toEqual([
      ['Jeanne Dupont', CLEAN[0], 'clean', 'hibp-range'],
      ['Paul Martin', CLEAN[1], 'clean', 'hibp-range'],
    ]);
    expect(report.summary).toEqual({ checked: 2, breached: 0, clean: 2, notChecked: 0 });

    // What left the machine: 6-hex prefixes of each address's SHA-1, never an address.
    const lookups = fake.log.filter((request) => request.path.includes('/breachedaccount/'));
    expect(lookups.map((request) => request.path).sort()).toEqual(
      CLEAN.map((email) => `/api/v3/breachedaccount/range/${emailHash(email).slice(0, 6)}`).sort(),
    );
    for (const request of fake.log) {
      for (const email of CLEAN) {
        expect(decodeURIComponent(request.url).toLowerCase()).not.toContain(email);
        expect(request.url).not.toContain(encodeURIComponent(email));
      }
      expect(request.userAgent).toMatch(/^Hygie\/\d+\.\d+\.\d+/u);
    }
    expect(run.stdout).toContain('No known breach (2)');
    expect(run.stdout).toContain('only the first 6 characters');
  });

  it('exits 1 when an address is breached, with the breach title in the JSON and skipped rows reported', async () => {
    const out = join(work, 'breached.json');
    const run = await hygie(['audit', '--roster', STAFF_WITH_BREACH, '--json', out, '--lang', 'en']);

    expect(run.code).toBe(1);
    const report = readReport(out);
    const alice = report.staff.find((entry) => entry.email === BREACHED)!;
    expect(alice.breach.status).toBe('breached');
    expect(alice.breach.breaches.map((breach) => breach.title)).toEqual(['Adobe']);
    expect(alice.breach.breaches[0]!.breachDate).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    expect(alice.breach.breaches[0]!.dataClasses.length).toBeGreaterThan(0);
    expect(report.summary).toEqual({ checked: 3, breached: 1, clean: 2, notChecked: 0 });
    expect(report.skippedRows).toEqual([{ line: 5, issues: ['invalid-email'] }]);

    expect(run.stdout).toContain('Found in a breach (1)');
    expect(run.stdout).toContain(`Alice Durand <${BREACHED}>: Adobe`);
    expect(run.stdout).toMatch(/line 5: invalid e-mail address: "pas-une-adresse"/u);
    expect(run.stdout).toContain('What to do');
  });

  it('prints the summary in French under a French locale, and sends the address itself when the plan has no range search', async () => {
    const out = join(work, 'direct.json');
    const run = await hygie(['audit', '--roster', STAFF_WITH_BREACH, '--json', out], { LANG: 'fr_FR.UTF-8', HIBP_API_KEY: CORE_KEY });

    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Trouvées dans une fuite (1)');
    expect(run.stdout).toContain('Sans fuite connue (2)');
    expect(run.stdout).toContain('chaque adresse est envoyée à Have I Been Pwned');
    expect(run.stdout).toMatch(/ligne 5\u202f: adresse e-mail invalide/u);
    expect(run.stdout).toContain('Total\u202f: 3 vérifiées sur 3');
    const report = readReport(out);
    expect(report.staff.map((entry) => entry.breach.source)).toEqual(['hibp', 'hibp', 'hibp']);
    expect(fake.log.some((request) => request.path === `/api/v3/breachedaccount/${encodeURIComponent(BREACHED)}`)).toBe(true);
  });

  it('exits 3 when an address could not be checked, and never counts it as clean', async () => {
    const prefix = emailHash(CLEAN[1]!).slice(0, 6);
    fake.fault(`/api/v3/breachedaccount/range/${prefix}`, { type: 'malformed' });
    const out = join(work, 'incomplete.json');
    const run = await hygie(['audit', '--roster', STAFF, '--json', out]);

    expect(run.code).toBe(3);
    const report = readReport(out);
    const paul = report.staff.find((entry) => entry.email === CLEAN[1])!;
    expect(paul.breach).toMatchObject({ status: 'not-checked', reason: 'malformed', breaches: [] });
    expect(report.summary).toEqual({ checked: 1, breached: 0, clean: 1, notChecked: 1 });
    expect(run.stdout).toContain('Not yet checked (1)');
    expect(run.stdout).not.toMatch(/No known breach \(2\)/u);
  });

  it('cancels cleanly on Ctrl-C: the rest is not checked (cancelled) and the JSON is still written', async (context) => {
    skipCtrlCOnWindows(context);
    fake.fault('/api/v3/breachedaccount/', { type: 'hang' });
    const out = join(work, 'cancelled.json');
    let pressed = false;
    const run = await runHygie(['audit', '--roster', STAFF, '--json', out], {
      env: env(),
      onStderr(text, child) {
        // Once the checks have started (the child has said so), press Ctrl-C.
        if (!pressed && text.includes('Checking 2 addresses')) {
          pressed = true;
          child.kill('SIGINT');
        }
      },
    });
    outputs.push(run.stdout, run.stderr);

    expect(pressed).toBe(true);
    expect(run.code).toBe(3);
    const report = readReport(out);
    expect(report.staff.map((entry) => [entry.breach.status, entry.breach.reason])).toEqual([
      ['not-checked', 'cancelled'],
      ['not-checked', 'cancelled'],
    ]);
    expect(run.stdout).toContain('Cancelled: 2 addresses are not yet checked.');
  });

  it('runs on a Node without type stripping by default (22.12–22.17): relaunched with the flag, no warning, Ctrl-C passed on', async (context) => {
    skipCtrlCOnWindows(context);
    fake.fault('/api/v3/breachedaccount/', { type: 'hang' });
    const out = join(work, 'relaunched.json');
    let pressed = false;
    const run = await runHygie(['audit', '--roster', STAFF, '--json', out], {
      // The sources, which need the type stripping, even when the bundle (plain JavaScript) is built.
      env: { ...env(), HYGIE_CLI_SOURCES: '1' },
      nodeFlags: ['--no-experimental-strip-types'],
      onStderr(text, child) {
        // Ctrl-C sent to the launcher alone: it must reach the relaunched process.
        if (!pressed && text.includes('Checking 2 addresses')) {
          pressed = true;
          child.kill('SIGINT');
        }
      },
    });
    outputs.push(run.stdout, run.stderr);

    expect(pressed).toBe(true);
    expect(run.stderr).not.toContain('ExperimentalWarning');
    expect(run.code).toBe(3);
    expect(readReport(out).summary).toEqual({ checked: 0, breached: 0, clean: 0, notChecked: 2 });
  });

  // Issue 13, F1: a Pro key whose plan answered 200 with nothing readable sent every address.
  it('with a Pro key whose plan reads {}, sends no address at all, exits 3 and says why', async () => {
    const key = 'c0ffee00c0ffee00c0ffee00c0ffee00';
    fake.setKey(key, { plan: 'Pro 1', rpm: 100, range: true, statusBody: () => ({}) });
    const out = join(work, 'plan-unreadable.json');
    const run = await hygie(['audit', '--roster', STAFF_WITH_BREACH, '--json', out], { HIBP_API_KEY: key });
    outputs.push(key);

    expect(run.code).toBe(3);
    const report = readReport(out);
    expect(report.staff.map((entry) => [entry.breach.status, entry.breach.reason])).toEqual([
      ['not-checked', 'malformed'],
      ['not-checked', 'malformed'],
      ['not-checked', 'malformed'],
    ]);
    // Zero requests carry an address: none is even asked about.
    expect(fake.log.filter((request) => request.path.includes('/breachedaccount'))).toEqual([]);
    for (const request of fake.log) {
      for (const email of [...CLEAN, BREACHED]) expect(decodeURIComponent(request.url).toLowerCase()).not.toContain(email);
    }
    expect(run.stdout).toContain('could not be read, so no address was sent');
    expect(run.stdout).not.toContain('only the first 6 characters');
  });

  // Issue 13, F2: an hour's retry-after stalled every address for that hour.
  it('ends every address at once on a retry-after of an hour, and says when to run again', async () => {
    fake.fault('/api/v3/breachedaccount/', { type: 'status', status: 429, headers: { 'retry-after': '3600' } });
    // More addresses than the CLI checks at once (4), so some start after the first refusal.
    const many = roster(
      'staff-ten.csv',
      Array.from({ length: 10 }, (_, index) => `Nom${index};Prénom${index};personne${index}@cabinet-dupont.fr`),
    );
    const out = join(work, 'hour.json');
    const started = Date.now();
    let safety: NodeJS.Timeout | undefined;
    const run = await runHygie(['audit', '--roster', many, '--json', out], {
      env: env(),
      // Before the fix this would have waited an hour: end it for the test, which fails.
      onSpawn: (child) => (safety = setTimeout(() => child.kill('SIGKILL'), 15_000)),
    });
    clearTimeout(safety);
    outputs.push(run.stdout, run.stderr);
    expect(Date.now() - started).toBeLessThan(15_000);

    expect(run.code).toBe(3);
    expect(run.stderr).not.toContain('TimeoutOverflowWarning');
    const report = readReport(out);
    expect(report.staff).toHaveLength(10);
    const refused = fake.log.filter((request) => request.path.startsWith('/api/v3/breachedaccount/'));
    // At most the four under way when the first refusal came back: the others are not sent.
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.length).toBeLessThanOrEqual(4);
    for (const entry of report.staff) {
      expect(entry.breach).toMatchObject({ status: 'not-checked', reason: 'rate-limited', retryAt: expect.any(String) });
      expect(Date.parse(entry.breach.retryAt!) - refused[0]!.time).toBeGreaterThan(3_590_000);
    }
    const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(new Date(report.staff[0]!.breach.retryAt!));
    expect(run.stdout).toContain(`run again after ${time}`);
  });

  // Issue 13, F3: Ctrl-C was ignored while the plan was being read (a minute per 429, four times).
  it('exits promptly on Ctrl-C while the plan is still being read, with the JSON written', async (context) => {
    skipCtrlCOnWindows(context);
    fake.fault('/api/v3/subscription/status', { type: 'status', status: 429, headers: { 'retry-after': '1' } });
    const out = join(work, 'ctrl-c-plan.json');
    let pressedAt = 0;
    let safety: NodeJS.Timeout | undefined;
    const run = await runHygie(['audit', '--roster', STAFF, '--json', out], {
      env: env(),
      onSpawn(child) {
        // Ctrl-C once the plan has been asked for (and refused) at least once.
        const poll = setInterval(() => {
          if (fake.log.some((request) => request.path === '/api/v3/subscription/status')) {
            clearInterval(poll);
            pressedAt = Date.now();
            child.kill('SIGINT');
          }
        }, 20);
        // Before the fix this would have waited four minutes: end it for the test, which fails.
        safety = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.on('exit', () => clearInterval(poll));
      },
    });
    clearTimeout(safety);
    const exitedAt = Date.now();
    outputs.push(run.stdout, run.stderr);

    expect(pressedAt).toBeGreaterThan(0);
    expect(run.signal).toBeNull();
    expect(exitedAt - pressedAt).toBeLessThan(5_000);
    expect(run.code).toBe(3);
    expect(readReport(out).staff.map((entry) => [entry.breach.status, entry.breach.reason])).toEqual([
      ['not-checked', 'cancelled'],
      ['not-checked', 'cancelled'],
    ]);
    expect(fake.log.filter((request) => request.path.includes('/breachedaccount'))).toEqual([]);
  });

  it('cancels cleanly when interrupted in the process itself (every system, Windows included)', async () => {
    fake.fault('/api/v3/breachedaccount/', { type: 'hang' });
    const out = join(work, 'interrupted.json');
    const printed: string[] = [];
    const sink = { write: (text: string) => printed.push(text) };
    let interrupt: (() => void) | null = null;
    const running = runCli({
      argv: ['audit', '--roster', STAFF, '--json', out],
      env: env(),
      cwd: process.cwd(),
      output: new CliOutput(sink, sink),
      onInterrupt(cancel) {
        interrupt = cancel;
        return () => {
          interrupt = null;
        };
      },
    });
    // Interrupt once the checks have started (the fake has been asked).
    while (!printed.join('').includes('Checking 2 addresses') || interrupt === null) await new Promise((resolve) => setImmediate(resolve));
    (interrupt as () => void)();
    expect(await running).toBe(3);
    outputs.push(printed.join(''));
    expect(readReport(out).staff.map((entry) => [entry.breach.status, entry.breach.reason])).toEqual([
      ['not-checked', 'cancelled'],
      ['not-checked', 'cancelled'],
    ]);
    expect(printed.join('')).toContain('Cancelled: 2 addresses are not yet checked.');
  });

  describe('usage and configuration errors exit 2 and say what to fix', () => {
    it('a roster file that does not exist', async () => {
      const run = await hygie(['audit', '--roster', join(work, 'nowhere.csv')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('Staff list not found');
      expect(run.stderr).not.toMatch(/\n\s+at /u);
    });

    it('an unknown option, in French when asked', async () => {
      const run = await hygie(['audit', '--roster', STAFF, '--frobnicate', '--lang', 'fr']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('Option non reconnue');
      expect(run.stderr).toContain('--frobnicate');
      expect(run.stderr).toContain('hygie --help');
    });

    it('no --roster', async () => {
      const run = await hygie(['audit']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--roster FILE');
    });

    it('a base URL that is neither https nor this computer', async () => {
      const run = await hygie(['audit', '--roster', STAFF], { HYGIE_HIBP_BASE_URL: 'http://hibp.example.com/api/v3' });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('HYGIE_HIBP_BASE_URL is not a usable address');
      expect(fake.log).toHaveLength(0);
    });

    it('a key HIBP refuses, before any address is sent', async () => {
      const run = await hygie(['audit', '--roster', STAFF], { HIBP_API_KEY: 'aaaabbbbccccddddeeeeffff00001111' });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('refuses the key');
      expect(fake.log.filter((request) => request.path.includes('/breachedaccount/'))).toHaveLength(0);
    });

    it('a JSON destination in a folder that does not exist, before anything is sent', async () => {
      const run = await hygie(['audit', '--roster', STAFF, '--json', join(work, 'missing', 'out.json')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("The JSON file's folder does not exist");
      expect(fake.log).toHaveLength(0);
    });
  });

  it('with a key that verified the domain: one domain search for its addresses, stealer logs and the aliases not on the roster in the JSON', async () => {
    const DOMAIN_KEY = 'abcdefabcdefabcdefabcdefabcdef01';
    fake.setKey(DOMAIN_KEY, { plan: 'Pro 1', rpm: 100, range: true, domains: ['cabinet-dupont.fr'] });
    fake.setAccount('ancien.stagiaire@cabinet-dupont.fr', ['Adobe']);
    fake.setStealerLog(CLEAN[0]!, ['espacepro.ameli.fr', 'netflix.com']);
    try {
      const out = join(work, 'domain.json');
      const run = await hygie(['audit', '--roster', STAFF_WITH_BREACH, '--json', out, '--lang', 'en'], { HIBP_API_KEY: DOMAIN_KEY });
      expect(run.code).toBe(1);
      const report = readReport(out);
      expect(fake.log.filter((request) => request.path.startsWith('/api/v3/breacheddomain/')).map((request) => request.url)).toEqual(['/api/v3/breacheddomain/cabinet-dupont.fr']);
      // Only the address off the verified domain went on its own, by hash prefix.
      expect(fake.log.filter((request) => request.path.startsWith('/api/v3/breachedaccount/')).map((request) => request.path)).toEqual([
        `/api/v3/breachedaccount/range/${emailHash(BREACHED).slice(0, 6)}`,
      ]);
      const jeanne = report.staff.find((entry) => entry.email === CLEAN[0])!;
      expect(jeanne.breach).toMatchObject({ status: 'clean', source: 'hibp-domain' });
      expect(jeanne.stealerLogWebsites).toEqual([
        { website: 'espacepro.ameli.fr', service: 'amelipro' },
        { website: 'netflix.com', service: null },
      ]);
      expect(report.staff.find((entry) => entry.email === CLEAN[1])!.stealerLogWebsites).toEqual([]);
      // The address off the verified domain: its stealer logs were not searched, so none is said.
      expect(report.staff.find((entry) => entry.email === BREACHED)!.stealerLogWebsites).toBeUndefined();
      expect(report.domainSearch).toEqual({
        domains: [{ domain: 'cabinet-dupont.fr', breaches: 'answered', stealerLogs: 'answered' }],
        stealerLogsInPlan: true,
        aliasesNotOnRoster: [{ address: 'ancien.stagiaire@cabinet-dupont.fr', breaches: ['Adobe'], stealerLogWebsites: [] }],
      });
      expect(run.stdout).toContain('search of verified domains: cabinet-dupont.fr');
      expect(run.stdout).toContain(`Jeanne Dupont <${CLEAN[0]}>: espacepro.ameli.fr, netflix.com`);
      expect(run.stdout).toContain('ancien.stagiaire@cabinet-dupont.fr: Adobe');

      // --no-domain-search: every address on its own, nothing searched whole.
      fake.log.length = 0;
      const plain = join(work, 'no-domain.json');
      await hygie(['audit', '--roster', STAFF_WITH_BREACH, '--json', plain, '--no-domain-search'], { HIBP_API_KEY: DOMAIN_KEY });
      const perAddress = readReport(plain);
      expect(fake.log.filter((request) => request.path.startsWith('/api/v3/breachedaccount/range/'))).toHaveLength(3);
      expect(fake.log.some((request) => /subscribeddomains|breacheddomain|stealerlogs/u.test(request.path))).toBe(false);
      expect(perAddress.domainSearch).toEqual({ domains: [], stealerLogsInPlan: null, aliasesNotOnRoster: [] });
      expect(perAddress.staff.every((entry) => entry.stealerLogWebsites === undefined)).toBe(true);
    } finally {
      fake.setAccount('ancien.stagiaire@cabinet-dupont.fr', []);
      fake.setStealerLog(CLEAN[0]!, []);
    }
  });

  it('--help and --version answer without configuration', async () => {
    const help = await runHygie(['--help'], { env: baseEnv({ LANG: 'fr_FR.UTF-8' }) });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('hygie audit --roster FICHIER');
    expect(help.stdout).toContain('HIBP_API_KEY');
    const version = await runHygie(['--version'], { env: baseEnv() });
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/u);
  });

  it('never prints or writes the API key', () => {
    expect(outputs.length).toBeGreaterThan(10);
    for (const text of outputs) {
      for (const key of [PRO_KEY, CORE_KEY]) {
        expect(text).not.toContain(key);
        expect(text.toLowerCase()).not.toContain(key.toLowerCase());
      }
    }
    expect(existsSync(join(dataDir, 'hygie.db'))).toBe(false);
  });
});
