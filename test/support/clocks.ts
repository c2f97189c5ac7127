import { systemClock, type Clock } from '../../electron/core/breach/rate-limiter.ts';

// Clocks for the rate limiter and the fake HIBP, shared by both so they agree on "a minute".

export interface VirtualClock extends Clock {
  /** Every sleep so far, in clock ms (what a test can assert instead of waiting). */
  readonly sleeps: number[];
  advance(ms: number): void;
}

/**
 * Time that only moves when someone sleeps: a sleep jumps the clock to its wake-up time at once.
 * A "minute" of rate limiting takes no real time, and the fake's window sees the same times.
 */
export function virtualClock(start = Date.UTC(2026, 0, 5, 9, 0, 0)): VirtualClock {
  let time = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => time,
    advance(ms) {
      time += ms;
    },
    sleep(ms, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      sleeps.push(ms);
      time = Math.max(time, time + Math.max(0, ms));
      // Yield, so other callers (and aborts) get their turn as they would in real time.
      return new Promise((resolve, reject) =>
        setImmediate(() => (signal?.aborted ? reject(signal.reason) : resolve())),
      );
    },
  };
}

/** Real time running `factor` times faster: a benchmark's "minute" lasts 60 / factor seconds. */
export function scaledClock(factor: number): Clock {
  const origin = Date.now();
  return {
    now: () => origin + (Date.now() - origin) * factor,
    sleep: (ms, signal) => systemClock.sleep(Math.ceil(Math.max(0, ms) / factor), signal),
  };
}
