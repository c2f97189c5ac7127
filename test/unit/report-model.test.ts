import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EmailBreachOutcome } from '../../electron/core/model/schemas/breach.ts';
import type { DomainCheck } from '../../electron/core/model/schemas/mail-domain.ts';
import type { MfaStatus } from '../../electron/core/model/schemas/mfa.ts';
import type { PolicyRuleKind, StoredPasswordVerdict } from '../../electron/core/model/schemas/password.ts';
import { MAPPING_ITEMS, REPORT_SCHEMA_VERSION, ReportSchema, SEVERITIES, type Report } from '../../electron/core/model/schemas/report.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import { buildAuditReport, combineForReport } from '../../electron/core/breach/audit-report-schema.ts';
import { dashboardSummary } from '../../electron/core/report/dashboard-summary.ts';
import { buildReportFromAudit } from '../../electron/core/report/report-from-audit.ts';
import { addDays, localDay } from '../../electron/core/report/report-dates.ts';
import { sixMonthsAfter } from '../../electron/core/report/build-report.ts';
import { buildReportFromStore, type StoreReportOptions } from '../../electron/core/report/report-from-store.ts';
import type { Store } from '../../electron/core/store/store.ts';
import { isAllowedExternalUrl } from '../../electron/main/external-links.ts';
import { closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';

// The report model built from a real encrypted store (keychain and all), seeded the way the app
// fills it: the practice and staff through core calls, breach, MFA and password results through
// their repositories (with fixed dates, so due dates can be checked), walkthrough answers through
// the contract. What a reader of the report would notice: who is listed and in which order, each
// finding with its severity, owner and due date, a remediation closing a finding, what was not
// checked and why, the references of the practice's policy, the score history, and anonymisation
// that leaves no name or address behind.

afterEach(closeAllCores);

const NOW = new Date('2026-03-01T12:00:00.000Z');
const BREACH_AT = '2026-01-10T12:00:00.000Z';
/** When the seeded people were added to the staff list (an unfinished walkthrough is due from there). */
const ADDED_AT = '2025-11-01T12:00:00.000Z';
const LINKEDIN = { name: 'LinkedIn', title: 'LinkedIn', breachDate: '2016-05-05', dataClasses: ['Email addresses', 'Passwords'] };

// Calendar days are the computer's local days (report-dates.ts): expected days are worked out the
// same way, so the tests hold in any time zone (run them with TZ=Pacific/Kiritimati too).
/** The local day of an instant. */
const day = (instant: string | Date) => localDay(new Date(instant));
/** The local day of an instant plus `days`. */
const due = (instant: string, days: number) => addDays(day(instant), days);
const TODAY = day(NOW);
const ADOBE = { name: 'Adobe', title: 'Adobe', breachDate: '2013-10-04', dataClasses: ['Email addresses', 'Passwords'] };
const SECRET_NOTE = 'note secrète à ne jamais publier';

interface Seeded {
  core: Core;
  store: Store;
  helene: StaffMember;
  hugo: StaffMember;
  jp: StaffMember;
  /** "<staffId>:<service>[:<email>]" → account id. */
  account: (person: StaffMember, service: string, email?: string) => string;
}

function options(overrides: Partial<StoreReportOptions> = {}): StoreReportOptions {
  return { language: 'fr', anonymise: false, generatedBy: 'app:secretariat', now: NOW, hygieVersion: '0.1.0', hibpKeySet: true, ...overrides };
}

function verdict(accountId: string, fields: Partial<StoredPasswordVerdict> & { verdict: StoredPasswordVerdict['verdict'] }): StoredPasswordVerdict {
  const all = fields.verdict;
  return {
    accountId,
    checkedAt: '2026-02-15T12:00:00.000Z',
    reason: null,
    policy: 'cnil-2022',
    cnilCase: '1',
    score: all === 'pass' ? 4 : 1,
    failedRules: [],
    policies: { 'cnil-2022': all, 'anssi-2021': all, 'nist-800-63b': all, hipaa: all },
    pwned: { status: 'not-pwned' },
    contextKinds: [],
    reusedWith: [],
    recordedBy: 'test:secretariat',
    ...fields,
  };
}

function domainCheck(dmarc: 'none' | 'reject'): DomainCheck {
  return {
    domain: 'cabinet-dupont.fr',
    checkedAt: '2026-02-25T12:00:00.000Z',
    durationMs: 12,
    skipped: null,
    spf: {
      check: 'spf',
      finding: 'hard-fail',
      status: 'good',
      records: ['v=spf1 include:_spf.example -all'],
      all: '-all',
      redirect: null,
      lookups: 1,
      voidLookups: 0,
      followed: ['_spf.example'],
      problem: null,
    },
    dmarc: {
      check: 'dmarc',
      finding: dmarc,
      status: dmarc === 'none' ? 'warning' : 'good',
      records: [`v=DMARC1; p=${dmarc}`],
      policy: dmarc,
      subdomainPolicy: null,
      percent: 100,
      reportTo: [],
      inheritedFrom: null,
      effectivePolicy: dmarc,
    },
    dkim: { check: 'dkim', finding: 'found', status: 'good', records: [], selectorsFound: ['selector1'], selectorsTried: ['selector1'], selectorsUnanswered: [], keys: [] },
    mtaSts: { check: 'mta-sts', finding: 'absent', status: 'info', records: [], policyId: null, mode: null, policyProblem: null },
  };
}

/**
 * Three people (roster order: Lefèvre, Leroy, Martin), two sharing the initials "H. L.":
 * - Hélène Lefèvre: her practice mailbox breached (Adobe) with no MFA, her Gmail clean with an app
 *   but the same password as amelipro, amelipro's password pwned with MFA by e-mail code, a bank
 *   account with SMS and a weak password; the walkthrough not started.
 * - Hugo Leroy (IT provider): a mailbox with a security key, never checked for breaches.
 * - Jean-Pierre Martin: mailbox with SMS, its breach check and password check timed out, Pro Santé
 *   Connect never recorded; one walkthrough step answered.
 */
async function seed(): Promise<Seeded> {
  const core = openCore();
  await core.call('practice.save', PRACTICE);
  const create = (person: Record<string, unknown>) => core.call<StaffMember>('staff.create', { roleLabel: null, ...person });
  const jp = await create({ firstName: 'Jean-Pierre', lastName: 'Martin', role: 'physician', emails: ['jp.martin@cabinet-dupont.fr'], services: ['pro-sante-connect'] });
  const helene = await create({
    firstName: 'Hélène',
    lastName: 'Lefèvre',
    role: 'secretary',
    emails: ['helene.lefevre@cabinet-dupont.fr', 'h.lefevre@gmail.com'],
    services: ['bank', 'amelipro'],
  });
  const hugo = await create({ firstName: 'Hugo', lastName: 'Leroy', role: 'it-provider', emails: ['hugo.leroy@infogerance.fr'], services: [] });
  const store = await core.host.open();
  const account = (person: StaffMember, service: string, email?: string) =>
    store.passwords.accounts().find((entry) => entry.staffId === person.id && entry.service === service && (email === undefined || entry.label === email))!.accountId;

  const heleneMailbox = account(helene, 'mailbox', 'helene.lefevre@cabinet-dupont.fr');
  const heleneGmail = account(helene, 'mailbox', 'h.lefevre@gmail.com');
  const heleneAmeli = account(helene, 'amelipro');
  const heleneBank = account(helene, 'bank');
  const hugoMailbox = account(hugo, 'mailbox');
  const jpMailbox = account(jp, 'mailbox');

  store.transaction(() => {
    const breach = (accountId: string, outcome: EmailBreachOutcome) => store.breachResults.record(accountId, BREACH_AT, [outcome]);
    breach(heleneMailbox, { status: 'breached', source: 'hibp', breaches: [ADOBE] });
    breach(heleneGmail, { status: 'clean', source: 'hibp' });
    breach(jpMailbox, { status: 'not-checked', source: 'hibp', reason: 'timeout' });

    const mfa = (accountId: string, status: MfaStatus, at: string) =>
      store.mfa.record({ accountId, status, evidence: 'declared', recordedBy: 'test:secretariat', note: SECRET_NOTE, at: new Date(at) });
    mfa(heleneMailbox, 'none', '2026-02-01T12:00:00.000Z');
    mfa(heleneGmail, 'app', '2026-02-01T12:00:00.000Z');
    mfa(heleneAmeli, 'email-code', '2026-02-20T12:00:00.000Z');
    mfa(heleneBank, 'sms', '2026-02-01T12:00:00.000Z');
    mfa(hugoMailbox, 'phishing-resistant', '2026-02-01T12:00:00.000Z');
    mfa(jpMailbox, 'sms', '2026-02-01T12:00:00.000Z');

    const reused = (accountId: string, service: 'mailbox' | 'amelipro', label: string) => [{ accountId, service, label }];
    const failed = (rules: PolicyRuleKind[]) => ({ failedRules: rules });
    store.passwords.record(verdict(heleneMailbox, { verdict: 'pass' }));
    store.passwords.record(
      verdict(heleneGmail, { verdict: 'fail', ...failed(['not-reused']), reusedWith: reused(heleneAmeli, 'amelipro', 'amelipro') }),
    );
    store.passwords.record(
      verdict(heleneAmeli, {
        verdict: 'fail',
        ...failed(['not-pwned', 'not-reused']),
        pwned: { status: 'pwned', count: 4417 },
        reusedWith: reused(heleneGmail, 'mailbox', 'h.lefevre@gmail.com'),
      }),
    );
    store.passwords.record(verdict(heleneBank, { verdict: 'fail', ...failed(['min-theoretical-bits', 'not-guessable']) }));
    store.passwords.record(verdict(jpMailbox, { verdict: 'not-checked', reason: 'timeout', pwned: { status: 'not-checked', reason: 'timeout' } }));
  });
  await core.call('walkthrough.answer', { staffId: jp.id, accountId: jpMailbox, step: 'check-password', answer: 'done', note: SECRET_NOTE });
  // staff.create stamps the real clock; the report's dates need a fixed one.
  store.db.prepare('UPDATE staff SET created_at = ?').run(ADDED_AT);
  return { core, store, helene, hugo, jp, account };
}

function parsed(report: Report): Report {
  return ReportSchema.parse(JSON.parse(JSON.stringify(report)));
}

/** The summary, counted again from the people and findings: it must say the same. */
function recount(report: Report): Report['summary'] {
  const accounts = report.people.flatMap((person) => person.accounts);
  const mailboxes = accounts.filter((account) => account.breach !== null);
  return {
    people: report.people.length,
    accounts: accounts.length,
    mailboxes: mailboxes.length,
    breachedMailboxes: mailboxes.filter((account) => account.breach!.status === 'breached').length,
    remediatedMailboxes: mailboxes.filter((account) => account.breach!.status === 'breached' && account.breach!.remediated).length,
    cleanMailboxes: mailboxes.filter((account) => account.breach!.status === 'clean').length,
    notCheckedMailboxes: mailboxes.filter((account) => account.breach!.status === 'not-checked').length,
    mfaProtected: accounts.filter((account) => ['phishing-resistant', 'app', 'sms', 'email-code'].includes(account.mfa.status)).length,
    // E-mail code anywhere, SMS on a mailbox or amelipro: the mfa-weak findings.
    mfaWeak: accounts.filter((account) => account.mfa.status === 'email-code' || (account.mfa.status === 'sms' && ['mailbox', 'amelipro'].includes(account.service)))
      .length,
    mfaNone: accounts.filter((account) => account.mfa.status === 'none').length,
    mfaUnknown: accounts.filter((account) => account.mfa.status === 'unknown').length,
    // A self-assessment in force stands instead of the check: four "yes" compliant, a "no" to change.
    passwordsPass: accounts.filter((account) => (account.password.declared ? Object.values(account.password.declared.answers).every((answer) => answer === 'yes') : account.password.verdict === 'pass')).length,
    passwordsFail: accounts.filter((account) => (account.password.declared ? Object.values(account.password.declared.answers).includes('no') : account.password.verdict === 'fail')).length,
    passwordsDeclared: accounts.filter((account) => account.password.evidence === 'declared').length,
    passwordsPwned: accounts.filter((account) => account.password.evidence === 'checked' && account.password.pwned === 'pwned').length,
    passwordsReused: accounts.filter((account) => account.password.evidence === 'checked' && account.password.reusedWith.length > 0).length,
    passwordsNotChecked: accounts.filter((account) => !account.password.declared && (account.password.verdict === 'not-checked' || account.password.verdict === 'never-checked')).length,
    walkthroughComplete: report.people.filter((person) => person.walkthrough.complete).length,
    walkthroughStarted: report.people.filter((person) => person.walkthrough.answered > 0).length,
    findings: Object.fromEntries(SEVERITIES.map((severity) => [severity, report.findings.filter((finding) => finding.severity === severity).length])) as Report['summary']['findings'],
  };
}

describe('the report from the store', () => {
  it('lists people in roster order and their accounts in risk order, with what the pages say of each', async () => {
    const { store } = await seed();
    const report = parsed(buildReportFromStore(store, options()));
    // Who prepared it is a name typed on the Reports page, else the referent: never the computer's login.
    expect(report).toMatchObject({ format: 'hygie-report', schemaVersion: REPORT_SCHEMA_VERSION, origin: 'store', language: 'fr', anonymised: false, generatedBy: 'Dr Jeanne Dupont' });
    expect(report.practice).toEqual({
      name: 'Cabinet Dupont',
      city: 'Lyon',
      profession: 'Cabinet de médecine générale',
      finess: null,
      emailDomain: 'cabinet-dupont.fr',
      referent: 'Dr Jeanne Dupont',
    });
    expect(report.signature).toEqual({ responsible: '—', referent: 'Dr Jeanne Dupont', place: 'Lyon', date: TODAY, nextReview: sixMonthsAfter(TODAY) });
    expect(report.people.map((person) => [person.personRef, person.name, person.roleName])).toEqual([
      ['P01', 'Hélène Lefèvre', 'Secrétaire'],
      ['P02', 'Hugo Leroy', 'Prestataire informatique'],
      ['P03', 'Jean-Pierre Martin', 'Médecin'],
    ]);
    const helene = report.people[0]!;
    expect(helene.accounts.map((account) => [account.accountRef, account.service, account.identifier])).toEqual([
      ['P01-A01', 'mailbox', 'helene.lefevre@cabinet-dupont.fr'],
      ['P01-A02', 'mailbox', 'h.lefevre@gmail.com'],
      ['P01-A03', 'amelipro', ''],
      ['P01-A04', 'bank', ''],
    ]);
    expect(helene.accounts[0]!.breach).toEqual({
      status: 'breached',
      checkedAt: BREACH_AT,
      // With its line in words: HIBP's data classes in French (issue 18).
      breaches: [{ ...ADOBE, summary: 'Fuite du site Adobe (4 oct. 2013)\u202f: adresses e-mail, mots de passe.' }],
      remediated: false,
      stealerLogs: [],
    });
    expect(helene.accounts[1]!.breach).toMatchObject({ status: 'clean', breaches: [] });
    expect(helene.accounts[2]!.breach).toBeNull();
    expect(helene.accounts[2]!.mfa).toEqual({ status: 'email-code', evidence: 'declared', checkedAt: '2026-02-20T12:00:00.000Z' });
    expect(helene.accounts[2]!.password).toEqual({
      verdict: 'fail',
      checkedAt: '2026-02-15T12:00:00.000Z',
      failedRules: ['not-pwned', 'not-reused'],
      pwned: 'pwned',
      pwnedCount: 4417,
      reusedWith: ['P01-A02'],
      evidence: 'checked',
      declared: null,
    });
    expect(helene.accounts[1]!.password.reusedWith).toEqual(['P01-A03']);
    expect(report.people[1]!.accounts[0]!.breach).toMatchObject({ status: 'not-checked', checkedAt: null });
    expect(report.people[2]!.accounts.map((account) => account.mfa.status)).toEqual(['sms', 'unknown']);
    // The walkthrough: Jean-Pierre answered one step of his mailbox's.
    const jp = report.people[2]!;
    expect(jp.walkthrough.answered).toBe(1);
    expect(jp.walkthrough.complete).toBe(false);
    expect(jp.walkthrough.total).toBeGreaterThan(1);
    expect(jp.accounts[0]!.walkthrough).toMatchObject({ answered: 1, done: 1, notPossible: 0 });
    expect(jp.walkthrough.lastAnsweredAt).not.toBeNull();
    // The MFA figures are the MFA page's.
    expect(report.mfaCoverage).toEqual(store.mfa.matrix().coverage);
  });

  it('keeps the summary in agreement with the people, accounts and findings', async () => {
    const { store } = await seed();
    const report = buildReportFromStore(store, options());
    expect(report.summary).toEqual(recount(report));
    expect(report.summary).toMatchObject({
      people: 3,
      accounts: 7,
      mailboxes: 4,
      breachedMailboxes: 1,
      remediatedMailboxes: 0,
      cleanMailboxes: 1,
      notCheckedMailboxes: 2,
      mfaProtected: 5,
      mfaWeak: 2,
      mfaNone: 1,
      mfaUnknown: 1,
      passwordsPass: 1,
      passwordsFail: 3,
      passwordsPwned: 1,
      passwordsReused: 2,
      passwordsNotChecked: 3,
      walkthroughStarted: 1,
      walkthroughComplete: 0,
    });
    expect(Object.keys(report.summary.findings).sort()).toEqual([...SEVERITIES].sort());
  });

  it('lists findings by severity, then service risk, then roster order, each with its owner and due date', async () => {
    const { store } = await seed();
    store.mailDomain.saveDomainCheck(domainCheck('none'));
    const report = parsed(buildReportFromStore(store, options()));
    expect(report.findings.map((finding) => [finding.ref, finding.severity, finding.kind, finding.accountRef ?? finding.personRef])).toEqual([
      ['F001', 'critical', 'breached-mailbox', 'P01-A01'],
      ['F002', 'critical', 'mfa-none', 'P01-A01'],
      ['F003', 'critical', 'pwned-password', 'P01-A03'],
      ['F004', 'high', 'reused-password', 'P01-A02'],
      ['F005', 'high', 'mfa-weak', 'P01-A03'],
      ['F006', 'medium', 'weak-password', 'P01-A04'],
      ['F007', 'medium', 'walkthrough-incomplete', 'P01'],
      ['F008', 'medium', 'walkthrough-incomplete', 'P02'],
      ['F009', 'medium', 'domain-email-auth', null],
      ['F010', 'low', 'mfa-weak', 'P03-A01'],
      ['F011', 'low', 'walkthrough-incomplete', 'P03'],
    ]);
    const byId = new Map(report.findings.map((finding) => [finding.ref, finding]));
    // Found 10 January, critical: due 7 days later, overdue on 1 March.
    expect(byId.get('F001')).toMatchObject({ owner: 'Hélène Lefèvre', detectedAt: BREACH_AT, dueDate: due(BREACH_AT, 7), overdue: true, service: 'mailbox' });
    expect(byId.get('F001')!.title).toContain('Adobe');
    expect(byId.get('F001')!.title).toContain('helene.lefevre@cabinet-dupont.fr');
    expect(byId.get('F001')!.action).toMatch(/transfert/u);
    expect(byId.get('F002')).toMatchObject({ dueDate: due('2026-02-01T12:00:00.000Z', 7), overdue: true });
    expect(byId.get('F003')).toMatchObject({ detectedAt: '2026-02-15T12:00:00.000Z', dueDate: due('2026-02-15T12:00:00.000Z', 7), overdue: true });
    expect(byId.get('F003')!.title).toMatch(/4\s?417/u);
    // High, recorded 20 February: 30 days, not overdue yet.
    expect(byId.get('F005')).toMatchObject({ dueDate: due('2026-02-20T12:00:00.000Z', 30), overdue: false });
    // A walkthrough not started runs from the day the person was added: 1 November + 90 days, overdue.
    expect(byId.get('F007')).toMatchObject({ detectedAt: ADDED_AT, dueDate: due(ADDED_AT, 90), overdue: true, owner: 'Hélène Lefèvre' });
    // Started (low): 180 days from the same day, not overdue yet.
    expect(byId.get('F011')).toMatchObject({ detectedAt: ADDED_AT, dueDate: due(ADDED_AT, 180), overdue: false });
    // The practice's domain goes to the IT provider.
    expect(byId.get('F009')).toMatchObject({ owner: 'Hugo Leroy', personRef: null, detectedAt: '2026-02-25T12:00:00.000Z', dueDate: due('2026-02-25T12:00:00.000Z', 90) });
    expect(byId.get('F009')!.title).toContain('DMARC');
    expect(report.summary.findings).toEqual({ critical: 3, high: 2, medium: 4, low: 2 });

    // A domain with DMARC at reject and SPF -all has nothing to say.
    store.mailDomain.saveDomainCheck(domainCheck('reject'));
    const fixed = buildReportFromStore(store, options());
    expect(fixed.findings.some((finding) => finding.kind === 'domain-email-auth')).toBe(false);
    expect(fixed.notChecked.some((entry) => entry.check === 'domain')).toBe(false);
  });

  it('closes the breach finding once the walkthrough records the password changed since', async () => {
    const { core, store, helene, account } = await seed();
    const before = buildReportFromStore(store, options());
    const breachesBefore = before.score.components.find((component) => component.id === 'breaches')!;
    expect(before.findings.some((finding) => finding.kind === 'breached-mailbox')).toBe(true);

    await core.call('walkthrough.answer', {
      staffId: helene.id,
      accountId: account(helene, 'mailbox', 'helene.lefevre@cabinet-dupont.fr'),
      step: 'password-changed-since-breach',
      answer: 'done',
    });
    const after = parsed(buildReportFromStore(store, options()));
    expect(after.findings.some((finding) => finding.kind === 'breached-mailbox')).toBe(false);
    expect(after.people[0]!.accounts[0]!.breach).toMatchObject({ status: 'breached', remediated: true, breaches: [ADOBE] });
    // Still counted as breached (it was), but now earning its share of the score.
    expect(after.summary.breachedMailboxes).toBe(1);
    const breachesAfter = after.score.components.find((component) => component.id === 'breaches')!;
    expect(breachesBefore.good).toBe(1);
    expect(breachesAfter.good).toBe(2);
    expect(after.score.value!).toBeGreaterThan(before.score.value!);
    // She has started her walkthrough: her finding is now low.
    expect(after.findings.find((finding) => finding.kind === 'walkthrough-incomplete' && finding.personRef === 'P01')!.severity).toBe('low');
  });

  it('keeps a problem’s due date from its first finding: re-checking does not push it back', async () => {
    const { store, hugo, helene, account } = await seed();
    const hugoMailbox = account(hugo, 'mailbox');
    const day0 = '2026-02-17T12:00:00.000Z';
    const day10 = '2026-02-27T12:00:00.000Z';
    // Found on day 0, found again on day 10; the report is on day 12: critical, 7 days, overdue.
    store.breachResults.record(hugoMailbox, day0, [{ status: 'breached', source: 'hibp', breaches: [ADOBE] }]);
    store.breachResults.record(hugoMailbox, day10, [{ status: 'breached', source: 'hibp', breaches: [ADOBE] }]);
    const breached = (report: Report) => report.findings.find((finding) => finding.kind === 'breached-mailbox' && finding.accountRef === 'P02-A01')!;
    expect(breached(buildReportFromStore(store, options()))).toMatchObject({ detectedAt: day0, dueDate: due(day0, 7), overdue: true });
    // A failed check in between neither ends nor restarts the run…
    store.breachResults.record(hugoMailbox, '2026-02-28T12:00:00.000Z', [{ status: 'not-checked', source: 'hibp', reason: 'timeout' }]);
    expect(breached(buildReportFromStore(store, options())).detectedAt).toBe(day0);
    // …a clean answer does: found again after it, the due date runs from the new find.
    store.breachResults.record(hugoMailbox, '2026-02-28T13:00:00.000Z', [{ status: 'clean', source: 'hibp' }]);
    store.breachResults.record(hugoMailbox, '2026-02-28T14:00:00.000Z', [{ status: 'breached', source: 'hibp', breaches: [ADOBE] }]);
    expect(breached(buildReportFromStore(store, options()))).toMatchObject({ detectedAt: '2026-02-28T14:00:00.000Z', overdue: false });

    // A password failing again keeps the date of its first failing verdict; a pass ends the run.
    const bank = account(helene, 'bank');
    const weak = (report: Report) => report.findings.find((finding) => finding.kind === 'weak-password' && finding.accountRef === 'P01-A04');
    store.passwords.record(verdict(bank, { verdict: 'fail', failedRules: ['min-length'], checkedAt: '2026-02-27T12:00:00.000Z' }));
    expect(weak(buildReportFromStore(store, options()))!.detectedAt).toBe('2026-02-15T12:00:00.000Z');
    store.passwords.record(verdict(bank, { verdict: 'pass', checkedAt: '2026-02-28T09:00:00.000Z' }));
    expect(weak(buildReportFromStore(store, options()))).toBeUndefined();
    store.passwords.record(verdict(bank, { verdict: 'fail', failedRules: ['min-length'], checkedAt: '2026-02-28T12:00:00.000Z' }));
    expect(weak(buildReportFromStore(store, options()))!.detectedAt).toBe('2026-02-28T12:00:00.000Z');

    // No MFA declared again: still from the first "none" in a row (1 February), overdue.
    const mailbox = account(helene, 'mailbox', 'helene.lefevre@cabinet-dupont.fr');
    store.mfa.record({ accountId: mailbox, status: 'none', evidence: 'declared', recordedBy: 'test:secretariat', at: new Date('2026-02-28T12:00:00.000Z') });
    const none = (report: Report) => report.findings.find((finding) => finding.kind === 'mfa-none' && finding.accountRef === 'P01-A01')!;
    expect(none(buildReportFromStore(store, options()))).toMatchObject({ detectedAt: '2026-02-01T12:00:00.000Z', overdue: true });
  });

  it('does not let an old "password changed since the breach" answer close a breach found after it', async () => {
    const { core, store, helene, account } = await seed();
    const mailbox = account(helene, 'mailbox', 'helene.lefevre@cabinet-dupont.fr');
    await core.call('walkthrough.answer', { staffId: helene.id, accountId: mailbox, step: 'password-changed-since-breach', answer: 'done' });
    const answeredAt = (at: string) =>
      store.db.prepare(`UPDATE walkthrough_progress SET answered_at = ? WHERE account_id = ? AND step = 'password-changed-since-breach'`).run(at, mailbox);
    // Answered 20 January, after Adobe was found (10 January): closed.
    answeredAt('2026-01-20T12:00:00.000Z');
    const closed = buildReportFromStore(store, options());
    expect(closed.people[0]!.accounts[0]!.breach!.remediated).toBe(true);
    expect(closed.summary).toMatchObject({ breachedMailboxes: 1, remediatedMailboxes: 1 });
    const fixedSummary = dashboardSummary(store, { language: 'fr', now: NOW, hibpKeySet: true, generatedBy: 'app:secretariat', hygieVersion: '0.1.0' });
    // The dashboard's breach tile no longer counts it as an open breach.
    expect(fixedSummary.breaches).toMatchObject({ breached: 0, remediated: 1 });

    // LinkedIn is found on 10 February: the January answer was about Adobe only.
    store.breachResults.record(mailbox, '2026-02-10T12:00:00.000Z', [{ status: 'breached', source: 'hibp', breaches: [ADOBE, LINKEDIN] }]);
    const reopened = parsed(buildReportFromStore(store, options()));
    expect(reopened.people[0]!.accounts[0]!.breach).toMatchObject({ status: 'breached', remediated: false });
    // Still due from the first find of the run (10 January): it never stopped being breached.
    expect(reopened.findings.find((finding) => finding.kind === 'breached-mailbox' && finding.accountRef === 'P01-A01')).toMatchObject({
      detectedAt: BREACH_AT,
      overdue: true,
    });
    expect(reopened.summary.remediatedMailboxes).toBe(0);

    // Answered again after LinkedIn was found: closed again.
    answeredAt('2026-02-12T12:00:00.000Z');
    expect(buildReportFromStore(store, options()).people[0]!.accounts[0]!.breach!.remediated).toBe(true);
  });

  it('says what was not checked and why, in the report’s language', async () => {
    const { store } = await seed();
    const report = parsed(buildReportFromStore(store, options()));
    expect(report.notChecked.map((entry) => [entry.check, entry.accountRef, entry.reason, entry.attemptedAt])).toEqual([
      ['breach', 'P02-A01', 'never-checked', null],
      ['breach', 'P03-A01', 'timeout', BREACH_AT],
      ['mfa', 'P03-A02', 'never-recorded', null],
      ['password', 'P02-A01', 'never-checked', null],
      ['password', 'P03-A01', 'timeout', '2026-02-15T12:00:00.000Z'],
      ['password', 'P03-A02', 'never-checked', null],
      ['domain', null, 'never-checked', null],
    ]);
    expect(report.notChecked[0]!.explanation).toMatch(/Vérifier tout le personnel/u);
    expect(report.notChecked[1]!.explanation).toMatch(/^Have I Been Pwned\u202f: .*à temps/u);
    expect(report.notChecked.every((entry) => entry.explanation.length > 20)).toBe(true);
    // Without a key or a corpus, "never checked" is "nothing to check with".
    const noKey = buildReportFromStore(store, options({ hibpKeySet: false, language: 'en' }));
    const hugo = noKey.notChecked.find((entry) => entry.check === 'breach' && entry.accountRef === 'P02-A01')!;
    expect(hugo.reason).toBe('no-key');
    expect(hugo.explanation).toMatch(/Have I Been Pwned key/u);
    // A never-recorded MFA status is not a finding.
    expect(report.findings.some((finding) => finding.accountRef === 'P03-A02' && finding.kind.startsWith('mfa'))).toBe(false);
  });

  it('cites the texts of the practice’s policy first, then the others, all on the allowed link list', async () => {
    const { core, store } = await seed();
    const expected = {
      'cnil-2022': ['cnil-2022-100', 'ans-identification', 'ans-memento', 'anssi-2021', 'gdpr-art-32', 'gdpr-art-33', 'nis2'],
      'anssi-2021': ['anssi-2021', 'ans-identification', 'ans-memento', 'cnil-2022-100', 'gdpr-art-32', 'gdpr-art-33', 'nis2'],
      'nist-800-63b': ['nist-800-63b-4', 'ans-identification', 'ans-memento', 'cnil-2022-100', 'hhs-405d-hicp', 'gdpr-art-32', 'gdpr-art-33', 'nis2'],
      hipaa: ['hipaa-164-308', 'hipaa-164-312', 'ans-identification', 'ans-memento', 'cnil-2022-100', 'hhs-405d-hicp', 'nist-800-63b-4', 'gdpr-art-32', 'gdpr-art-33', 'nis2'],
    } as const;
    for (const [policy, ids] of Object.entries(expected)) {
      await core.call('practice.save', { ...PRACTICE, policy });
      for (const language of ['fr', 'en'] as const) {
        const report = parsed(buildReportFromStore(store, options({ language })));
        expect(report.policy.id).toBe(policy);
        expect(report.references.map((reference) => reference.id)).toEqual(ids);
        const own = policy === 'hipaa' ? 2 : 1;
        expect(report.references.map((reference) => reference.policy)).toEqual(ids.map((_, index) => index < own));
        for (const reference of report.references) {
          expect(isAllowedExternalUrl(reference.url), reference.url).toBe(true);
          expect(reference.relevance.length).toBeGreaterThan(30);
        }
        expect(report.policy.procedures.length > 0).toBe(policy === 'hipaa');
      }
    }
    const english = buildReportFromStore(store, options({ language: 'en' }));
    expect(english.policy.procedures[0]).toMatch(/written procedure/u);
    expect(english.references[0]!.title).toMatch(/164\.308/u);
  });

  it('prints the names typed for who signs and prepared it, and the next review six months on unless a day is given (issue 18)', async () => {
    const { store } = await seed();
    const byDefault = parsed(buildReportFromStore(store, options()));
    expect(byDefault.signature).toEqual({ responsible: '—', referent: 'Dr Jeanne Dupont', place: 'Lyon', date: TODAY, nextReview: sixMonthsAfter(TODAY) });
    expect(sixMonthsAfter('2026-08-31')).toBe('2027-02-28');
    expect(sixMonthsAfter('2026-03-07')).toBe('2026-09-07');
    const typed = parsed(
      buildReportFromStore(store, options({ signers: { responsible: '  Dr Paul Müller ', referent: 'Mme Anne Roux', preparedBy: 'Lucie (accueil)', nextReview: '2027-01-15' } })),
    );
    expect(typed.generatedBy).toBe('Lucie (accueil)');
    expect(typed.signature).toMatchObject({ responsible: 'Dr Paul Müller', referent: 'Mme Anne Roux', nextReview: '2027-01-15' });
    expect(typed.practice.referent).toBe('Mme Anne Roux');
    const hidden = parsed(buildReportFromStore(store, options({ anonymise: true, signers: { responsible: 'Dr Paul Müller', preparedBy: 'Lucie Blanc' } })));
    expect(hidden.signature.responsible).toBe('P. M.');
    expect(JSON.stringify(hidden)).not.toContain('Lucie');
  });

  it('maps the French health texts from its own evidence and fills the first page’s data (issue 18)', async () => {
    const { store } = await seed();
    const report = parsed(buildReportFromStore(store, options()));
    expect(report.mapping.map((item) => item.id)).toEqual([...MAPPING_ITEMS]);
    expect(report.mapping.filter((item) => item.reference === 'ans-memento')).toHaveLength(10);
    expect(report.mapping.find((item) => item.id === 'nis2')!.status).toBe('not-applicable');
    for (const item of report.mapping) expect(report.references.map((reference) => reference.id)).toContain(item.reference);
    expect(report.overview.sentences).toHaveLength(3);
    expect(report.overview.urgent.length).toBeLessThanOrEqual(3);
    for (const ref of report.overview.urgent) expect(report.findings.map((finding) => finding.ref)).toContain(ref);
    expect(report.scope.outOfScope.length).toBeGreaterThan(3);
    for (const breach of report.people.flatMap((person) => person.accounts.flatMap((account) => account.breach?.breaches ?? []))) {
      expect(breach.summary).toMatch(/^Fuite du site /u);
    }
  });

  it('anonymised, leaves no name, address, author or note behind, and tells apart two people with the same initials', async () => {
    const { store } = await seed();
    store.mailDomain.saveDomainCheck(domainCheck('none'));
    const report = parsed(buildReportFromStore(store, options({ anonymise: true })));
    const json = JSON.stringify(report);
    for (const hidden of ['Hélène', 'Lefèvre', 'Hugo', 'Leroy', 'Jean-Pierre', 'Martin', 'Jeanne', 'helene.lefevre', 'h.lefevre', 'hugo.leroy', 'jp.martin', 'test:secretariat', 'app:secretariat', SECRET_NOTE]) {
      expect(json, hidden).not.toContain(hidden);
    }
    expect(report.people.map((person) => person.name)).toEqual(['H. L.', 'H. L. (2)', 'J.-P. M.']);
    expect(report.people[0]!.accounts.map((account) => account.identifier)).toEqual(['•••@cabinet-dupont.fr', '•••@gmail.com', '', '']);
    expect(report.practice.referent).toBe('J. D.');
    expect(report.signature.referent).toBe('J. D.');
    expect(report.generatedBy).toBe('—');
    expect(report.anonymised).toBe(true);
    const names = new Set(report.people.map((person) => person.name));
    expect(report.findings.every((finding) => names.has(finding.owner))).toBe(true);
    expect(report.findings.find((finding) => finding.kind === 'domain-email-auth')!.owner).toBe('H. L. (2)');

    // Not anonymised, notes still never enter.
    expect(JSON.stringify(buildReportFromStore(store, options()))).not.toContain(SECRET_NOTE);
  });
});

describe('the JSON schema file', () => {
  // Pinned per schemaVersion: a file in the field must validate against the schema of its version
  // (version 1's is kept as docs/report-schema-v1.json, version 2's as docs/report-schema-v2.json).
  const PINNED: Record<number, string> = {
    1: 'beacf868edfe905d7607e61fd60ddc340d7cb27a0f1c73f68c111908cdaf290a',
    2: 'a0c801cf02cbc16e6baad05b2d8c90bfe5421a30e50ec8862d2b17f5dcf34cb7',
    3: 'db5d1e74fd0f99de2493a32f6b5a4f2ed911262f8b82bb1f7cc11bfd7143f884',
    4: '4c9aff427444412ede31239b35b723a660df1c5a0ba82299c637ef06dc140005',
  };

  it('keeps the schema of version 1 for the reports written with it', () => {
    const hash = createHash('sha256').update(readFileSync(new URL('../../docs/report-schema-v1.json', import.meta.url))).digest('hex');
    expect(hash).toBe(PINNED[1]);
  });

  it('keeps the schema of version 3 for the reports written with it', () => {
    const hash = createHash('sha256').update(readFileSync(new URL('../../docs/report-schema-v3.json', import.meta.url))).digest('hex');
    expect(hash).toBe(PINNED[3]);
  });

  it('keeps the schema of version 2 for the reports written with it', () => {
    const hash = createHash('sha256').update(readFileSync(new URL('../../docs/report-schema-v2.json', import.meta.url))).digest('hex');
    expect(hash).toBe(PINNED[2]);
  });

  it('is the one published for this schemaVersion', () => {
    const hash = createHash('sha256').update(readFileSync(new URL('../../docs/report-schema.json', import.meta.url))).digest('hex');
    expect(hash, "the report's JSON shape changed: bump REPORT_SCHEMA_VERSION (docs/report-format.md, versioning) or revert").toBe(PINNED[REPORT_SCHEMA_VERSION]);
  });
});

describe('the score history', () => {
  it('records today once per day, keeping the latest value, and returns it with the report', async () => {
    const { core, store, helene, account } = await seed();
    const first = buildReportFromStore(store, options({ recordScore: true }));
    expect(first.score.value).not.toBeNull();
    expect(first.scoreHistory).toEqual([{ date: TODAY, score: first.score.value }]);

    // Later the same day, after a remediation: still one point, now the new score.
    await core.call('walkthrough.answer', {
      staffId: helene.id,
      accountId: account(helene, 'mailbox', 'helene.lefevre@cabinet-dupont.fr'),
      step: 'password-changed-since-breach',
      answer: 'done',
    });
    const second = buildReportFromStore(store, options({ recordScore: true, now: new Date('2026-03-01T16:00:00.000Z') }));
    expect(second.score.value).toBeGreaterThan(first.score.value!);
    expect(store.scoreHistory.list()).toEqual([{ date: TODAY, score: second.score.value }]);
    expect(second.scoreHistory).toEqual([{ date: TODAY, score: second.score.value }]);

    const nextDay = buildReportFromStore(store, options({ recordScore: true, now: new Date('2026-03-02T12:00:00.000Z') }));
    expect(nextDay.scoreHistory.map((point) => point.date)).toEqual([TODAY, addDays(TODAY, 1)]);
    // Without recordScore, nothing is written.
    buildReportFromStore(store, options({ now: new Date('2026-03-03T12:00:00.000Z') }));
    expect(store.scoreHistory.list()).toHaveLength(2);
  });

  it('records nothing while there is no staff to score', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    const store = await core.host.open();
    const report = parsed(buildReportFromStore(store, options({ recordScore: true })));
    expect(report.score.value).toBeNull();
    expect(report.people).toEqual([]);
    expect(store.scoreHistory.list()).toEqual([]);
  });
});

describe('the dashboard summary', () => {
  it('is the model summed up: next three actions by severity, counts, history and the last report', async () => {
    const { store } = await seed();
    const summary = dashboardSummary(store, { language: 'fr', now: NOW, hibpKeySet: true, generatedBy: 'app:secretariat', hygieVersion: '0.1.0' });
    const report = buildReportFromStore(store, options());
    expect(summary.nextActions.map((finding) => [finding.ref, finding.severity, finding.kind])).toEqual([
      ['F001', 'critical', 'breached-mailbox'],
      ['F002', 'critical', 'mfa-none'],
      ['F003', 'critical', 'pwned-password'],
    ]);
    expect(summary.score).toEqual(report.score);
    expect(summary.history).toEqual([{ date: TODAY, score: report.score.value }]);
    expect(summary.breaches).toEqual({ mailboxes: 4, breached: 1, remediated: 0, clean: 1, notChecked: 2 });
    expect(summary.passwords).toEqual({ accounts: 7, pass: 1, fail: 3, pwned: 1, reused: 2, notChecked: 3 });
    expect(summary.walkthrough).toEqual({ people: 3, complete: 0, started: 1 });
    expect(summary.findings).toEqual(report.summary.findings);
    // The MFA page's coverage, with the weak factors apart: Jean-Pierre's mailbox by SMS, Hélène's amelipro by e-mail code.
    expect(summary.mfaCoverage).toEqual(report.mfaCoverage.map((coverage) => ({ ...coverage, weak: coverage.service === 'mailbox' || coverage.service === 'amelipro' ? 1 : 0 })));
    expect(summary.lastReport).toBeNull();

    const folder = mkdtempSync(join(tmpdir(), 'hygie-report-'));
    try {
      const pdf = join(folder, 'hygie-rapport-2026-03-01.pdf');
      writeFileSync(pdf, '%PDF-1.7\n');
      const hash = 'a'.repeat(64);
      store.reports.record({
        id: 'older',
        generatedAt: '2026-02-01T12:00:00.000Z',
        generatedBy: 'app:secretariat',
        language: 'en',
        policy: 'cnil-2022',
        anonymised: false,
        score: 40,
        jsonSha256: 'b'.repeat(64),
        files: [],
      });
      const newer = {
        id: 'newer',
        generatedAt: '2026-03-01T12:00:00.000Z',
        generatedBy: 'app:secretariat',
        language: 'fr',
        policy: 'cnil-2022',
        anonymised: true,
        score: 55,
        jsonSha256: hash,
        files: [
          { format: 'pdf', path: pdf, bytes: 9 },
          { format: 'json', path: join(folder, 'gone.json'), bytes: 100 },
        ],
      } as const;
      store.reports.record({ ...newer, files: [...newer.files] });
      expect(store.reports.list().map((entry) => entry.id)).toEqual(['newer', 'older']);
      expect(store.reports.get('older')).toMatchObject({ language: 'en', score: 40, anonymised: false, files: [] });
      expect(store.reports.get('missing')).toBeNull();
      const again = dashboardSummary(store, { language: 'fr', now: NOW, hibpKeySet: true, generatedBy: 'app:secretariat', hygieVersion: '0.1.0' });
      // The newest record, each file with whether it is still there (the JSON was never written).
      expect(again.lastReport).toEqual({ ...newer, files: [{ ...newer.files[0], exists: true }, { ...newer.files[1], exists: false }] });
      // Recording a report is in the audit log, with facts only.
      const entry = store.audit.latest(10).find((candidate) => candidate.action === 'report.generate' && candidate.subject === 'newer')!;
      expect(entry.details).toMatchObject({ language: 'fr', anonymised: true, score: 55, jsonSha256: hash, formats: 'pdf,json' });
      expect(JSON.stringify(entry)).not.toContain(folder);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the report of a command-line audit', () => {
  const audit = buildAuditReport({
    generatedAt: new Date('2026-02-20T12:00:00.000Z'),
    skippedRows: [],
    staff: [
      { name: 'Zoé Vasseur', email: 'zoe.vasseur@cabinet-dupont.fr', breach: combineForReport([{ status: 'breached', source: 'hibp-range', breaches: [ADOBE] }]) },
      { name: 'Zoé Vasseur', email: 'zoe.v@gmail.com', breach: combineForReport([{ status: 'clean', source: 'hibp-range' }]) },
      {
        name: 'Émile Aubert',
        email: 'emile.aubert@cabinet-dupont.fr',
        breach: combineForReport([
          { status: 'clean', source: 'corpus:fuite-2024' },
          { status: 'not-checked', source: 'hibp-range', reason: 'rate-limited' },
        ]),
      },
    ],
  });

  it('holds breaches only: MFA, passwords and the walkthrough are said once each to be out of its scope', () => {
    const report = ReportSchema.parse(
      buildReportFromAudit(audit, { practiceName: 'Cabinet Dupont', language: 'fr', anonymise: false, generatedBy: 'cli:jdupont', now: NOW, hygieVersion: '0.1.0' }),
    );
    expect(report.origin).toBe('audit');
    expect(report.practice.name).toBe('Cabinet Dupont');
    // One person per roster row, in roster order (last name first).
    expect(report.people.map((person) => [person.personRef, person.name, person.accounts.map((account) => account.identifier)])).toEqual([
      ['P01', 'Émile Aubert', ['emile.aubert@cabinet-dupont.fr']],
      ['P02', 'Zoé Vasseur', ['zoe.vasseur@cabinet-dupont.fr', 'zoe.v@gmail.com']],
    ]);
    expect(report.people[1]!.accounts[0]!.breach).toMatchObject({ status: 'breached', breaches: [ADOBE], checkedAt: '2026-02-20T12:00:00.000Z' });
    expect(report.people.flatMap((person) => person.accounts).every((account) => account.mfa.status === 'unknown' && account.password.verdict === 'never-checked')).toBe(
      true,
    );
    expect(report.findings.map((finding) => [finding.kind, finding.accountRef])).toEqual([['breached-mailbox', 'P02-A01']]);
    expect(report.notChecked.map((entry) => [entry.check, entry.accountRef, entry.reason])).toEqual([
      ['breach', 'P01-A01', 'rate-limited'],
      ['mfa', null, 'not-in-scope'],
      ['password', null, 'not-in-scope'],
      ['walkthrough', null, 'not-in-scope'],
    ]);
    expect(report.summary).toEqual(recount(report));
    // No walkthrough plan: its weight goes to the others. Unknown MFA and unchecked passwords earn nothing.
    const walkthrough = report.score.components.find((component) => component.id === 'walkthrough')!;
    expect(walkthrough).toMatchObject({ items: 0, weight: 0 });
    expect(report.score.components.find((component) => component.id === 'breaches')).toMatchObject({ items: 3, good: 1 });
    expect(report.scoreHistory).toEqual([{ date: TODAY, score: report.score.value }]);
  });

  it('anonymised, keeps no name or address', () => {
    const report = buildReportFromAudit(audit, { practiceName: null, language: 'en', anonymise: true, generatedBy: 'cli:jdupont', now: NOW, hygieVersion: '0.1.0' });
    const json = JSON.stringify(ReportSchema.parse(report));
    for (const hidden of ['Zoé', 'Vasseur', 'Émile', 'Aubert', 'zoe.v', 'emile.aubert', 'cli:jdupont']) expect(json, hidden).not.toContain(hidden);
    expect(report.people.map((person) => person.name)).toEqual(['É. A.', 'Z. V.']);
    expect(report.practice.name).toBe('—');
  });
});
