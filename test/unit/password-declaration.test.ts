import { afterAll, describe, expect, it } from 'vitest';
import type { PasswordResults, Sitting, StoredPasswordDeclaration } from '../../electron/core/model/schemas/password.ts';
import type { Report } from '../../electron/core/model/schemas/report.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import { reportCsv } from '../../electron/core/report/report-csv.ts';
import { renderReportPdf } from '../../electron/core/report/report-pdf.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfText } from '../support/report-checks.ts';
import { ARTEFACTS_DIR } from '../support/browser-harness.ts';
import { buildReportFromStore } from '../../electron/core/report/report-from-store.ts';
import { closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';
import { startFakeHibp, type FakeHibp } from '../support/fake-hibp.ts';
import { findSecrets } from '../support/secret-scan.ts';

// The self-assessment (issue 17 item 5): a person who does not type a password answers four
// questions about it; Hygie stores the answers as "declared" evidence, through the real router,
// the encrypted store and the keychain. What a user would notice: the page counts it as declared,
// a "no" is a finding with its fix, four "yes" earn half of what a checked pass earns, a check made
// afterwards replaces it (and the other way round), and the report says "declared".

const ALL_YES = { minLength: 'yes', unique: 'yes', manager: 'yes', changedSinceBreach: 'yes' } as const;
const NOT_UNIQUE = { ...ALL_YES, unique: 'no', manager: 'no' } as const;
/** Long, random, in no corpus: a checked pass. */
const STRONG = 'Vk7#pL2!xQ9@mR4$wZ-declared';

let clockMs = Date.UTC(2026, 2, 2, 9, 0, 0);
const fakes: FakeHibp[] = [];

afterAll(async () => {
  await closeAllCores();
  for (const fake of fakes) await fake.close();
});

async function setUp(): Promise<{ core: Core; person: StaffMember; mailbox: string; amelipro: string; fake: FakeHibp }> {
  const fake = await startFakeHibp({ pwnedPasswords: { password: 10_434_004 } });
  fakes.push(fake);
  const core = openCore({ core: { password: { sitting: { now: () => clockMs, sweepEveryMs: 0 }, pwned: { timeoutMs: 10_000, retries: 0 } } } });
  await core.call('practice.save', PRACTICE);
  await core.call('services.set', { pwnedPasswordsBaseUrl: fake.pwnedBaseUrl });
  const person = await core.call<StaffMember>('staff.create', {
    firstName: 'Hélène',
    lastName: 'Lefèvre',
    role: 'secretary',
    roleLabel: null,
    emails: ['helene.lefevre@cabinet-dupont.fr'],
    services: ['amelipro'],
  });
  const accounts = (await core.call<PasswordResults>('password.results')).persons[0]!.accounts;
  return { core, fake, person, mailbox: accounts.find((a) => a.service === 'mailbox')!.accountId, amelipro: accounts.find((a) => a.service === 'amelipro')!.accountId };
}

async function report(core: Core): Promise<Report> {
  return core.host.use((store) => buildReportFromStore(store, { language: 'fr', anonymise: false, hibpKeySet: false, generatedBy: 'test', now: new Date(), hygieVersion: '0.0.0' }));
}

describe('password.declare', () => {
  it('stores the four answers as declared evidence, which the page counts apart and never as checked', async () => {
    const { core, person, mailbox } = await setUp();
    const stored = await core.call<StoredPasswordDeclaration>('password.declare', { staffId: person.id, accountId: mailbox, answers: ALL_YES });
    expect(stored).toMatchObject({ accountId: mailbox, answers: ALL_YES });
    const results = await core.call<PasswordResults>('password.results');
    const account = results.persons[0]!.accounts.find((a) => a.accountId === mailbox)!;
    expect(account.latest).toBeNull();
    expect(account.declared).toMatchObject({ answers: ALL_YES });
    expect(results.summary).toMatchObject({ accounts: 2, pass: 1, declared: 1, neverChecked: 1, fail: 0 });
    // The audit log says who declared which account, and how many "no": not the answers' text.
    const audit = await core.host.use((store) => store.audit.latest(10));
    expect(audit.find((entry) => entry.action === 'password.declare')).toMatchObject({ subject: mailbox, details: { answeredNo: 0 } });
  });

  it('refuses an account that is not the person’s, and answers that are not yes or no', async () => {
    const { core, person, mailbox } = await setUp();
    const other = await core.call<StaffMember>('staff.create', { firstName: 'Paul', lastName: 'Martin', role: 'physician', roleLabel: null, emails: ['paul.martin@cabinet-dupont.fr'], services: [] });
    await expect(core.call('password.declare', { staffId: other.id, accountId: mailbox, answers: ALL_YES })).rejects.toMatchObject({ code: 'account-not-found' });
    await expect(core.call('password.declare', { staffId: person.id, accountId: mailbox, answers: { ...ALL_YES, manager: 'maybe' } })).rejects.toMatchObject({ code: 'invalid-input' });
    expect((await core.call<PasswordResults>('password.results')).summary.declared).toBe(0);
  });

  it('raises a finding with its fix for each "no", scores four "yes" at half a check, and the report shows "declared"', async () => {
    const { core, person, mailbox, amelipro } = await setUp();
    await core.call('password.declare', { staffId: person.id, accountId: mailbox, answers: ALL_YES });
    await core.call('password.declare', { staffId: person.id, accountId: amelipro, answers: NOT_UNIQUE });
    const built = await report(core);
    const accounts = built.people[0]!.accounts;
    const mailboxAccount = accounts.find((a) => a.service === 'mailbox')!;
    const ameliAccount = accounts.find((a) => a.service === 'amelipro')!;
    expect(mailboxAccount.password).toMatchObject({ verdict: 'never-checked', evidence: 'declared', declared: { answers: ALL_YES } });
    expect(ameliAccount.password).toMatchObject({ evidence: 'declared', declared: { answers: NOT_UNIQUE } });
    expect(built.summary).toMatchObject({ passwordsPass: 1, passwordsFail: 1, passwordsDeclared: 2, passwordsNotChecked: 0 });
    // Declared is evidence of its own: not listed as "not checked", not counted as a check either.
    expect(built.notChecked.filter((entry) => entry.check === 'password')).toEqual([]);
    const finding = built.findings.find((candidate) => candidate.kind === 'declared-password')!;
    expect(finding).toMatchObject({ accountRef: ameliAccount.accountRef, severity: 'high' });
    expect(finding.title).toContain('déclaré');
    expect(finding.title).toContain('utilisé ailleurs aussi');
    expect(finding.action).toContain('gestionnaire de mots de passe');
    expect(finding.playbook).toHaveLength(2);
    // Passwords: mailbox (3) half, amelipro (3) nothing → 1.5 / 6.
    expect(built.score.components.find((c) => c.id === 'passwords')).toMatchObject({ earned: 0.25, good: 0 });
    expect(built.score.formulaVersion).toBe(2);
    // The spreadsheet says it too.
    const csv = reportCsv(built, ';');
    expect(csv).toContain('Déclaré');
    expect(csv).toContain('utilisé ailleurs aussi');
    // The PDF's account table says "declared", with the "no" answers; kept as an artefact to look at.
    const pdf = await renderReportPdf(built, 'f'.repeat(64));
    mkdirSync(join(ARTEFACTS_DIR, 'reports'), { recursive: true });
    const pdfPath = join(ARTEFACTS_DIR, 'reports', 'declared-password.fr.pdf');
    writeFileSync(pdfPath, pdf);
    const text = (await pdfText(pdfPath)).replace(/\s+/gu, ' ');
    expect(text).toContain('Déclaré par la personne');
    expect(text).toContain('utilisé ailleurs aussi');
    // The Actions page lists it under Passwords, like the other findings.
    const actions = await core.call<{ actions: { kind: string; area: string; playbook?: string[] }[] }>('actions.list', { language: 'fr' });
    expect(actions.actions.find((f) => f.kind === 'declared-password')).toMatchObject({ area: 'passwords', playbook: finding.playbook });
  });

  it('is replaced by a check made after it, and replaces a check made before it', async () => {
    const { core, person, mailbox } = await setUp();
    const sitting = await core.call<Sitting>('password.beginSitting', { staffId: person.id });
    await core.call('password.check', { sittingId: sitting.sittingId, accountId: mailbox, password: STRONG });
    clockMs += 60_000;
    // The core's store clock is the real one: a declaration written now is newer than the check.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await core.call('password.declare', { staffId: person.id, accountId: mailbox, answers: NOT_UNIQUE });
    let built = await report(core);
    let password = built.people[0]!.accounts.find((a) => a.service === 'mailbox')!.password;
    expect(password).toMatchObject({ verdict: 'pass', evidence: 'declared' });
    expect(built.findings.map((f) => f.kind)).toContain('declared-password');

    await new Promise((resolve) => setTimeout(resolve, 5));
    await core.call('password.check', { sittingId: sitting.sittingId, accountId: mailbox, password: STRONG });
    built = await report(core);
    password = built.people[0]!.accounts.find((a) => a.service === 'mailbox')!.password;
    expect(password).toMatchObject({ verdict: 'pass', evidence: 'checked', declared: null });
    expect(built.findings.map((f) => f.kind)).not.toContain('declared-password');
    core.close();
    expect(findSecrets(core.dataDir, [STRONG])).toEqual([]);
  });
});

describe('a check superseded while typing (the checker runs by itself once typing stops)', () => {
  it('stores nothing when typing resumed (password.cancelCheck) while the breach lookup was out, and says so by its code', async () => {
    const { core, fake, person, mailbox } = await setUp();
    const sitting = await core.call<Sitting>('password.beginSitting', { staffId: person.id });
    fake.fault('/pwned/range/', { type: 'slow', delayMs: 600 });
    const first = core.call('password.check', { sittingId: sitting.sittingId, accountId: mailbox, password: 'Vk7#pL2!xQ9' }).catch((error: { code: string }) => error.code);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await core.call('password.cancelCheck', { sittingId: sitting.sittingId, accountId: mailbox });
    expect(await first).toBe('password-check-superseded');
    const results = await core.call<PasswordResults>('password.results');
    expect(results.persons[0]!.accounts.find((a) => a.accountId === mailbox)!.latest).toBeNull();
    // The next check, once typing stops again, is stored as usual.
    fake.clearFaults();
    await core.call('password.check', { sittingId: sitting.sittingId, accountId: mailbox, password: STRONG });
    const after = await core.call<PasswordResults>('password.results');
    expect(after.persons[0]!.accounts.find((a) => a.accountId === mailbox)!.latest).toMatchObject({ verdict: 'pass' });
  });
});
