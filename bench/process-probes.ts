import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

// What a long piece of work does to the process around it, beside how long it takes:
// - the longest event-loop block: the longest the main thread could not answer anything (an IPC
//   call, a timer, a repaint request), from perf_hooks' event-loop delay histogram sampled every
//   2 ms (its maximum is the longest wait a timer saw, i.e. the longest synchronous stretch);
// - how much of a block was the main thread's own work: a timer every 2 ms reads the thread's CPU
//   time (process.threadCpuUsage) across each late tick. On a machine shared with other work, a
//   thread can wait for a processor with nothing to do: that is a block the process did not cause,
//   and its CPU time says so (a block the code causes uses the CPU all along);
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
  stop(): Promise<{
    longestBlockMs: number;
    /** The main thread's CPU time during the longest late tick of the 2 ms timer. */
    longestBlockCpuMs: number;
    /** The most CPU time the main thread used within any one late tick: its longest own stretch of work. */
    longestOwnWorkMs: number;
    peakRssBytes: number;
    startRssBytes: number;
  }>;
}

export async function startProbe(): Promise<Probe> {
  const buffer = new SharedArrayBuffer(8);
  const stopFlag = new SharedArrayBuffer(4);
  const peak = new Float64Array(buffer);
  const worker = new Worker(SAMPLER, { eval: true, workerData: { buffer, stop: stopFlag } });
  await new Promise((resolve) => worker.once('online', resolve));
  const delay = monitorEventLoopDelay({ resolution: 2 });
  delay.enable();
  // The late ticks, with the main thread's CPU time across each.
  let lastTick = performance.now();
  let lastCpu = process.threadCpuUsage();
  let longestTick = { wallMs: 0, cpuMs: 0 };
  let longestOwnWorkMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    const cpu = process.threadCpuUsage();
    const wallMs = now - lastTick;
    const cpuMs = (cpu.user - lastCpu.user + cpu.system - lastCpu.system) / 1000;
    if (wallMs > longestTick.wallMs) longestTick = { wallMs, cpuMs };
    longestOwnWorkMs = Math.max(longestOwnWorkMs, cpuMs);
    lastTick = now;
    lastCpu = cpu;
  }, 2);
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
      clearInterval(ticker);
      Atomics.store(new Int32Array(stopFlag), 0, 1);
      await new Promise((resolve) => worker.once('exit', resolve));
      return { longestBlockMs: delay.max / 1e6, longestBlockCpuMs: longestTick.cpuMs, longestOwnWorkMs, peakRssBytes: Math.max(peak[0]!, process.memoryUsage.rss()), startRssBytes };
    },
  };
}

/**
 * The highest resident memory a running process has had (Linux's VmHWM), in bytes; null where
 * the system does not say (then only the main process's memory is printed).
 */
export function processPeakRss(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const match = /^VmHWM:\s+(\d+) kB$/mu.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export const mib = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MiB`;

/** "612 MiB (+431 MiB)": the peak, and how far above the process's memory at the start of the work. */
export const peakText = (peak: number, start: number) => `${mib(peak)} (+${mib(Math.max(0, peak - start))})`;
