import { describe, expect, it } from 'vitest';
import { RateLimiter, parseRetryAfter, systemClock, type Attempt } from '../../electron/core/breach/rate-limiter.ts';
import { virtualClock } from '../support/clocks.ts';

// The limiter alone, on a virtual clock: a minute of HIBP's rate limit costs no real time.

/** What schedule() gives a call that ends rate-limited: here, when it may be retried. */
const untilThen = { rateLimited: (retryAt: number) => `rate-limited until ${retryAt}` };

function mostInAnyWindow(times: number[], windowMs: number): number {
  let most = 0;
  for (const start of times) most = Math.max(most, times.filter((time) => time >= start && time < start + windowMs).length);
  return most;
}

describe('the HIBP rate limiter', () => {
  it('lets RPM requests through at once, then never more than RPM in any 60-second window', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter({ rpm: 10, clock });
    const sent: number[] = [];
    for (let index = 0; index < 35; index += 1) {
      const release = await limiter.acquire();
      sent.push(clock.now());
      release();
    }
    // Not smoothed: the first ten leave together, as HIBP allows.
    expect(sent.slice(0, 10).every((time) => time === sent[0])).toBe(true);
    expect(mostInAnyWindow(sent, 60_000)).toBe(10);
    // And it does not dawdle: 35 requests need three more windows (plus the safety margin).
    expect(sent.at(-1)! - sent[0]!).toBeLessThanOrEqual(3 * 60_500);
  });

  it('shares one window between concurrent callers', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter({ rpm: 5, clock });
    const sent: number[] = [];
    await Promise.all(
      Array.from({ length: 17 }, () =>
        limiter.acquire().then((release) => {
          sent.push(clock.now());
          release();
        }),
      ),
    );
    expect(sent).toHaveLength(17);
    expect(mostInAnyWindow(sent, 60_000)).toBe(5);
  });

  it('waits out a 429 retry-after for every caller, then succeeds', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter({ rpm: 100, clock });
    const attempts: number[] = [];
    const value = await limiter.schedule<string>(async () => {
      attempts.push(clock.now());
      return attempts.length === 1
        ? { retry: true, kind: 'rate-limited', retryAfterMs: 7_000, value: 'rate-limited' }
        : { retry: false, value: 'answered' };
    }, untilThen);
    expect(value).toBe('answered');
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(7_000);
  });

  it("holds the other e-mails too after a 429, even when this one's budget is spent", async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter({ rpm: 100, clock, maxRetries: 0 });
    const start = clock.now();
    const value = await limiter.schedule<string>(async () => ({ retry: true, kind: 'rate-limited', retryAfterMs: 5_000, value: 'rate-limited' }), untilThen);
    expect(value).toBe(`rate-limited until ${start + 5_000}`);
    await limiter.acquire();
    expect(clock.now() - start).toBeGreaterThanOrEqual(5_000);
  });

  it('retries 5xx with growing backoff and gives the last answer when the budget runs out', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter({ rpm: 100, clock, maxRetries: 3, baseBackoffMs: 1_000 });
    let calls = 0;
    const value = await limiter.schedule<string>(async (): Promise<Attempt<string>> => {
      calls += 1;
      return { retry: true, kind: 'server-error', value: `503 #${calls}` };
    }, untilThen);
    expect(calls).toBe(4);
    expect(value).toBe('503 #4');
    expect(clock.sleeps).toEqual([1_000, 2_000, 4_000]);
  });

  it('gives up at once on a retry-after longer than it will wait, and says until when', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter({ rpm: 10, clock, maxRetryAfterMs: 60_000 });
    const start = clock.now();
    let calls = 0;
    const value = await limiter.schedule<string>(async () => {
      calls += 1;
      return { retry: true, kind: 'rate-limited', retryAfterMs: 3_600_000, value: 'rate-limited' };
    }, untilThen);
    expect(value).toBe(`rate-limited until ${start + 3_600_000}`);
    expect(calls).toBe(1);
  });

  // Issue 13, F2: the long retry-after was given up on, but still set as a pause for everyone.
  it('sets no pause it will not honour: later calls end at once, rate-limited, without being sent', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter({ rpm: 10, clock, maxRetryAfterMs: 5 * 60_000 });
    const start = clock.now();
    await limiter.schedule<string>(async () => ({ retry: true, kind: 'rate-limited', retryAfterMs: 3_600_000, value: 'rate-limited' }), untilThen);
    let sent = 0;
    const later = await Promise.all(
      Array.from({ length: 5 }, () =>
        limiter.schedule<string>(async () => {
          sent += 1;
          return { retry: false, value: 'answered' };
        }, untilThen),
      ),
    );
    expect(later).toEqual(Array(5).fill(`rate-limited until ${start + 3_600_000}`));
    expect(sent).toBe(0);
    expect(clock.sleeps).toEqual([]);
    expect(clock.now()).toBe(start);
    expect(limiter.estimateMs(5)).toBe(0);
    // Once that time has passed, calls go out again.
    clock.advance(3_600_000);
    expect(await limiter.schedule<string>(async () => ({ retry: false, value: 'answered' }), untilThen)).toBe('answered');
  });

  it('wakes a caller already waiting for a slot when such a hold begins, so it ends at once too', async () => {
    // Real time, two requests a minute, one already spent: the second caller below waits a
    // minute for its slot while the first is refused.
    const limiter = new RateLimiter({ rpm: 2 });
    (await limiter.acquire())();
    const first = limiter.schedule<string>(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { retry: true, kind: 'rate-limited', retryAfterMs: 3_600_000, value: 'refused' };
    }, untilThen);
    const started = Date.now();
    let sent = false;
    const second = limiter.schedule<string>(async () => {
      sent = true;
      return { retry: false, value: 'answered' };
    }, untilThen);
    expect(await first).toMatch(/^rate-limited until /u);
    expect(await second).toMatch(/^rate-limited until /u);
    expect(sent).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('clamps every delay: a retry-after past setTimeout range, an hour, zero, or none at all', async () => {
    const cases: [number | null, number][] = [
      // Beyond a day is "a day": HIBP's answer is "not today", and a date 3,000 years away helps nobody.
      [99_999_999_999_000, 24 * 60 * 60_000],
      [Number.POSITIVE_INFINITY, 24 * 60 * 60_000],
      [3_600_000, 3_600_000],
      // A zero still waits a second (HIBP rounds its seconds up); none waits a whole window.
      [0, 1_000],
      [-5_000, 1_000],
      [null, 60_000],
    ];
    for (const [retryAfterMs, expected] of cases) {
      const clock = virtualClock();
      const limiter = new RateLimiter({ rpm: 10, clock, maxRetries: 0 });
      const start = clock.now();
      const value = await limiter.schedule<string>(async () => ({ retry: true, kind: 'rate-limited', retryAfterMs, value: 'x' }), untilThen);
      expect([retryAfterMs, value]).toEqual([retryAfterMs, `rate-limited until ${start + expected}`]);
    }
  });

  it('never hands setTimeout a delay it would overflow (it would fire at once and spin)', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const controller = new AbortController();
      const sleeping = systemClock.sleep(99_999_999_999_000, controller.signal).then(() => 'woke');
      const first = await Promise.race([sleeping, new Promise((resolve) => setTimeout(() => resolve('still asleep'), 50))]);
      controller.abort(new Error('done'));
      await expect(sleeping).rejects.toThrow('done');
      expect(first).toBe('still asleep');
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).not.toContain('TimeoutOverflowWarning');
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('lets a caller waiting out a 429 pause or a 5xx backoff leave as soon as its signal aborts', async () => {
    for (const answer of [
      { retry: true, kind: 'rate-limited', retryAfterMs: 120_000, value: 'x' },
      { retry: true, kind: 'server-error', value: 'x' },
    ] as const) {
      // Real time: only the abort can end a two-minute wait within the test.
      const limiter = new RateLimiter({ rpm: 10, baseBackoffMs: 120_000, maxBackoffMs: 120_000 });
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error('Ctrl-C')), 50);
      const started = Date.now();
      await expect(limiter.schedule<string>(async () => answer, { ...untilThen, signal: controller.signal })).rejects.toThrow('Ctrl-C');
      expect(Date.now() - started).toBeLessThan(5_000);
    }
  });

  it('lets a cancelled caller leave the queue without spending a slot', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter({ rpm: 1, clock });
    (await limiter.acquire())();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error('cancelled by the user'));
    await expect(waiting).rejects.toThrow('cancelled by the user');
    // The next caller waits for one window only: the cancelled one took nothing.
    const before = clock.now();
    await limiter.acquire();
    expect(clock.now() - before).toBeLessThanOrEqual(60_500);
  });

  it('counts a request under way as holding its slot until it finishes', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter({ rpm: 2, clock });
    const first = await limiter.acquire();
    await limiter.acquire();
    let third = false;
    const waiting = limiter.acquire().then((release) => {
      third = true;
      return release;
    });
    for (let turn = 0; turn < 20; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    // However far the clock is moved, two unfinished requests fill a window of two.
    clock.advance(10 * 60_000);
    for (let turn = 0; turn < 20; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(third).toBe(false);
    first();
    (await waiting)();
    expect(third).toBe(true);
  });

  it('estimates the time left from the rate and the free slots', () => {
    const limiter = new RateLimiter({ rpm: 10, clock: virtualClock(), marginMs: 0 });
    expect(limiter.estimateMs(10)).toBe(0);
    expect(limiter.estimateMs(25)).toBe(2 * 60_000);
  });

  it('reads retry-after in seconds or as an HTTP date', () => {
    expect(parseRetryAfter('2')).toBe(2_000);
    expect(parseRetryAfter(undefined)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter('Mon, 05 Jan 2026 09:00:30 GMT', Date.UTC(2026, 0, 5, 9, 0, 0))).toBe(30_000);
  });
});
