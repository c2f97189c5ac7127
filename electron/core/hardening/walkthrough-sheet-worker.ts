import { parentPort, workerData } from 'node:worker_threads';
import type { SheetInput } from './walkthrough-sheet-pdf.ts';
import { renderWalkthroughSheetPdf } from './walkthrough-sheet-pdf.ts';

// The worker thread walkthrough-sheet-thread.ts starts for one sheet: it lays out and draws the
// PDF from the plan it is given, hands the bytes back (transferred, not copied) and ends. It reads
// and writes no file but the PDF engine's fonts.

export type SheetWorkerReply = { type: 'done'; bytes: Uint8Array } | { type: 'failed'; name: string; message: string; stack: string | null };

// Loaded anywhere but in the worker the thread module starts (a test loading every core file in
// plain Node), it has nothing to serve and does nothing.
const port = parentPort;
const input = workerData as SheetInput | undefined;

if (port && input) {
  renderWalkthroughSheetPdf(input).then(
    (pdf) => {
      // A Buffer may sit in Node's shared pool: copy it into a buffer of its own to transfer it.
      const bytes = Uint8Array.prototype.slice.call(pdf);
      const reply: SheetWorkerReply = { type: 'done', bytes };
      port.postMessage(reply, [bytes.buffer as ArrayBuffer]);
    },
    (error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      const reply: SheetWorkerReply = { type: 'failed', name: failure.name, message: failure.message, stack: failure.stack ?? null };
      port.postMessage(reply);
    },
  );
}
