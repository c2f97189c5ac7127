import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { Report } from '../electron/core/model/schemas/report.ts';
import { buildReportFromStore } from '../electron/core/report/report-from-store.ts';
import { generateReport } from '../electron/core/report/generate-report.ts';
import { placeReportFiles } from '../electron/core/report/write-report-files.ts';
import { openStore, type Store } from '../electron/core/store/store.ts';
import { seedPractice } from '../test/support/practice-seed.ts';
import { MemorySecrets } from './memory-secrets.ts';
import { measure } from './measure.ts';
import { processPeakRss, startProbe } from './process-probes.ts';
import { nodeReportProcess, type ReportProcessLauncher } from '../electron/core/report/report-process.ts';

// Issue 7's figures, grown by issue 19: generating the compliance report (what the Reports page's
// button does — read the store through the pages' views on the main thread, build the model and
// render in the report's own process, write JSON, PDF and CSV, record it)
// for practices of growing size, each person with a mailbox and an amelipro account, some
// breached, MFA mixed, password verdicts of every kind, walkthroughs half answered. The peer,
// measured in the same process on the same machine: pdfkit (the library under pdfmake) writing
// the same person × account rows as plain text lines, same font, no tables, no model — the floor
// of "a PDF with these rows". Beside each time, what the work did to the process (process-probes.ts):
// its longest event-loop block, its peak resident memory, and the memory kept after the last
// report. growth-bench.ts runs each size in a process of its own and reads how the cost grows.

const requireHere = createRequire(import.meta.url);
const ROBOTO = requireHere.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf');

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

/** The report's model, as the Reports page's button builds it from the store. */
function model(prepared: Prepared): Report {
  return buildReportFromStore(prepared.store, {
    language: 'fr',
    anonymise: false,
    generatedBy: 'bench',
    now: new Date(),
    hygieVersion: '0.0.0-bench',
    hibpKeySet: true,
    reportId: randomUUID(),
  });
}

/** The highest memory a report process reached, read just before it is ended. */
let reportProcessPeak = 0;
/** Node's launcher, as the core and the CLI use it, watched: the report process's peak memory when it hands its report back. */
const watchedLauncher: ReportProcessLauncher = (entry) => {
  const child = nodeReportProcess(entry);
  child.onMessage((reply) => {
    if (reply.type === 'done') reportProcessPeak = Math.max(reportProcessPeak, processPeakRss(child.pid) ?? 0);
  });
  return child;
};

/** What the Reports page's button does: read the store here, build and render in the report's own process, write the three files, record. */
async function generate(prepared: Prepared, run: number): Promise<{ pdfBytes: number }> {
  const folder = join(prepared.dir, 'reports', String(run));
  const { written } = await generateReport(
    prepared.store,
    {
      language: 'fr',
      anonymise: false,
      now: new Date(),
      hygieVersion: '0.0.0-bench',
      hibpKeySet: true,
      reportId: randomUUID(),
      formats: ['pdf', 'json', 'csv'],
      csvDelimiter: ';',
      launch: watchedLauncher,
    },
    (rendered) => placeReportFiles(rendered, { pdf: join(folder, 'r.pdf'), json: join(folder, 'r.json'), csv: join(folder, 'r.csv') }),
  );
  const pdf = written.files.find((file) => file.format === 'pdf')!;
  return { pdfBytes: pdf.bytes };
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

export interface ReportMeasure {
  people: number;
  accounts: number;
  findings: number;
  pdfBytes: number;
  medianMs: number;
  longestBlockMs: number;
  /** The main thread's own CPU time within that block, and its longest own stretch of work (process-probes.ts). */
  longestBlockCpuMs: number;
  longestOwnWorkMs: number;
  peakRssBytes: number;
  startRssBytes: number;
  /** The report process's own peak (0 where the system does not say). */
  reportProcessPeakBytes: number;
  /** The process's resident memory (and heap) before the first report and after the last, each after a full GC. */
  rssBefore: number;
  rssAfter: number;
  heapBefore: number;
  heapAfter: number;
  peerMs: number;
  peerBytes: number;
}

async function settled(): Promise<NodeJS.MemoryUsage> {
  for (let pass = 0; pass < 3; pass += 1) {
    globalThis.gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage();
}

/**
 * One practice size, in a process of its own (growth-child.ts): the peer first (on a model built
 * for it, then dropped), then Hygie's runs under the probe; memory is read after a full GC before
 * the first report and after the last, as the app's main process would keep it.
 */
export async function measureReport(people: number, runs: number): Promise<ReportMeasure> {
  const warm = await prepare(5);
  const prepared = await prepare(people);
  try {
    // Warm-up (fonts read, code compiled) on a small practice, outside the figures.
    await generate(warm, -1);
    await plainRowsPdf(model(warm));

    let peerBytes = 0;
    let forPeer: Report | null = model(prepared);
    const accounts = prepared.accounts;
    const findings = forPeer.findings.length;
    const peer = await measure(runs, async () => {
      peerBytes = (await plainRowsPdf(forPeer!)).byteLength;
    });
    forPeer = null;

    const before = await settled();
    reportProcessPeak = 0;
    const probe = await startProbe();
    let pdfBytes = 0;
    let run = 0;
    const hygie = await measure(runs, async () => {
      pdfBytes = (await generate(prepared, run)).pdfBytes;
      run += 1;
    });
    const { longestBlockMs, longestBlockCpuMs, longestOwnWorkMs, peakRssBytes, startRssBytes } = await probe.stop();
    const after = await settled();
    return {
      people,
      accounts,
      findings,
      pdfBytes,
      medianMs: hygie.medianMs,
      longestBlockMs,
      longestBlockCpuMs,
      longestOwnWorkMs,
      peakRssBytes,
      startRssBytes,
      reportProcessPeakBytes: reportProcessPeak,
      rssBefore: before.rss,
      rssAfter: after.rss,
      heapBefore: before.heapUsed,
      heapAfter: after.heapUsed,
      peerMs: peer.medianMs,
      peerBytes,
    };
  } finally {
    for (const size of [warm, prepared]) {
      size.store.close();
      rmSync(size.dir, { recursive: true, force: true });
    }
  }
}
