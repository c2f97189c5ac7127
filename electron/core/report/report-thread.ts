import { setImmediate as nextTurn } from 'node:timers/promises';
import { HygieError } from '../model/hygie-error.ts';
import type { Store } from '../store/store.ts';
import type { ReportInputPerson } from './report-input.ts';
import { recordTodaysScore, reportInputSteps, type StoreReportOptions } from './report-from-store.ts';
import { nodeReportProcess, reportWorkerFile, type ReportProcessLauncher } from './report-process.ts';
import type { ReportFormat, ReportStage, ReportSummary, ReportWorkerMessage, ReportWorkerReply } from './report-thread-protocol.ts';
import type { RenderedReportFiles } from './write-report-files.ts';
import type { CsvDelimiter } from '../roster/csv-delimiter.ts';

// A report generated off the main thread, in a process of its own (issue 19): this thread only
// reads the store — the people a slice at a time, with a turn of the event loop between slices,
// each slice sent to the report process as it is read — and the process (report-worker.ts) builds
// the model and renders the files, hands their bytes back in parts, and is ended, giving all its
// memory back to the system. The app's main process, the CLI and the tests all take this path
// (generate-report.ts); only how the process starts differs (report-process.ts). A cancel (the
// signal) kills the process at once: nothing is written. A process that ends before its report
// is made (a crash, killed from outside) is a 'report-process-failed' error, never a wait.

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
  /** How the report process is started: the desktop app's utility process; default a Node child process. */
  launch?: ReportProcessLauncher;
}

export interface ThreadReport {
  summary: ReportSummary;
  rendered: RenderedReportFiles;
}

export { reportWorkerFile } from './report-process.ts';

function aborted(signal: AbortSignal | undefined): Error {
  return signal?.reason instanceof Error ? signal.reason : new DOMException('The report was cancelled', 'AbortError');
}

/** The parts of one file, joined. */
function joined(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  return Buffer.concat(parts);
}

export async function renderReportOffThread(store: Store, options: ThreadReportOptions): Promise<ThreadReport> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw aborted(signal);
  onProgress?.({ stage: 'reading', fraction: 0 });
  // Started first: it loads its code (the PDF engine, the model) while this thread reads the store.
  const child = (options.launch ?? nodeReportProcess)(reportWorkerFile());
  // Held until the process listens (a Node child may drop what comes before its first listener).
  let waiting: ReportWorkerMessage[] | null = [];
  const send = (message: ReportWorkerMessage) => (waiting ? waiting.push(message) : child.send(message));
  send({ type: 'start', data: { formats: [...options.formats], csvDelimiter: options.csvDelimiter ?? null } });

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
    // The process has nothing more to do: end it now rather than when it notices.
    child.kill();
  };
  const onAbort = () => end(() => settle.reject(aborted(signal)));
  signal?.addEventListener('abort', onAbort, { once: true });
  // Aborted already (e.g. from the first progress call): the listener above will never hear it.
  if (signal?.aborted) onAbort();
  const parts = new Map<ReportFormat, Uint8Array[]>();
  child.onMessage((reply: ReportWorkerReply) => {
    if (ended) return;
    if (reply.type === 'ready') {
      // What was read meanwhile goes a few messages per turn of the event loop: sending is
      // copying, and a process slow to start (a loaded computer) may find the whole practice
      // read already, hundreds of milliseconds of copying in one go at 10,000 staff. Later
      // messages queue behind.
      const drain = () => {
        if (ended || !waiting) return;
        const turnStart = performance.now();
        while (waiting.length > 0 && performance.now() - turnStart < SLICE_MS) child.send(waiting.shift()!);
        if (waiting.length > 0) setImmediate(drain);
        else waiting = null;
      };
      drain();
    } else if (reply.type === 'progress') onProgress?.({ stage: reply.stage, fraction: reply.fraction });
    else if (reply.type === 'file-part') {
      const list = parts.get(reply.format) ?? [];
      list.push(reply.bytes);
      parts.set(reply.format, list);
    } else if (reply.type === 'done') {
      const contents: RenderedReportFiles['contents'] = {};
      for (const format of reply.formats) contents[format] = joined(parts.get(format) ?? []);
      parts.clear();
      end(() => settle.resolve({ summary: reply.summary, rendered: { jsonSha256: reply.jsonSha256, contents } }));
    } else {
      const error = new Error(reply.message);
      error.name = reply.name;
      if (reply.stack) error.stack = reply.stack;
      end(() => settle.reject(error));
    }
  });
  // Ended before its report was made: crashed (out of memory…) or killed from outside.
  child.onExit(({ code, signal: killedBy }) =>
    end(() => settle.reject(new HygieError('report-process-failed', killedBy ? { signal: killedBy } : { exitCode: code ?? -1 }))),
  );

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
