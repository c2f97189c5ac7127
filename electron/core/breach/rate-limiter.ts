// Paces calls to HIBP's keyed API. HIBP's limit is per key and per minute, not smoothed: "10 RPM"
// means any 10 calls within 60 seconds. So the limiter remembers when its last `rpm` requests went
// out and lets the next one go only when the oldest has left the window. One limiter serves every
// e-mail of a job, so concurrent checks share the budget. 429 and 5xx answers are retried within
// a bounded budget: a 429's retry-after pauses every caller, a 5xx backs off exponentially.
// A retry-after longer than the job will wait (maxRetryAfterMs) is not a pause: every call until
// then ends at once, rate-limited with the time to retry, and nothing is sent meanwhile.

/** Time as the limiter sees it; tests pass a virtual clock so a "minute" takes no real time. */
export interface Clock {
  /** Milliseconds. */
  now(): number;
  /** Resolves after `ms` on this clock; rejects with the signal's reason when it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** setTimeout's longest delay (2^31 - 1 ms, about 24.8 days); a longer one fires at once. */
const MAX_TIMER_MS = 2_147_483_647;
/** The longest any server may hold us off: past a day, the answer is "try tomorrow" anyway. */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60_000;
/** The shortest pause a 429 imposes: HIBP rounds its retry-after up to whole seconds. */
const MIN_RETRY_AFTER_MS = 1_000;

export const systemClock: Clock = {
  now: () => Date.now(),
  // Clamped so setTimeout never overflows; a caller that wakes early finds it must wait on and
  // sleeps again (every loop here re-reads the time).
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(signal!.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, Math.min(MAX_TIMER_MS, Math.max(0, ms)));
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

export interface RateLimiterOptions {
  /** Requests allowed in any window. */
  rpm: number;
  /** HIBP's window is one minute. */
  windowMs?: number;
  /**
   * Added to the window: a request reaches the server a little after it leaves here, so two sends
   * exactly one window apart could land inside one window of the server's clock.
   */
  marginMs?: number;
  clock?: Clock;
  /** Retries after the first attempt, for 429 and 5xx answers. */
  maxRetries?: number;
  /** First 5xx backoff; doubled on each retry, up to maxBackoffMs. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /**
   * The job's budget: the longest retry-after it waits out. A longer one ends that call and every
   * call until then at once, rate-limited (nothing is sent meanwhile). Default 5 minutes.
   */
  maxRetryAfterMs?: number;
}

export interface ScheduleOptions<T> {
  /** The caller's cancel: every wait ends at once and schedule() rejects with its reason. */
  signal?: AbortSignal;
  /**
   * The value of a call that ends rate-limited (retries spent, or HIBP holds the key longer than
   * the budget): `retryAt` is when it may be tried again, on the limiter's clock; `last` is the
   * last refused attempt's value, or null when the call was not sent at all.
   */
  rateLimited(retryAt: number, last: T | null): T;
}

/** A caller turned away without sending: HIBP holds the key until `until` (clock ms). */
export class RateLimitHold extends Error {
  readonly until: number;

  constructor(until: number) {
    super(`HIBP asked to wait until ${new Date(until).toISOString()}`);
    this.name = 'RateLimitHold';
    this.until = until;
  }
}

/** What one attempt came back as: a final value, or a value to retry (kept if the budget runs out). */
export type Attempt<T> =
  | { retry: false; value: T }
  | { retry: true; value: T; kind: 'rate-limited'; retryAfterMs: number | null }
  | { retry: true; value: T; kind: 'server-error' };

export class RateLimiter {
  readonly #clock: Clock;
  readonly #windowMs: number;
  readonly #marginMs: number;
  readonly #maxRetries: number;
  readonly #baseBackoffMs: number;
  readonly #maxBackoffMs: number;
  readonly #maxRetryAfterMs: number;
  #rpm: number;
  /**
   * When recent requests finished, oldest first (the last rpm matter). The finish time, not the
   * start: a request reaches HIBP somewhere in between (after queueing for a connection, say), so
   * counting from the finish can only be early, never late.
   */
  #done: number[] = [];
  /** Requests under way: each holds a slot until it finishes. */
  #inFlight = 0;
  /** Resolved whenever a request finishes, for callers waiting on in-flight slots. */
  #finished = finishSignal();
  /** A 429's retry-after within the budget holds every caller until then. */
  #pausedUntil = 0;
  /** A 429's retry-after beyond the budget: until then every caller is turned away at once. */
  #heldUntil = 0;
  /** Aborted when a hold begins, to wake every waiting caller so that it leaves at once. */
  #holdBegins = new AbortController();
  /** Callers take their turn one after the other, so the window check and the send are atomic. */
  #queue: Promise<void> = Promise.resolve();

  constructor(options: RateLimiterOptions) {
    if (!(options.rpm >= 1)) throw new Error(`rpm must be at least 1, got ${options.rpm}`);
    this.#rpm = Math.floor(options.rpm);
    this.#clock = options.clock ?? systemClock;
    this.#windowMs = options.windowMs ?? 60_000;
    this.#marginMs = options.marginMs ?? 500;
    this.#maxRetries = options.maxRetries ?? 4;
    this.#baseBackoffMs = options.baseBackoffMs ?? 2_000;
    this.#maxBackoffMs = options.maxBackoffMs ?? 30_000;
    this.#maxRetryAfterMs = options.maxRetryAfterMs ?? 5 * 60_000;
  }

  get rpm(): number {
    return this.#rpm;
  }

  /** The plan's rate, once /subscription/status has told it. */
  setRpm(rpm: number): void {
    if (!(rpm >= 1)) throw new Error(`rpm must be at least 1, got ${rpm}`);
    this.#rpm = Math.floor(rpm);
  }

  get windowMs(): number {
    return this.#windowMs;
  }

  get clock(): Clock {
    return this.#clock;
  }

  /** Requests that could leave right now without waiting. */
  freeSlots(): number {
    const now = this.#clock.now();
    if (now < this.#pausedUntil) return 0;
    return Math.max(0, this.#rpm - this.#inFlight - this.#recent(now).length);
  }

  /** Milliseconds `remaining` more requests need at this rate, counting the slots free now. */
  estimateMs(remaining: number): number {
    // Held beyond the budget: what is left ends at once, unchecked.
    if (this.#heldUntil > this.#clock.now()) return 0;
    const waiting = Math.max(0, remaining - this.freeSlots());
    const paused = Math.max(0, this.#pausedUntil - this.#clock.now());
    return paused + Math.ceil(waiting / this.#rpm) * (this.#windowMs + this.#marginMs);
  }

  /**
   * Wait for a slot in the window and take it; call the returned function when the request has
   * finished (answered or failed). Rejects with the signal's reason on abort, and with a
   * RateLimitHold while HIBP holds the key beyond the budget, holding no slot either way.
   */
  acquire(signal?: AbortSignal): Promise<() => void> {
    const turn = this.#queue.then(async () => {
      for (;;) {
        // A caller cancelled while queued gives its turn up without spending a slot.
        if (signal?.aborted) throw signal.reason;
        const now = this.#clock.now();
        if (this.#heldUntil > now) throw new RateLimitHold(this.#heldUntil);
        const wait = Math.max(this.#pausedUntil - now, this.#slotWait(now));
        if (wait <= 0) break;
        await this.#wait(Number.isFinite(wait) ? wait : null, signal);
      }
      this.#inFlight += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        this.#inFlight -= 1;
        this.#done.push(this.#clock.now());
        if (this.#done.length > this.#rpm) this.#done.splice(0, this.#done.length - this.#rpm);
        this.#finished.resolve();
        this.#finished = finishSignal();
      };
    });
    this.#queue = turn.then(
      () => {},
      () => {},
    );
    if (!signal) return turn;
    // Leave the queue at once on abort, even while others are ahead.
    return new Promise<() => void>((resolve, reject) => {
      let settled = false;
      const onAbort = (): void => {
        settled = true;
        reject(signal.reason);
      };
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
      turn
        .then(
          (release) => {
            // Granted just as the caller left: hand the slot straight back.
            if (settled) release();
            else resolve(release);
          },
          (error: unknown) => reject(error),
        )
        .finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  /**
   * Run `attempt` under the limit, retrying 429s (after their retry-after, which pauses everyone)
   * and 5xx answers (with exponential backoff) up to the budget. A 5xx beyond it gives its last
   * value; a 429 beyond it, or a retry-after longer than the job waits, gives `rateLimited`.
   * Rejects with the signal's reason when it aborts, whatever it was waiting for.
   */
  async schedule<T>(attempt: () => Promise<Attempt<T>>, options: ScheduleOptions<T>): Promise<T> {
    const { signal } = options;
    for (let tried = 0; ; tried += 1) {
      let release: () => void;
      try {
        release = await this.acquire(signal);
      } catch (error) {
        if (error instanceof RateLimitHold) return options.rateLimited(error.until, null);
        throw error;
      }
      let result: Attempt<T>;
      try {
        result = await attempt();
      } finally {
        release();
      }
      if (!result.retry) return result.value;
      if (result.kind === 'rate-limited') {
        // Without a retry-after, wait for a whole window: the server's count is ahead of ours.
        const pause = clampRetryAfter(result.retryAfterMs ?? this.#windowMs);
        const until = this.#clock.now() + pause;
        if (pause > this.#maxRetryAfterMs) {
          // Longer than the job waits: not a pause (nobody would honour it), a hold that turns
          // every caller away at once until then, those already waiting included.
          this.#heldUntil = Math.max(this.#heldUntil, until);
          this.#holdBegins.abort();
          this.#holdBegins = new AbortController();
          return options.rateLimited(this.#heldUntil, result.value);
        }
        // The pause holds every caller, even when this one stops retrying.
        this.#pausedUntil = Math.max(this.#pausedUntil, until);
        if (tried >= this.#maxRetries) return options.rateLimited(this.#pausedUntil, result.value);
      } else if (tried >= this.#maxRetries) {
        return result.value;
      } else {
        await this.#wait(Math.min(this.#maxBackoffMs, this.#baseBackoffMs * 2 ** tried), signal);
      }
    }
  }

  /**
   * Sleep `ms` (null: until a request under way finishes). Ends early, without error, when a hold
   * begins (the caller looks again and leaves); rejects with the signal's reason when it aborts.
   */
  async #wait(ms: number | null, signal?: AbortSignal): Promise<void> {
    const hold = this.#holdBegins.signal;
    const wake = signal ? AbortSignal.any([signal, hold]) : hold;
    try {
      if (ms === null) await this.#nextFinish(wake);
      else await this.#clock.sleep(ms, wake);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (!hold.aborted) throw error;
    }
  }

  /** Finish times still inside the window (plus margin) at `now`. */
  #recent(now: number): number[] {
    const horizon = now - this.#windowMs - this.#marginMs;
    return this.#done.filter((time) => time > horizon);
  }

  /**
   * How long until a slot frees: 0 if one is free, the time until enough finished requests leave
   * the window, or Infinity when only an in-flight request finishing can free one.
   */
  #slotWait(now: number): number {
    const recent = this.#recent(now);
    const excess = this.#inFlight + recent.length - this.#rpm;
    if (excess < 0) return 0;
    if (excess >= recent.length) return Number.POSITIVE_INFINITY;
    return recent[excess]! + this.#windowMs + this.#marginMs - now;
  }

  #nextFinish(signal?: AbortSignal): Promise<void> {
    const finished = this.#finished.promise;
    if (!signal) return finished;
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      finished.then(resolve).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }
}
/** A server's retry-after, in ms, brought into [1 s, 1 day]: never zero, never astronomical. */
function clampRetryAfter(ms: number): number {
  if (Number.isNaN(ms)) return MIN_RETRY_AFTER_MS;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(MIN_RETRY_AFTER_MS, ms));
}

function finishSignal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** A retry-after header (whole seconds in HIBP's answers; an HTTP date is accepted too) in ms. */
export function parseRetryAfter(value: string | string[] | undefined, now: number = Date.now()): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return null;
  // Finite however many digits come: the limiter clamps it to its own range after.
  if (/^\s*\d+(?:\.\d+)?\s*$/u.test(text)) return Math.min(Number.MAX_SAFE_INTEGER, Math.ceil(Number(text) * 1000));
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
