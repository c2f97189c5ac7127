import type { ReportInput, ReportInputPerson } from './report-input.ts';
import { buildReport } from './build-report.ts';
import { heapPacer } from './heap-pacer.ts';
import { renderReportFiles } from './write-report-files.ts';
import { FILE_PART_BYTES, type ReportWorkerData, type ReportWorkerMessage, type ReportWorkerReply } from './report-thread-protocol.ts';

// The report's own process, started by report-thread.ts for one report (report-process.ts: a Node
// child process, or Electron's utility process in the app): it receives the input read from the
// store (the people in slices, as the main process reads them), builds the model, renders the
// JSON, the PDF and the CSV, hands the bytes back in parts and is ended, so that everything the PDF
// engine held goes back to the system. It reads and writes no file but the PDF engine's fonts; the
// store and the files are the main process's.

/** Electron's utility process has process.parentPort; a Node child, process.send. */
interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}
const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
interface Channel {
  receive(listener: (message: ReportWorkerMessage) => void): void;
  /** Sends; `sent` is called once the message has left (Node) or been queued (Electron). */
  reply(message: ReportWorkerReply, sent?: () => void): void;
}
const channel: Channel | null = parentPort
  ? {
      receive: (listener) => parentPort.on('message', (event) => listener(event.data as ReportWorkerMessage)),
      reply: (message, sent) => {
        parentPort.postMessage(message);
        if (sent) setImmediate(sent);
      },
    }
  : process.send
    ? {
        receive: (listener) => void process.on('message', (message) => listener(message as ReportWorkerMessage)),
        reply: (message, sent) => void process.send!(message, undefined, {}, () => sent?.()),
      }
    : // Loaded anywhere but as the report process (a test loading every core file): nothing to serve.
      null;

const reply = (message: ReportWorkerReply) => channel?.reply(message);
/** Sends and waits until the message has left: the files' parts go one after the other, not all copied into the channel at once. */
const replyInTurn = (message: ReportWorkerReply) => new Promise<void>((resolve) => (channel ? channel.reply(message, resolve) : resolve()));

let data: ReportWorkerData = { formats: [], csvDelimiter: null };
let rest: Omit<ReportInput, 'people'> | null = null;
const people: ReportInputPerson[] = [];

async function render(): Promise<void> {
  reply({ type: 'progress', stage: 'building', fraction: 0 });
  const report = buildReport({ ...rest!, people });
  rest = null;
  people.length = 0;
  reply({ type: 'progress', stage: 'drawing', fraction: 0 });
  // Garbage collected between the PDF's parts (heap-pacer.ts).
  const paceHeap = heapPacer();
  // The PDF is laid out and drawn a part at a time (paged-pdf.ts), which says how far it is after each.
  const onPdfProgress = (fraction: number) => {
    reply({ type: 'progress', stage: 'drawing', fraction });
    paceHeap();
  };
  const rendered = await renderReportFiles(report, data.formats, { ...(data.csvDelimiter ? { csvDelimiter: data.csvDelimiter } : {}), onPdfProgress });
  paceHeap();
  const formats = Object.keys(rendered.contents) as ReportWorkerData['formats'];
  for (const format of formats) {
    const bytes = rendered.contents[format]!;
    let offset = 0;
    do {
      await replyInTurn({ type: 'file-part', format, bytes: bytes.subarray(offset, offset + FILE_PART_BYTES) });
      offset += FILE_PART_BYTES;
    } while (offset < bytes.byteLength);
  }
  reply({
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
    formats,
  });
}

channel?.receive((message) => {
  if (message.type === 'start') data = message.data;
  else if (message.type === 'rest') rest = message.rest;
  else if (message.type === 'people') people.push(...message.people);
  else if (message.type === 'end') {
    render().catch((error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      reply({ type: 'failed', name: failure.name, message: failure.message, stack: failure.stack ?? null });
    });
  }
});
// A Node child whose parent is gone (the CLI killed, the app crashed) has no one to report to.
if (!parentPort && process.send) process.on('disconnect', () => process.exit(0));
reply({ type: 'ready' });
