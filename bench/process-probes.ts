import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

// What a long piece of work does to the process around it, beside how long it takes:
// - the longest event-loop block: the longest the main thread could not answer anything (an IPC
//   call, a timer, a repaint request), from perf_hooks' event-loop delay histogram sampled every
//   2 ms (its maximum is the longest wait a timer saw, i.e. the longest synchronous stretch);
// - the peak memory: the process's resident memory, sampled every 2 ms from a worker thread, so
//   that a main thread busy in one synchronous stretch is sampled all the same.

const SAMPLER = `
const { workerData } = require('node:worker_threads');
const peak = new Float64Array(workerData.buffer);
const stop = new Int32Array(workerData.stop);
const tick = () => {
  const rss = process.memoryUsage.rss();
  if (rss > peak[0]) peak[0] = rss;
  if (Atomics.load(stop, 0) === 0) setTimeout(tick, 2);
};
tick();
`;

export interface Probe {
  /** Ends the probe: the longest block (ms) and the highest resident memory (bytes) seen since it started, and that at its start. */
  stop(): Promise<{ longestBlockMs: number; peakRssBytes: number; startRssBytes: number }>;
}

export async function startProbe(): Promise<Probe> {
  const buffer = new SharedArrayBuffer(8);
  const stopFlag = new SharedArrayBuffer(4);
  const peak = new Float64Array(buffer);
  const worker = new Worker(SAMPLER, { eval: true, workerData: { buffer, stop: stopFlag } });
  await new Promise((resolve) => worker.once('online', resolve));
  const delay = monitorEventLoopDelay({ resolution: 2 });
  delay.enable();
  // The histogram counts from its second tick (the first only sets its clock): let it tick first.
  await new Promise((resolve) => setTimeout(resolve, 10));
  // The start, with the sampler's own thread already there: the "+" is the work's alone.
  const startRssBytes = process.memoryUsage.rss();
  peak[0] = startRssBytes;
  return {
    async stop() {
      // Let the timer a synchronous stretch held back fire (and be counted) before reading.
      await new Promise((resolve) => setTimeout(resolve, 10));
      delay.disable();
      Atomics.store(new Int32Array(stopFlag), 0, 1);
      await new Promise((resolve) => worker.once('exit', resolve));
      return { longestBlockMs: delay.max / 1e6, peakRssBytes: Math.max(peak[0]!, process.memoryUsage.rss()), startRssBytes };
    },
  };
}

export const mib = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MiB`;

/** "612 MiB (+431 MiB)": the peak, and how far above the process's memory at the start of the work. */
export const peakText = (peak: number, start: number) => `${mib(peak)} (+${mib(Math.max(0, peak - start))})`;
