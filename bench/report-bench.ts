import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { MfaStatus } from '../electron/core/model/schemas/mfa.ts';
import type { Report } from '../electron/core/model/schemas/report.ts';
import type { StaffRole } from '../electron/core/model/schemas/staff.ts';
import { answerStep, walkthroughPlan } from '../electron/core/hardening/walkthrough.ts';
import { buildReportFromStore } from '../electron/core/report/report-from-store.ts';
import { writeReportFiles } from '../electron/core/report/write-report-files.ts';
import { openStore, type Store } from '../electron/core/store/store.ts';
import { MemorySecrets } from './memory-secrets.ts';
import { formatMs, measure, ratio } from './measure.ts';
import type { Line } from './store-bench.ts';

// Issue 7's figures: generating the compliance report (what the Reports page's button does —
// read the store through the pages' views, build the model, write JSON, PDF and CSV) for practices
// of growing size, each person with a mailbox and an amelipro account, some breached, MFA mixed,
// password verdicts of every kind, walkthroughs half answered. The peer, measured in the same run
// on the same machine: pdfkit (the library under pdfmake) writing the same person × account rows
// as plain text lines, same font, no tables, no model — the floor of "a PDF with these rows".
// Then the growth: the extra time per extra person from the middle size to the largest, over the
// same from the smallest to the middle; linear growth gives 1.00. (The time per person at one
// size over another would mostly measure the fixed cost — fonts, cover, references — of a report.)

const requireHere = createRequire(import.meta.url);
const ROBOTO = requireHere.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf');

const FIRST = ['Hélène', 'François', 'Zoé', 'Jérôme', 'Anaïs', 'Loïc', 'Cécile', 'Noël', 'Maëlle', 'Benoît'];
const LAST = ['Lefèvre', 'Garçon', 'Ngô', 'Dubœuf', 'Château', 'Lemaître', 'Müller', 'Évrard', 'Piñeiro', 'Roussel'];
const ROLES: StaffRole[] = ['physician', 'secretary', 'nurse', 'medical-assistant', 'locum'];
const MFA: (MfaStatus | null)[] = ['app', 'none', 'sms', null, 'email-code'];

/** A practice of `people` people, filled as months of use would: deterministic, so runs compare. */
export function seedPractice(store: Store, people: number): void {
  const now = new Date();
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
  store.practice.save({
    name: 'Maison de santé des Lilas',
    address: { street: '3 rue des Lilas', postalCode: '69003', city: 'Lyon' },
    profession: 'general-practice',
    finess: null,
    emailDomain: 'msp-lilas.fr',
    referent: { name: 'Dr Jeanne Dupont', email: null, phone: null },
    policy: 'cnil-2022',
  });
  store.transaction(() => {
    for (let index = 0; index < people; index += 1) {
      const firstName = FIRST[index % FIRST.length]!;
      const lastName = `${LAST[Math.floor(index / FIRST.length) % LAST.length]!}${index >= 100 ? ` ${index}` : ''}`;
      store.staff.create({
        firstName,
        lastName,
        role: ROLES[index % ROLES.length]!,
        roleLabel: null,
        emails: [`personne${index}@msp-lilas.fr`],
        services: ['amelipro'],
      });
    }
    const accounts = store.db.prepare('SELECT id, staff_id AS staffId, service FROM account ORDER BY rowid').all() as { id: string; staffId: string; service: string }[];
    const insertBreach = store.db.prepare(
      `INSERT INTO check_result (account_id, kind, status, reason, source, checked_at, details) VALUES (?, 'breach', ?, NULL, 'hibp-range', ?, ?)`,
    );
    accounts.forEach((account, index) => {
      if (account.service === 'mailbox' && index % 8 !== 6) {
        const breached = index % 8 === 0 || index % 8 === 4;
        const breaches = breached
          ? [
              { name: 'Adobe', title: 'Adobe', breachDate: '2013-10-04', dataClasses: ['Email addresses', 'Passwords'] },
              { name: 'Doctissimo', title: 'Doctissimo', breachDate: '2020-01-01', dataClasses: ['Email addresses', 'Names'] },
            ]
          : [];
        insertBreach.run(account.id, breached ? 'breached' : 'clean', at(40), JSON.stringify({ breaches }));
      }
      const mfa = MFA[index % MFA.length]!;
      if (mfa) store.mfa.record({ accountId: account.id, status: mfa, evidence: 'declared', recordedBy: 'bench', note: null, at: new Date(at(20)) });
      const kind = index % 3;
      if (kind < 2) {
        const pass = kind === 0;
        store.passwords.record({
          accountId: account.id,
          checkedAt: at(10),
          verdict: pass ? 'pass' : 'fail',
          reason: null,
          policy: 'cnil-2022',
          cnilCase: '1',
          score: pass ? 4 : 1,
          failedRules: pass ? [] : ['min-theoretical-bits', 'not-pwned'],
          policies: { 'cnil-2022': pass ? 'pass' : 'fail', 'anssi-2021': pass ? 'pass' : 'fail', 'nist-800-63b': pass ? 'pass' : 'fail', hipaa: pass ? 'pass' : 'fail' },
          pwned: pass ? { status: 'not-pwned' } : { status: 'pwned', count: 4417 },
          contextKinds: [],
          reusedWith: [],
          recordedBy: 'bench',
        });
      }
    });
  });
  // Half the people answered the first steps of their walkthrough.
  const staff = store.staff.list();
  staff.forEach((person, index) => {
    if (index % 2 !== 0) return;
    for (const step of walkthroughPlan(store, person.id).steps.slice(0, 3)) {
      if (step.step === 'enable-mfa') continue;
      answerStep(store, { staffId: person.id, accountId: step.accountId, step: step.step, answer: 'done' });
    }
  });
}

interface Prepared {
  people: number;
  accounts: number;
  store: Store;
  dir: string;
}

async function prepare(people: number): Promise<Prepared> {
  const dir = mkdtempSync(join(tmpdir(), 'hygie-bench-report-'));
  const store = await openStore({ dataDir: dir, secrets: new MemorySecrets(), actor: 'bench' });
  seedPractice(store, people);
  const accounts = store.db.prepare('SELECT COUNT(*) FROM account').pluck().get() as number;
  return { people, accounts, store, dir };
}

/** What the Reports page's button does, minus recording it: build from the store, write the three files. */
async function generate(prepared: Prepared, run: number): Promise<{ report: Report; pdfBytes: number }> {
  const report = buildReportFromStore(prepared.store, {
    language: 'fr',
    anonymise: false,
    generatedBy: 'bench',
    now: new Date(),
    hygieVersion: '0.0.0-bench',
    hibpKeySet: true,
    reportId: randomUUID(),
  });
  const folder = join(prepared.dir, 'reports', String(run));
  const written = await writeReportFiles(report, { pdf: join(folder, 'r.pdf'), json: join(folder, 'r.json'), csv: join(folder, 'r.csv') }, { csvDelimiter: ';' });
  const pdf = written.files.find((file) => file.format === 'pdf')!;
  return { report, pdfBytes: pdf.bytes };
}

/** The peer: one plain text line per person × account, in the same font, into a PDF in memory. */
function plainRowsPdf(report: Report): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 40 });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font(ROBOTO).fontSize(9);
    for (const person of report.people) {
      for (const account of person.accounts) {
        const breach = account.breach ? `${account.breach.status} ${account.breach.breaches.map((entry) => entry.title).join(', ')}` : '';
        doc.text(`${person.name} — ${person.roleName} — ${account.service} ${account.identifier} — ${breach} — MFA ${account.mfa.status} — ${account.password.verdict}`);
      }
    }
    doc.end();
  });
}

const group = (value: number) => value.toLocaleString('en-GB');

export async function reportBench(sizes: readonly [number, number, number], runs: number): Promise<Line[]> {
  const lines: Line[] = [];
  const perSize: { people: number; hygieMs: number }[] = [];
  const prepared: Prepared[] = [];
  try {
    for (const people of sizes) prepared.push(await prepare(people));
    // Warm-up (fonts read, code compiled) for both, outside the figures.
    await generate(prepared[0]!, -2);
    const warm = await generate(prepared[0]!, -1);
    await plainRowsPdf(warm.report);

    for (const size of prepared) {
      let last: Awaited<ReturnType<typeof generate>> | undefined;
      let run = 0;
      const hygie = await measure(runs, async () => {
        last = await generate(size, run);
        run += 1;
      });
      const report = last!.report;
      let peerBytes = 0;
      const peer = await measure(runs, async () => {
        peerBytes = (await plainRowsPdf(report)).byteLength;
      });
      perSize.push({ people: size.people, hygieMs: hygie.medianMs });
      lines.push({
        name: `report generation, ${group(size.people)} staff (${group(size.accounts)} accounts, ${report.findings.length} findings)`,
        hygie: `${formatMs(hygie.medianMs)} (store read, model, JSON + PDF ${(last!.pdfBytes / 1024).toFixed(0)} KiB + CSV written)`,
        peer: `${formatMs(peer.medianMs)} (pdfkit writing the same ${group(size.accounts)} rows as plain text lines, ${(peerBytes / 1024).toFixed(0)} KiB, in memory)`,
        ratio: ratio(hygie.medianMs, peer.medianMs),
      });
    }
    const [small, middle, large] = perSize as [(typeof perSize)[number], (typeof perSize)[number], (typeof perSize)[number]];
    const lowSlope = (middle.hygieMs - small.hygieMs) / (middle.people - small.people);
    const highSlope = (large.hygieMs - middle.hygieMs) / (large.people - middle.people);
    const growth = highSlope / lowSlope;
    lines.push({
      name: `report generation, growth: extra time per extra person from ${group(middle.people)} to ${group(large.people)} staff ÷ from ${group(small.people)} to ${group(middle.people)}`,
      hygie: `${growth.toFixed(2)} (${highSlope.toFixed(2)} ms per extra person, then ${lowSlope.toFixed(2)} ms; per person overall: ${(large.hygieMs / large.people).toFixed(2)} ms at ${group(large.people)}, ${(small.hygieMs / small.people).toFixed(2)} ms at ${group(small.people)})`,
      peer: 'linear growth (1.00)',
      ratio: `${growth.toFixed(2)}×`,
    });
    return lines;
  } finally {
    for (const size of prepared) {
      size.store.close();
      rmSync(size.dir, { recursive: true, force: true });
    }
  }
}
