import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import { ReportSchema } from '../../electron/core/model/schemas/report.ts';
import { buildReportFromStore, type StoreReportOptions } from '../../electron/core/report/report-from-store.ts';
import { reportCsv } from '../../electron/core/report/report-csv.ts';
import { renderReportPdf } from '../../electron/core/report/report-pdf.ts';
import { closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';
import { PRO_KEY, startFakeHibp, type FakeHibp } from '../support/fake-hibp.ts';
import { pdfText } from '../support/report-checks.ts';

// What watching adds to the report: a stealer log becomes a critical finding of its own on the
// service its website belongs to, with its playbook; the domain's addresses not on the staff list
// are listed (only their domain when anonymised); a stealer-log search that did not answer is
// said; a re-check older than the practice's cadence becomes an action.

const DOMAIN = PRACTICE.emailDomain;
const JEANNE = `jeanne.dupont@${DOMAIN}`;
const fakes: FakeHibp[] = [];
afterEach(async () => {
  await closeAllCores();
  for (const fake of fakes.splice(0)) await fake.close();
});

function options(overrides: Partial<StoreReportOptions> = {}): StoreReportOptions {
  return { language: 'fr', anonymise: false, generatedBy: 'app:secretariat', now: new Date(), hygieVersion: '0.1.0', hibpKeySet: true, ...overrides };
}

async function watched(): Promise<{ core: Core; hibp: FakeHibp; jeanne: StaffMember }> {
  const hibp = await startFakeHibp({
    accounts: { [`ancien.stagiaire@${DOMAIN}`]: ['Dropbox'] },
    stealerLogs: { [JEANNE]: ['espacepro.ameli.fr', 'netflix.com'] },
  });
  fakes.push(hibp);
  hibp.setKey(PRO_KEY, { plan: 'Pro 1', rpm: 1_000, range: true, domains: [DOMAIN] });
  const core = openCore({ core: { jobs: { breach: { checker: { timeoutMs: 3_000, maxRetries: 0 } } } } });
  await core.call('practice.save', PRACTICE);
  const jeanne = await core.call<StaffMember>('staff.create', {
    firstName: 'Jeanne',
    lastName: 'Dupont',
    role: 'physician',
    roleLabel: null,
    emails: [JEANNE],
    services: ['amelipro'],
  });
  await core.call('services.set', { hibpBaseUrl: hibp.baseUrl });
  await core.call('services.setHibpKey', { apiKey: PRO_KEY });
  const started = await core.call<{ jobId: string }>('breach.checkAll');
  await core.jobs.finished(started.jobId);
  return { core, hibp, jeanne };
}

describe('the report of a watched practice', () => {
  it('makes a stealer log on espacepro.ameli.fr a critical amelipro finding with its playbook', async () => {
    const { core } = await watched();
    const store = await core.host.open();
    const report = ReportSchema.parse(buildReportFromStore(store, options()));
    const finding = report.findings.find((candidate) => candidate.kind === 'stealer-log')!;
    const amelipro = report.people[0]!.accounts.find((account) => account.service === 'amelipro')!;
    expect(finding).toMatchObject({ severity: 'critical', service: 'amelipro', accountRef: amelipro.accountRef, owner: 'Jeanne Dupont' });
    expect(finding.title).toContain(`ordinateur infecté a été volé\u202f: ${JEANNE} (amelipro (espacepro.ameli.fr), netflix.com)`);
    expect(finding.playbook).toHaveLength(5);
    expect(finding.playbook![0]).toMatch(/infecté.*prestataire informatique.*17Cyber/u);
    expect(finding.playbook![1]).toContain('amelipro (espacepro.ameli.fr), netflix.com');
    expect(finding.playbook!.join(' ')).toMatch(/sessions.*e-CPS.*coordonnées de secours/su);
    // The mailbox carries the websites; the finding comes before the others (critical).
    const mailbox = report.people[0]!.accounts.find((account) => account.service === 'mailbox')!;
    expect(mailbox.breach!.stealerLogs!.map((site) => [site.website, site.service])).toEqual([
      ['espacepro.ameli.fr', 'amelipro'],
      ['netflix.com', null],
    ]);
    expect(report.findings[0]!.kind).toBe('stealer-log');
    expect(report.domainSearch).toEqual({
      stealerLogsInPlan: true,
      aliasesNotOnRoster: [{ address: `ancien.stagiaire@${DOMAIN}`, breaches: ['Dropbox'], stealerLogWebsites: [], ignored: false }],
    });

    const english = ReportSchema.parse(buildReportFromStore(store, options({ language: 'en' })));
    expect(english.findings[0]!.title).toBe(`A password typed on an infected computer was stolen: ${JEANNE} (amelipro (espacepro.ameli.fr), netflix.com)`);
    expect(english.findings[0]!.playbook![0]).toMatch(/^Treat the person's computer/u);

    // The PDF prints the steps and the addresses off the staff list.
    const pdfPath = join(mkdtempSync(join(tmpdir(), 'hygie-watch-report-')), 'report.pdf');
    writeFileSync(pdfPath, await renderReportPdf(report, 'a'.repeat(64)));
    const text = await pdfText(pdfPath);
    expect(text).toMatch(/Adresses du domaine absentes de la liste du\s+personnel/u);
    expect(text).toContain(`ancien.stagiaire@${DOMAIN}`);
    expect(text).toMatch(/Considérer l’ordinateur/u);
    expect(reportCsv(report, ';')).toContain('F001 (Critique)');
  });

  it('anonymised, keeps only the domain of the addresses off the staff list and of the stealer log', async () => {
    const { core } = await watched();
    const store = await core.host.open();
    const report = ReportSchema.parse(buildReportFromStore(store, options({ anonymise: true })));
    const json = JSON.stringify(report);
    // The practice stays named (Cabinet Dupont); its people and addresses do not.
    for (const hidden of ['jeanne.dupont', 'ancien.stagiaire', 'Jeanne', 'Dr Jeanne']) expect(json, hidden).not.toContain(hidden);
    expect(report.domainSearch!.aliasesNotOnRoster.map((alias) => alias.address)).toEqual([`•••@${DOMAIN}`]);
    expect(report.findings[0]!.title).toContain(`•••@${DOMAIN}`);
  });

  it('says a stealer-log search that did not answer, and turns a re-check older than the cadence into an action', async () => {
    const { core, hibp } = await watched();
    hibp.fault('/api/v3/stealerlogsbyemaildomain/', { type: 'status', status: 403, headers: { 'cf-ray': '8f2c1d3e4b5a6978-CDG' } });
    const started = await core.call<{ jobId: string }>('breach.checkAll', { force: true });
    await core.jobs.finished(started.jobId);
    const store = await core.host.open();
    const report = ReportSchema.parse(buildReportFromStore(store, options()));
    expect(report.notChecked.find((entry) => entry.check === 'stealer-logs')).toMatchObject({ reason: 'blocked', personRef: null, explanation: expect.stringContaining(DOMAIN) });
    // The last answered stealer log still stands.
    expect(report.findings.filter((finding) => finding.kind === 'stealer-log')).toHaveLength(1);
    expect(report.findings.some((finding) => finding.kind === 'breach-recheck-due')).toBe(false);

    // 31 days later, with the default cadence of 30 days.
    const later = ReportSchema.parse(buildReportFromStore(store, options({ now: new Date(Date.now() + 31 * 24 * 3600_000) })));
    const due = later.findings.find((finding) => finding.kind === 'breach-recheck-due')!;
    expect(due).toMatchObject({ severity: 'medium', personRef: null, owner: 'Dr Jeanne Dupont' });
    expect(due.title).toMatch(/depuis 3[12] jours \(rythme choisi\u202f: tous les 30 jours\)/u);
    await core.call('watch.setSettings', { recheckDays: 60 });
    const relaxed = ReportSchema.parse(buildReportFromStore(store, options({ now: new Date(Date.now() + 31 * 24 * 3600_000) })));
    expect(relaxed.findings.some((finding) => finding.kind === 'breach-recheck-due')).toBe(false);
  });
});
