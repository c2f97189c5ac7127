import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MfaMatrix } from '../../electron/core/model/schemas/mfa-matrix.ts';
import type { Report, ReportRecord } from '../../electron/core/model/schemas/report.ts';
import type { Sitting } from '../../electron/core/model/schemas/password.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import type { WalkthroughPlan } from '../../electron/core/model/schemas/walkthrough.ts';
import { baseEnv, runHygie, type CliRun } from '../support/cli-child.ts';
import { closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';
import { PRO_KEY, startFakeHibp, type FakeHibp } from '../support/fake-hibp.ts';
import { testKeychainService, testSecrets } from '../support/keychain.ts';
import { pdfInfo, pdfText, pdfToPngs, reportSchemaErrors, sha256sum } from '../support/report-checks.ts';

// `hygie report` and `hygie audit --pdf` as a user runs them: a child process reading the store
// an app session filled (practice, staff with accents, a breach check against the fake HIBP so
// breach titles come from its catalogue, MFA declared, a password verdict, walkthrough answers).
// What the printed report must show is read back with pdftotext; the hash it prints is checked
// against the JSON file with sha256; the JSON against the published schema.

const BREACHED = 'account-exists@hibp-integration-tests.com';
const MANY = 'multiple-breaches@hibp-integration-tests.com';
const HELENE = 'helene.lefevre@cabinet-dupont.fr';
const BREACH_TITLES = ['Adobe', 'LinkedIn', 'Dropbox'];
const NAMES = ['Hélène Lefèvre', 'François Garçon'];
/** What must never appear in an anonymised report: first and last names, addresses' local parts. */
const IDENTIFYING = ['Hélène', 'Lefèvre', 'François', 'Garçon', 'Jeanne', 'helene.lefevre', 'account-exists', 'multiple-breaches'];

const service = testKeychainService();
const out = mkdtempSync(join(tmpdir(), 'hygie-cli-report-'));
const emptyDataDir = mkdtempSync(join(tmpdir(), 'hygie-cli-report-empty-'));
let fake: FakeHibp;
let core: Core;

async function seed(): Promise<void> {
  core = openCore({ secrets: testSecrets(service), core: { jobs: { breach: { checker: { timeoutMs: 5_000, maxRetries: 0 } } } } });
  await core.call('practice.save', PRACTICE);
  await core.call('services.set', { hibpBaseUrl: fake.baseUrl, pwnedPasswordsBaseUrl: fake.pwnedBaseUrl });
  await core.call('services.setHibpKey', { apiKey: PRO_KEY });
  const helene = await core.call<StaffMember>('staff.create', {
    firstName: 'Hélène',
    lastName: 'Lefèvre',
    role: 'secretary',
    roleLabel: null,
    emails: [HELENE],
    services: ['amelipro'],
  });
  await core.call<StaffMember>('staff.create', {
    firstName: 'François',
    lastName: 'Garçon',
    role: 'physician',
    roleLabel: null,
    emails: [BREACHED, MANY],
    services: ['amelipro'],
  });
  const { jobId } = await core.call<{ jobId: string }>('breach.checkAll');
  expect(await core.jobs.finished(jobId)).toBe('completed');

  const matrix = await core.call<MfaMatrix>('mfa.matrix');
  const cell = (lastName: string, serviceId: string) => matrix.rows.find((row) => row.lastName === lastName)!.cells.find((c) => c.service === serviceId)!;
  await core.call('mfa.declare', { accountId: cell('Lefèvre', 'mailbox').accountId, status: 'app' });
  await core.call('mfa.declare', { accountId: cell('Garçon', 'amelipro').accountId, status: 'none' });

  const sitting = await core.call<Sitting>('password.beginSitting', { staffId: helene.id });
  await core.call('password.check', { sittingId: sitting.sittingId, accountId: cell('Lefèvre', 'amelipro').accountId, password: 'password' });
  await core.call('password.endSitting', { sittingId: sitting.sittingId });

  const plan = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId: helene.id });
  const first = plan.steps[0]!;
  await core.call('walkthrough.answer', { staffId: helene.id, accountId: first.accountId, step: first.step, answer: 'done' });
  core.close();
}

beforeAll(async () => {
  fake = await startFakeHibp();
  await seed();
}, 60_000);

afterAll(async () => {
  await fake.close();
  await closeAllCores();
  rmSync(out, { recursive: true, force: true });
  rmSync(emptyDataDir, { recursive: true, force: true });
});

async function hygie(args: string[], extra: Record<string, string | undefined> = {}): Promise<CliRun> {
  const run = await runHygie(args, {
    env: baseEnv({ LANG: 'fr_FR.UTF-8', HYGIE_DATA_DIR: core.dataDir, HYGIE_KEYCHAIN_SERVICE: service, ...extra }),
  });
  expect(run.stderr).not.toMatch(/ExperimentalWarning|at .+\.ts:\d+/u);
  return run;
}

function readJson(path: string): Report {
  return JSON.parse(readFileSync(path, 'utf8')) as Report;
}

/** The score as the PDF prints it: the number over 100. */
function scorePattern(value: number): RegExp {
  return new RegExp(`(^|\\D)${value}\\s*/\\s*100(\\D|$)`, 'mu');
}

describe('hygie report', () => {
  it('writes the one-page summary alone with --summary, its JSON beside it, and prints the names given for who signs (issue 18)', async () => {
    const summary = join(out, 'resume.pdf');
    const run = await hygie(['report', '--summary', summary, '--lang', 'fr', '--responsible', 'Dr Paul Müller', '--by', 'Lucie Blanc', '--next-review', '2027-01-15']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(summary);
    const json = join(out, 'resume.json');
    const report = readJson(json);
    expect(report).toMatchObject({ generatedBy: 'Lucie Blanc', signature: { responsible: 'Dr Paul Müller', nextReview: '2027-01-15' } });
    expect((await pdfInfo(summary)).Pages).toBe('1');
    const text = (await pdfText(summary, { layout: true })).replace(/\s+/gu, ' ');
    expect(text).toContain('Rapport de sécurité des accès');
    expect(text).toContain('Dr Paul Müller');
    expect(text).toContain('15 janvier 2027');
    expect(text).toContain(await sha256sum(json));
  });

  it('writes the PDF, JSON and CSV of the store, the PDF showing the practice, every person, every breach, the score and the JSON’s hash', async () => {
    const files = { pdf: join(out, 'rapport.pdf'), json: join(out, 'rapport.json'), csv: join(out, 'rapport.csv') };
    const run = await hygie(['report', '--pdf', files.pdf, '--json', files.json, '--csv', files.csv, '--lang', 'fr']);
    expect(run.code, run.stderr).toBe(0);

    const hash = await sha256sum(files.json);
    const report = readJson(files.json);
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report).toMatchObject({ origin: 'store', language: 'fr', anonymised: false, generatedBy: 'Dr Jeanne Dupont' });
    expect(report.people.map((person) => person.name).sort()).toEqual([...NAMES].sort());
    const titles = report.people.flatMap((person) => person.accounts.flatMap((account) => account.breach?.breaches.map((breach) => breach.title) ?? []));
    expect([...new Set(titles)].sort()).toEqual([...BREACH_TITLES].sort());
    expect(report.score.value).not.toBeNull();

    const text = await pdfText(files.pdf, { layout: true });
    expect(text).toContain(PRACTICE.name);
    for (const name of NAMES) expect(text).toContain(name);
    for (const title of BREACH_TITLES) expect(text).toContain(title);
    expect(text).toMatch(scorePattern(report.score.value!));
    expect(text).toContain(hash);
    expect((await pdfToPngs(files.pdf, 'cli-report-fr')).length).toBeGreaterThanOrEqual(1);

    // The CSV: one row per person × account, in French.
    const csv = readFileSync(files.csv, 'utf8');
    for (const name of NAMES) expect(csv).toContain(name);
    expect(csv).toMatch(/^\uFEFFRéf\. personne;Personne;Fonction;/u);

    expect(run.stdout).toContain(`SHA-256 du JSON (imprimé en pied de chaque page du PDF)\u202f: ${hash}`);
    expect(run.stdout).toContain(`Score\u202f: ${report.score.value}/100`);

    // Recorded in the store, as the app's Reports page lists it.
    const again = openCore({ dataDir: core.dataDir, secrets: core.secrets });
    const listed = await again.call<ReportRecord[]>('reports.list');
    const record = listed.find((entry) => entry.jsonSha256 === hash);
    expect(record).toMatchObject({ id: report.reportId, generatedBy: expect.stringMatching(/^cli:/u), language: 'fr', anonymised: false, score: report.score.value });
    expect(record!.files.map((file) => [file.format, file.path, file.exists]).sort()).toEqual(
      [['csv', files.csv, true], ['json', files.json, true], ['pdf', files.pdf, true]],
    );
    again.close();
  });

  it('anonymised and in English: initials only, in the PDF, the JSON (written next to the PDF) and the CSV', async () => {
    const pdf = join(out, 'anonymised.pdf');
    const csv = join(out, 'anonymised.csv');
    const run = await hygie(['report', '--pdf', pdf, '--csv', csv, '--lang', 'en', '--anonymise']);
    expect(run.code, run.stderr).toBe(0);
    const json = join(out, 'anonymised.json');
    expect(run.stderr).toContain(`the JSON whose hash the PDF prints is written next to the PDF: ${json}`);
    expect(run.stdout).toContain('Anonymised: names are replaced by initials');

    const report = readJson(json);
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report).toMatchObject({ language: 'en', anonymised: true });
    expect(report.people.map((person) => person.name).sort()).toEqual(['F. G.', 'H. L.']);
    const text = await pdfText(pdf, { layout: true });
    expect(text).toContain('F. G.');
    expect(text).toContain('H. L.');
    expect(text).toContain(await sha256sum(json));
    for (const title of BREACH_TITLES) expect(text).toContain(title);
    // An English report on a French-region computer: French Excel's ';' (issue 14).
    expect(readFileSync(csv, 'utf8')).toMatch(/^\uFEFFPerson ref\.;Person;Role;/u);
    for (const [what, content] of [['PDF', text], ['JSON', readFileSync(json, 'utf8')], ['CSV', readFileSync(csv, 'utf8')]] as const) {
      for (const word of IDENTIFYING) expect(content, `${what} names ${word}`).not.toContain(word);
    }
    expect((await pdfToPngs(pdf, 'cli-report-en-anonymised')).length).toBeGreaterThanOrEqual(1);
  });

  it("separates the CSV as the computer's region does, whatever --lang says (issue 14)", async () => {
    const csv = join(out, 'us-region.csv');
    const run = await hygie(['report', '--pdf', join(out, 'us-region.pdf'), '--csv', csv, '--lang', 'fr'], { LANG: 'en_US.UTF-8' });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(csv, 'utf8')).toMatch(/^\uFEFFRéf\. personne,Personne,Fonction,/u);
  });

  it('exits 2 and says what to do when the data folder has no store, creating nothing', async () => {
    const pdf = join(out, 'none.pdf');
    const run = await hygie(['report', '--pdf', pdf, '--lang', 'en'], { HYGIE_DATA_DIR: emptyDataDir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`No Hygie data in ${emptyDataDir}: nothing to put in a report.`);
    expect(existsSync(pdf)).toBe(false);
    expect(existsSync(join(emptyDataDir, 'hygie.db'))).toBe(false);
  });

  it('exits 2 before any work when a destination does not end in its format’s extension', async () => {
    const reader = openCore({ dataDir: core.dataDir, secrets: core.secrets });
    const before = (await reader.call<ReportRecord[]>('reports.list')).length;
    reader.close();
    const launcher = join(out, 'rapport.desktop');
    const refused = await hygie(['report', '--pdf', launcher]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`--pdf attend un fichier .pdf\u202f: ${launcher} n’en est pas un. Donnez un chemin qui finit par .pdf`);
    expect(existsSync(launcher)).toBe(false);
    expect(existsSync(`${launcher}.json`)).toBe(false);

    const sheet = join(out, 'wrong.txt');
    const english = await hygie(['report', '--pdf', join(out, 'wrong.pdf'), '--csv', sheet, '--lang', 'en']);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain(`--csv needs a .csv file: ${sheet} is not one. Give a path that ends in .csv`);
    const data = await hygie(['report', '--pdf', join(out, 'wrong.pdf'), '--json', join(out, 'wrong.sh'), '--lang', 'en']);
    expect(data.code).toBe(2);
    expect(data.stderr).toContain('--json needs a .json file');
    expect(existsSync(join(out, 'wrong.pdf'))).toBe(false);

    const again = openCore({ dataDir: core.dataDir, secrets: core.secrets });
    expect(await again.call<ReportRecord[]>('reports.list')).toHaveLength(before);
    again.close();
  });

  it('accepts an extension in capitals', async () => {
    const pdf = join(out, 'CAPITALS.PDF');
    const run = await hygie(['report', '--pdf', pdf, '--lang', 'en']);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(pdf)).toBe(true);
    expect(existsSync(join(out, 'CAPITALS.json'))).toBe(true);
  });

  it('exits 2 before any work when a destination folder does not exist', async () => {
    const missing = join(out, 'no-such-folder', 'r.pdf');
    const run = await hygie(['report', '--pdf', missing]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Le dossier donné à --pdf n’existe pas\u202f: ${join(out, 'no-such-folder')}.`);
  });
});

describe('hygie audit --pdf', () => {
  it('exits 2 before checking anything when --pdf does not end in .pdf', async () => {
    const roster = join(out, 'personnel-ext.csv');
    writeFileSync(roster, ['Nom;Prénom;E-mail', `Garçon;François;${BREACHED}`].join('\r\n'), 'utf8');
    const target = join(out, 'audit.exe');
    const hits = fake.log.length;
    const run = await hygie(['audit', '--roster', roster, '--pdf', target, '--lang', 'en'], { HIBP_API_KEY: PRO_KEY, HYGIE_HIBP_BASE_URL: fake.baseUrl });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--pdf needs a .pdf file: ${target} is not one.`);
    expect(existsSync(target)).toBe(false);
    expect(fake.log.length).toBe(hits);
  });

  it('writes the compliance report of the run, with the JSON whose hash it prints beside it', async () => {
    const roster = join(out, 'personnel.csv');
    writeFileSync(roster, ['Nom;Prénom;E-mail', `Garçon;François;${BREACHED}`, `Lefèvre;Hélène;${HELENE}`].join('\r\n'), 'utf8');
    mkdirSync(join(out, 'audit'), { recursive: true });
    const pdf = join(out, 'audit', 'audit.pdf');
    const run = await hygie(['audit', '--roster', roster, '--pdf', pdf, '--lang', 'fr'], { HIBP_API_KEY: PRO_KEY, HYGIE_HIBP_BASE_URL: fake.baseUrl });
    expect(run.code, run.stderr).toBe(1); // an address is breached: the audit's own exit code
    const json = join(out, 'audit', 'audit.report.json');
    expect(run.stderr).toContain(`Rapport PDF\u202f: ${pdf} — et, à côté, le JSON dont il imprime l’empreinte SHA-256\u202f: ${json}`);

    const report = readJson(json);
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.origin).toBe('audit');
    // Only breaches were checked: the rest is said not in scope, once per kind of check.
    expect(report.notChecked.filter((entry) => entry.reason === 'not-in-scope').map((entry) => entry.check).sort()).toEqual(['mfa', 'password', 'walkthrough']);
    const text = await pdfText(pdf, { layout: true });
    expect(text).toContain(PRACTICE.name);
    expect(text).toContain('François Garçon');
    expect(text).toContain('Adobe');
    expect(text).toContain(await sha256sum(json));
    expect((await pdfToPngs(pdf, 'cli-audit-fr')).length).toBeGreaterThanOrEqual(1);
  });
});
