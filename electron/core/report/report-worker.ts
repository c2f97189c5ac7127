import { parentPort, workerData } from 'node:worker_threads';
import type { ReportInput, ReportInputPerson } from './report-input.ts';
import { buildReport } from './build-report.ts';
import { pdfmake } from './pdf-engine.ts';
import { renderReportFiles } from './write-report-files.ts';
import type { ReportWorkerData, ReportWorkerMessage, ReportWorkerReply } from './report-thread-protocol.ts';

// The worker thread report-thread.ts starts for one report: it receives the input read from the
// store (the people in slices, as the main thread reads them), builds the model, renders the
// JSON, the PDF and the CSV, hands the bytes back (transferred, not copied) and ends, so that
// everything the PDF engine held is given back with its heap. It reads and writes no file but the
// PDF engine's fonts; the store and the files are the main thread's.

// Loaded anywhere but in the worker report-thread.ts starts (a test loading every core file in
// plain Node), it has nothing to serve and does nothing.
const port = parentPort;
const { formats, csvDelimiter } = (workerData ?? { formats: [], csvDelimiter: null }) as ReportWorkerData;

const reply = (message: ReportWorkerReply, transfer: ArrayBuffer[] = []) => port?.postMessage(message, transfer);

let rest: Omit<ReportInput, 'people'> | null = null;
const people: ReportInputPerson[] = [];

async function render(): Promise<void> {
  reply({ type: 'progress', stage: 'building', fraction: 0 });
  const report = buildReport({ ...rest!, people });
  rest = null;
  people.length = 0;
  reply({ type: 'progress', stage: 'laying-out', fraction: 0 });
  // pdfmake calls this while it draws the laid-out pages (its only progress): from 0 to 1.
  let drawn = -1;
  pdfmake().setProgressCallback((fraction: number) => {
    const percent = Math.floor(fraction * 100);
    if (percent === drawn) return;
    drawn = percent;
    reply({ type: 'progress', stage: 'drawing', fraction });
  });
  const rendered = await renderReportFiles(report, formats, csvDelimiter ? { csvDelimiter } : {});
  const contents = Object.entries(rendered.contents).map(([format, bytes]) => {
    // A Buffer may sit in Node's shared pool: copy it into a buffer of its own to transfer it.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : Uint8Array.prototype.slice.call(bytes);
    return { format: format as (typeof formats)[number], bytes: own };
  });
  reply(
    {
      type: 'done',
      summary: {
        reportId: report.reportId,
        generatedAt: report.generatedAt,
        policy: report.policy.id,
        anonymised: report.anonymised,
        score: report.score.value,
        people: report.people.length,
        findings: report.findings.length,
      },
      jsonSha256: rendered.jsonSha256,
      contents,
    },
    contents.map((entry) => entry.bytes.buffer as ArrayBuffer),
  );
}

port?.on('message', (message: ReportWorkerMessage) => {
  if (message.type === 'rest') rest = message.rest;
  else if (message.type === 'people') people.push(...message.people);
  else if (message.type === 'end') {
    render().catch((error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      reply({ type: 'failed', name: failure.name, message: failure.message, stack: failure.stack ?? null });
    });
  }
});
