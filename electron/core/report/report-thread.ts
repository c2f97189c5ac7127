import { existsSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Store } from '../store/store.ts';
import type { ReportInputPerson } from './report-input.ts';
import { recordTodaysScore, reportInputSteps, type StoreReportOptions } from './report-from-store.ts';
import type { ReportFormat, ReportStage, ReportSummary, ReportWorkerData, ReportWorkerMessage, ReportWorkerReply } from './report-thread-protocol.ts';
import type { RenderedReportFiles } from './write-report-files.ts';
import type { CsvDelimiter } from '../roster/csv-delimiter.ts';

// A report generated off the main thread (issue 19): this thread only reads the store — the
// people a slice at a time, with a turn of the event loop between slices, each slice sent to the
// worker as it is read — and the worker (report-worker.ts) builds the model and renders the files,
// then ends, giving its memory back. The app's main process, the CLI and the tests all take this
// path (generate-report.ts). A cancel (the signal) ends the worker at once: nothing is written.

/** How long the main thread reads before it lets other work (IPC, timers, a cancel) through. */
const SLICE_MS = 12;

export interface ReportProgress {
  stage: ReportStage;
  /** 0–1 within the stage. */
  fraction: number;
}

export interface ThreadReportOptions extends StoreReportOptions {
  formats: readonly ReportFormat[];
  /** The CSV's separator, when a CSV is asked for. */
  csvDelimiter?: CsvDelimiter;
  signal?: AbortSignal;
  onProgress?: (progress: ReportProgress) => void;
}

export interface ThreadReport {
  summary: ReportSummary;
  rendered: RenderedReportFiles;
}

/**
 * The worker's file beside this module: report-worker.ts when running from the sources (tests,
 * the CLI after `npm ci`), report-worker.cjs / .mjs where a bundle put it beside its own code
 * (electron.vite.config.ts for the app, scripts/build-cli.ts for the CLI).
 */
export function reportWorkerFile(): string {
  for (const extension of ['ts', 'cjs', 'mjs']) {
    const path = fileURLToPath(new URL(`./report-worker.${extension}`, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error(`report-thread.ts: no report-worker file beside ${import.meta.url}`);
}

function aborted(signal: AbortSignal | undefined): Error {
  return signal?.reason instanceof Error ? signal.reason : new DOMException('The report was cancelled', 'AbortError');
}

export async function renderReportOffThread(store: Store, options: ThreadReportOptions): Promise<ThreadReport> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw aborted(signal);
  onProgress?.({ stage: 'reading', fraction: 0 });
  const data: ReportWorkerData = { formats: [...options.formats], csvDelimiter: options.csvDelimiter ?? null };
  // Started first: it loads its code (the PDF engine, the model) while this thread reads the store.
  const worker = new Worker(reportWorkerFile(), { workerData: data });
  const send = (message: ReportWorkerMessage) => worker.postMessage(message);

  let settle!: { resolve: (value: ThreadReport) => void; reject: (error: unknown) => void };
  const finished = new Promise<ThreadReport>((resolve, reject) => (settle = { resolve, reject }));
  // Until the end: a failure while this thread still reads is thrown when it awaits the result.
  finished.catch(() => undefined);
  let ended = false;
  const end = (outcome: () => void) => {
    if (ended) return;
    ended = true;
    signal?.removeEventListener('abort', onAbort);
    outcome();
    // The worker has nothing more to do: end it now rather than when it notices.
    void worker.terminate();
  };
  const onAbort = () => end(() => settle.reject(aborted(signal)));
  signal?.addEventListener('abort', onAbort, { once: true });
  // Aborted already (e.g. from the first progress call): the listener above will never hear it.
  if (signal?.aborted) onAbort();
  worker.on('message', (reply: ReportWorkerReply) => {
    if (reply.type === 'progress') onProgress?.({ stage: reply.stage, fraction: reply.fraction });
    else if (reply.type === 'done') {
      const contents: RenderedReportFiles['contents'] = {};
      for (const entry of reply.contents) contents[entry.format] = entry.bytes;
      end(() => settle.resolve({ summary: reply.summary, rendered: { jsonSha256: reply.jsonSha256, contents } }));
    } else {
      const error = new Error(reply.message);
      error.name = reply.name;
      if (reply.stack) error.stack = reply.stack;
      end(() => settle.reject(error));
    }
  });
  worker.on('error', (error) => end(() => settle.reject(error)));
  worker.on('exit', (code) => end(() => settle.reject(new Error(`report-worker ended (exit code ${code}) before the report was made`))));

  try {
    // The store's views, one at a time.
    const steps = reportInputSteps(store, options);
    let step = steps.next();
    while (!step.done) {
      await nextTurn();
      if (ended) return await finished;
      step = steps.next();
    }
    const reader = step.value;
    // The people, a slice at a time; each slice goes to the worker as soon as it is read.
    const people: ReportInputPerson[] = [];
    let slice: ReportInputPerson[] = [];
    let sliceStart = performance.now();
    for (const [index, member] of reader.staff.entries()) {
      const person = reader.person(member);
      people.push(person);
      slice.push(person);
      if (performance.now() - sliceStart >= SLICE_MS) {
        send({ type: 'people', people: slice });
        slice = [];
        onProgress?.({ stage: 'reading', fraction: (index + 1) / reader.staff.length });
        await nextTurn();
        if (ended) return await finished;
        sliceStart = performance.now();
      }
    }
    if (slice.length > 0) send({ type: 'people', people: slice });
    // Today's score, from the whole input, joins the history the report draws.
    const scoreHistory = options.recordScore ? recordTodaysScore(store, { ...reader.rest, people }, options.now).scoreHistory : reader.rest.scoreHistory;
    send({ type: 'rest', rest: { ...reader.rest, scoreHistory } });
    send({ type: 'end' });
  } catch (error) {
    end(() => settle.reject(error));
  }
  return finished;
}
