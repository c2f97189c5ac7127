// Timing helpers: the median of several runs, so one slow run (GC, disk) does not decide.

export interface Measurement {
  medianMs: number;
  runs: number;
}

export async function measure(runs: number, work: () => unknown | Promise<unknown>, before?: () => void | Promise<void>): Promise<Measurement> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await before?.();
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, runs };
}

export function formatMs(ms: number): string {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`;
}

/** "1.85× Peer": how many times the peer's time Hygie takes (lower is better). */
export function ratio(hygieMs: number, peerMs: number): string {
  return `${(hygieMs / peerMs).toFixed(2)}×`;
}
