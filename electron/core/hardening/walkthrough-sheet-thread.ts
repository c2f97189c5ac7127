import { Worker } from 'node:worker_threads';
import { workerFileBeside } from '../report/worker-file.ts';
import type { SheetInput } from './walkthrough-sheet-pdf.ts';
import type { SheetWorkerReply } from './walkthrough-sheet-worker.ts';

// The sheet's PDF drawn off the calling thread. Small as it is (one person, two pages), pdfmake
// takes about half a second of CPU the first time in a process (loading itself and the fonts) and
// 90–150 ms each time after (measured on the 2-core build machine, CPU time), above the 100 ms the
// app's main thread may be held (issue 19): the window's calls would wait behind it. A worker of
// its own, started per sheet and ended after it, keeps the main thread free and gives the PDF
// engine's memory back, as the report's does (report/report-thread.ts).

export function renderSheetOffThread(input: SheetInput): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFileBeside('walkthrough-sheet-worker', import.meta.url), { workerData: input });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.on('message', (reply: SheetWorkerReply) => {
      if (reply.type === 'done') settle(() => resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength)));
      else {
        const error = new Error(reply.message);
        error.name = reply.name;
        if (reply.stack) error.stack = reply.stack;
        settle(() => reject(error));
      }
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`walkthrough-sheet-worker ended (exit code ${code}) before the sheet was drawn`))));
  });
}
