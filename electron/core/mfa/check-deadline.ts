// One time bound for a whole domain check: every lookup and the MTA-STS fetch race it, and
// whatever is still waiting when it passes ends as "not checked (timeout)", never as a verdict.

export const DEADLINE_PASSED: unique symbol = Symbol('deadline passed');

export class CheckDeadline {
  readonly signal: AbortSignal;
  readonly #passed: Promise<typeof DEADLINE_PASSED>;
  readonly #endsAt: number;

  constructor(ms: number) {
    this.#endsAt = performance.now() + ms;
    // AbortSignal.timeout does not keep the process alive, and undici takes the signal as it is.
    this.signal = AbortSignal.timeout(Math.max(1, ms));
    this.#passed = new Promise((resolve) => {
      this.signal.addEventListener('abort', () => resolve(DEADLINE_PASSED), { once: true });
    });
  }

  get passed(): boolean {
    return this.signal.aborted;
  }

  /** Milliseconds left (0 once passed). */
  remaining(): number {
    return Math.max(0, Math.round(this.#endsAt - performance.now()));
  }

  /** The work's result, or DEADLINE_PASSED when the bound comes first. */
  race<T>(work: Promise<T>): Promise<T | typeof DEADLINE_PASSED> {
    if (this.passed) return Promise.resolve(DEADLINE_PASSED);
    return Promise.race([work, this.#passed]);
  }
}
