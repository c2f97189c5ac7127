import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Dispatcher } from 'undici';
import type { NotCheckedReason } from '../model/schemas/breach.ts';
import type { PwnedPasswordOutcome, PwnedSource } from '../model/schemas/pwned-passwords.ts';
import { DEFAULT_PWNED_PASSWORDS_BASE_URL } from '../model/schemas/services.ts';
import { createHttpPool, httpRequest } from '../http/http-request.ts';
import { countInRangeText, parseRangeBody, splitSha1, startsAsRangeText } from './pwned-range-body.ts';

// Is this password in Pwned Passwords? Only the first 5 hex characters of its SHA-1 leave the
// computer (k-anonymity), always with `Add-Padding: true` so that the answer's size says nothing
// either; the 35-character suffix is compared here, upper case. The password itself is hashed in
// memory and never kept. Three places can answer: the service, another base URL serving the same
// API (a practice group's mirror), or a folder of `{PREFIX}.txt` files as the official downloader
// writes them (then nothing leaves the computer at all).
//
// A folder without the file for a prefix is an incomplete mirror: the downloader writes all
// 1,048,576 files and every prefix has hashes, so a missing file answers not-checked
// 'unavailable' (as a service that did not answer would), never "not pwned".
//
// Not through HIBP's fetch helper (hibp/hibp-fetch.ts): another service, with no key, the
// `Add-Padding` header, a text body and its own status rules (401/403 a block, a mirror's 404
// 'unavailable', 429 and 5xx retried here without a per-key limiter). It shares the transport
// below it (http/http-request.ts), as the `hibp` package's two APIs share one baseFetch.

export interface PwnedPasswordsClientOptions {
  /** The range API's base URL (the service or a mirror of it); default the service's. */
  baseUrl?: string;
  /** A folder of `{PREFIX}.txt` range files; when set it answers instead of any URL. */
  mirrorDir?: string | null;
  /** Names Hygie and its version: the service asks every client for one. */
  userAgent: string;
  /** A shared keep-alive pool; without one the client makes its own and close() ends it. */
  dispatcher?: Dispatcher;
  /** No whole answer within this: not-checked 'timeout' (the deadline of `httpRequest`, http/http-request.ts). */
  timeoutMs?: number;
  /** Further tries after a 429 or a 5xx, each after `retry-after` (capped) or a short backoff. */
  retries?: number;
  /** The longest wait before a retry, whatever `retry-after` asks. */
  maxRetryWaitMs?: number;
}

/**
 * One prefix's range, as asked: `countOf(suffix)` is the times seen (0: absent or padding), or null
 * when the range cannot say (a malformed line where the suffix would be).
 */
export type RangeAnswer =
  | { ok: true; countOf(suffix: string): number | null }
  | { ok: false; reason: NotCheckedReason; httpStatus?: number };

/**
 * Ranges already fetched, for the length of one job (e.g. the password audit of one sitting):
 * the caller creates one, passes it to each check, and drops it. Only answers are kept (suffix →
 * count for one prefix), never a password or a full hash; a failure is not kept, so it is retried.
 */
export class PwnedRangeCache {
  readonly #ranges = new Map<string, Promise<RangeAnswer>>();

  get size(): number {
    return this.#ranges.size;
  }

  /** @internal the client's: one fetch per prefix, shared by checks running at the same time. */
  load(prefix: string, fetch: () => Promise<RangeAnswer>): Promise<RangeAnswer> {
    let pending = this.#ranges.get(prefix);
    if (!pending) {
      pending = fetch().then((answer) => {
        if (!answer.ok) this.#ranges.delete(prefix);
        return answer;
      });
      this.#ranges.set(prefix, pending);
    }
    return pending;
  }

  clear(): void {
    this.#ranges.clear();
  }
}

export interface PwnedPasswordsClient {
  /** Which of the three answers: recorded in every outcome. */
  readonly source: PwnedSource;
  /** The base URL or the folder it reads. */
  readonly location: string;
  /** Hashes the password in memory (SHA-1) and checks that; the password is not kept. */
  checkPassword(password: string, signal?: AbortSignal, cache?: PwnedRangeCache): Promise<PwnedPasswordOutcome>;
  /** A SHA-1 in hex, any case. Anything else is a programming error and throws. */
  checkSha1(sha1Hex: string, signal?: AbortSignal, cache?: PwnedRangeCache): Promise<PwnedPasswordOutcome>;
  /** Ends the client's own connection pool (not a dispatcher the caller passed in). */
  close(): Promise<void>;
}

export function sha1Hex(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').toUpperCase();
}

function reasonOfStatus(status: number): NotCheckedReason {
  if (status === 400) return 'bad-request';
  if (status === 401 || status === 403) return 'blocked';
  if (status === 429) return 'rate-limited';
  // 404: a mirror that does not serve this prefix; 5xx: the service (or Cloudflare) failed.
  if (status === 404 || status >= 500) return 'unavailable';
  return 'malformed';
}

/** `retry-after` in seconds (HIBP rounds up), else an exponential backoff from 250 ms. */
function retryDelayMs(header: string | string[] | undefined, attempt: number, capMs: number): number {
  const seconds = Number(Array.isArray(header) ? header[0] : header);
  const asked = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 250 * 2 ** attempt;
  return Math.min(asked, capMs);
}

function urlRange(options: Required<Pick<PwnedPasswordsClientOptions, 'userAgent'>> & {
  baseUrl: string;
  dispatcher: Dispatcher;
  timeoutMs: number;
  retries: number;
  maxRetryWaitMs: number;
}) {
  const headers = { 'add-padding': 'true', 'user-agent': options.userAgent, accept: 'text/plain' };
  return async (prefix: string, signal: AbortSignal | undefined): Promise<RangeAnswer> => {
    for (let attempt = 0; ; attempt += 1) {
      if (signal?.aborted) return { ok: false, reason: 'cancelled' };
      // A request that got no whole answer (a body cut short included: 'malformed', as for the
      // e-mail checks) says why; httpRequest reads every body, so the keep-alive connection is reusable.
      const answer = await httpRequest({
        url: `${options.baseUrl}/range/${prefix}`,
        headers,
        dispatcher: options.dispatcher,
        timeoutMs: options.timeoutMs,
        ...(signal ? { signal } : {}),
      });
      if ('failure' in answer) return { ok: false, reason: answer.failure };
      const status = answer.status;
      if (status === 200) {
        // Parsed whole: an answer from the network is checked line by line before it is believed.
        const range = parseRangeBody(answer.body);
        return range ? { ok: true, countOf: (suffix) => range.get(suffix) ?? 0 } : { ok: false, reason: 'malformed', httpStatus: status };
      }
      if ((status === 429 || status >= 500) && attempt < options.retries) {
        try {
          await sleep(retryDelayMs(answer.headers['retry-after'], attempt, options.maxRetryWaitMs), undefined, signal ? { signal } : {});
        } catch {
          return { ok: false, reason: 'cancelled' };
        }
        continue;
      }
      return { ok: false, reason: reasonOfStatus(status), httpStatus: status };
    }
  };
}

function folderRange(dir: string) {
  return async (prefix: string, signal: AbortSignal | undefined): Promise<RangeAnswer> => {
    if (signal?.aborted) return { ok: false, reason: 'cancelled' };
    // The downloader writes upper-case names; a copy through some tools comes out lower case.
    for (const name of [`${prefix}.txt`, `${prefix.toLowerCase()}.txt`]) {
      let text: string;
      try {
        // latin1: a range file is ASCII, and latin1 decodes it without UTF-8's checks.
        text = await readFile(join(dir, name), { encoding: 'latin1', ...(signal ? { signal } : {}) });
      } catch (error) {
        if (signal?.aborted) return { ok: false, reason: 'cancelled' };
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        return { ok: false, reason: 'unavailable' };
      }
      // Searched for the suffix asked, the other lines left unread (pwned-range-body.ts); a file
      // that does not start as a range file is refused at once.
      if (!startsAsRangeText(text)) return { ok: false, reason: 'malformed' };
      const found = text;
      return { ok: true, countOf: (suffix) => countInRangeText(found, suffix) };
    }
    return { ok: false, reason: 'unavailable' };
  };
}

export function createPwnedPasswordsClient(options: PwnedPasswordsClientOptions): PwnedPasswordsClient {
  const baseUrl = (options.baseUrl ?? DEFAULT_PWNED_PASSWORDS_BASE_URL).replace(/\/+$/u, '');
  const mirrorDir = options.mirrorDir ?? null;
  const ownPool = mirrorDir === null && !options.dispatcher ? createHttpPool() : null;
  const source: PwnedSource =
    mirrorDir !== null ? 'pwned-mirror-dir' : baseUrl === DEFAULT_PWNED_PASSWORDS_BASE_URL ? 'pwned-passwords' : 'pwned-mirror-url';
  const fetchRange =
    mirrorDir !== null
      ? folderRange(mirrorDir)
      : urlRange({
          baseUrl,
          userAgent: options.userAgent,
          dispatcher: options.dispatcher ?? ownPool!,
          timeoutMs: options.timeoutMs ?? 10_000,
          retries: options.retries ?? 1,
          maxRetryWaitMs: options.maxRetryWaitMs ?? 5_000,
        });

  const checkSha1 = async (hex: string, signal?: AbortSignal, cache?: PwnedRangeCache): Promise<PwnedPasswordOutcome> => {
    const parts = splitSha1(hex);
    if (!parts) throw new TypeError('checkSha1 takes the 40 hexadecimal characters of a SHA-1');
    const answer = cache ? await cache.load(parts.prefix, () => fetchRange(parts.prefix, signal)) : await fetchRange(parts.prefix, signal);
    if (!answer.ok) {
      return { status: 'not-checked', source, reason: answer.reason, ...(answer.httpStatus ? { httpStatus: answer.httpStatus } : {}) };
    }
    const count = answer.countOf(parts.suffix);
    if (count === null) return { status: 'not-checked', source, reason: 'malformed' };
    return count ? { status: 'pwned', source, count } : { status: 'not-pwned', source };
  };

  return {
    source,
    location: mirrorDir ?? baseUrl,
    checkSha1,
    checkPassword: (password, signal, cache) => checkSha1(sha1Hex(password), signal, cache),
    close: async () => {
      await ownPool?.close();
    },
  };
}
