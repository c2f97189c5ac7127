// Windows lets an antivirus, the search indexer or a backup agent hold a file Hygie has just
// written for a moment; renaming or removing it then fails with EBUSY, EPERM or EACCES, and
// succeeds a little later. Those operations are retried for a few seconds with a growing pause
// (as Node's own rmSync does with maxRetries, and graceful-fs does for rename on Windows — but
// neither covers a synchronous rename or copy). Elsewhere EPERM and EACCES are lasting refusals,
// so only EBUSY is retried there. Everything else fails at once.

/** Pauses between attempts, in milliseconds: eight attempts over about 3.5 seconds. */
export const LOCK_RETRY_DELAYS_MS: readonly number[] = [50, 100, 200, 400, 800, 1000, 1000];

export interface LockRetryOptions {
  /** Which system's codes count as "held for a moment"; default: this one. */
  platform?: NodeJS.Platform;
  delaysMs?: readonly number[];
  /** Blocking pause for the synchronous form; tests pass one that only records. */
  sleep?: (ms: number) => void;
  /** Pause for the asynchronous form. */
  sleepAsync?: (ms: number) => Promise<void>;
}

const WINDOWS_LOCK_CODES = new Set(['EBUSY', 'EPERM', 'EACCES']);
const OTHER_LOCK_CODES = new Set(['EBUSY']);

export function isFileLockedError(error: unknown, platform: NodeJS.Platform = process.platform): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (platform === 'win32' ? WINDOWS_LOCK_CODES : OTHER_LOCK_CODES).has(code);
}

/** Blocks the thread: the store opens synchronously, as better-sqlite3 does everything. */
function sleepBlocking(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function sleepAsync(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Run `operation`; while it fails because the file is held, wait and try again. */
export function retryWhileLocked<T>(operation: () => T, options: LockRetryOptions = {}): T {
  const delays = options.delaysMs ?? LOCK_RETRY_DELAYS_MS;
  const sleep = options.sleep ?? sleepBlocking;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return operation();
    } catch (error) {
      if (attempt >= delays.length || !isFileLockedError(error, options.platform)) throw error;
      sleep(delays[attempt]!);
    }
  }
}

/** The same, for promise-returning operations (the preferences file). */
export async function retryWhileLockedAsync<T>(operation: () => Promise<T>, options: LockRetryOptions = {}): Promise<T> {
  const delays = options.delaysMs ?? LOCK_RETRY_DELAYS_MS;
  const sleep = options.sleepAsync ?? sleepAsync;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= delays.length || !isFileLockedError(error, options.platform)) throw error;
      await sleep(delays[attempt]!);
    }
  }
}
