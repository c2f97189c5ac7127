import { describe, expect, it } from 'vitest';
import { RateLimiter, parseRetryAfter, type Attempt } from '../../electron/core/breach/rate-limiter.ts';
import { virtualClock } from '../support/clocks.ts';

// The limiter alone, on a virtual clock: a minute of HIBP's rate limit costs no real time.

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
    });
    expect(value).toBe('answered');
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(7_000);
  });

  it("holds the other e-mails too after a 429, even when this one's budget is spent", async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter({ rpm: 100, clock, maxRetries: 0 });
    const start = clock.now();
    const value = await limiter.schedule<string>(async () => ({ retry: true, kind: 'rate-limited', retryAfterMs: 5_000, value: 'rate-limited' }));
    expect(value).toBe('rate-limited');
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
    });
    expect(calls).toBe(4);
    expect(value).toBe('503 #4');
    expect(clock.sleeps).toEqual([1_000, 2_000, 4_000]);
  });

  it('gives up at once on a retry-after longer than it will wait', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter({ rpm: 10, clock, maxRetryAfterMs: 60_000 });
    let calls = 0;
    const value = await limiter.schedule<string>(async () => {
      calls += 1;
      return { retry: true, kind: 'rate-limited', retryAfterMs: 3_600_000, value: 'rate-limited' };
    });
    expect(value).toBe('rate-limited');
    expect(calls).toBe(1);
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
