import { HygieError } from '../../model/hygie-error.ts';
import { getWithBearer, retryAfterSeconds, type DirectoryAnswer, type HttpOptions } from './directory-http.ts';

// Reading a paged directory listing: page after page with the bearer token, a token renewed
// once on 401, throttling (429, or a 403 the API says is throttling) waited out within a budget
// — Retry-After when the server gives one, exponential backoff when it does not — and next-page
// links followed only on the directory's own origin (a link elsewhere would carry the token there).

export interface TokenSource {
  /** The access token to use now (renewed first when it is known to have expired). */
  current(): Promise<string>;
  /** After a 401: a fresh token, or null when it cannot be renewed (sign in again). */
  renew(): Promise<string | null>;
}

export interface PageOptions extends HttpOptions {
  /** Upper bound on pages read (a loop in a server's paging must end). */
  maxPages?: number;
  /** Read the first page only (a check that the token works), whatever follows. */
  firstPageOnly?: boolean;
  /** Waits after 429, in total, before giving up. */
  retryBudgetSeconds?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  /** 0 ≤ x < 1, the backoff's jitter (tests fix it). */
  random?: () => number;
}

export interface PagedListing<T> {
  /** The page's items, or null when the body is not the documented shape. */
  items(body: unknown): T[] | null;
  /** The next page's URL, or null on the last page. */
  next(body: unknown, current: string): string | null;
  /** The HygieError a 403 means for this API. */
  forbidden(answer: DirectoryAnswer): HygieError;
  /** A 403 that is throttling, not a refusal (Google's userRateLimitExceeded…). */
  throttled?(answer: DirectoryAnswer): boolean;
}

/** Exponential backoff, as Google describes it: 1, 2, 4, 8 … seconds plus up to 1 s of jitter, capped. */
const BACKOFF_CAP_SECONDS = 32;

export function backoffSeconds(attempt: number, random: () => number = Math.random): number {
  return Math.min(2 ** attempt, BACKOFF_CAP_SECONDS) + Math.floor(random() * 1000) / 1000;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function readAllPages<T>(firstUrl: string, listing: PagedListing<T>, tokens: TokenSource, options: PageOptions): Promise<T[]> {
  const origin = new URL(firstUrl).origin;
  const maxPages = options.maxPages ?? 200;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  let budget = options.retryBudgetSeconds ?? 60;
  let backoffs = 0;
  let token = await tokens.current();
  let renewed = false;
  const all: T[] = [];
  let url: string | null = firstUrl;
  for (let page = 0; url !== null; ) {
    if (page >= maxPages) throw new HygieError('directory-unexpected-answer', { step: 'paging', pages: maxPages });
    const answer = await getWithBearer(url, token, options);
    if (answer.outcome === 'unauthorized') {
      const fresh = renewed ? null : await tokens.renew();
      if (!fresh) throw new HygieError('directory-session-expired');
      token = fresh;
      renewed = true;
      continue;
    }
    const throttled = answer.outcome === 'throttled' || (answer.outcome === 'forbidden' && listing.throttled?.(answer) === true);
    if (answer.outcome === 'forbidden' && !throttled) throw listing.forbidden(answer);
    if (throttled || answer.status === 503) {
      // A 503 without Retry-After is an outage, not a request to slow down: said at once.
      const given = retryAfterSeconds(answer.headers, now());
      const wait = given ?? (throttled ? backoffSeconds(backoffs++, random) : null);
      if (wait !== null && wait <= budget) {
        budget -= wait;
        await sleep(wait * 1000);
        continue;
      }
      throw new HygieError(throttled ? 'directory-rate-limited' : 'directory-unavailable', { httpStatus: answer.status });
    }
    if (answer.outcome === 'unavailable') throw new HygieError('directory-unavailable', { httpStatus: answer.status });
    if (answer.outcome !== 'ok') throw new HygieError('directory-unexpected-answer', { step: 'list', httpStatus: answer.status });
    const items = listing.items(answer.body);
    if (items === null) throw new HygieError('directory-unexpected-answer', { step: 'list' });
    all.push(...items);
    page += 1;
    if (options.firstPageOnly) break;
    const next = listing.next(answer.body, url);
    if (next !== null) {
      let nextOrigin: string;
      try {
        nextOrigin = new URL(next).origin;
      } catch {
        throw new HygieError('directory-unexpected-answer', { step: 'paging' });
      }
      if (nextOrigin !== origin) throw new HygieError('directory-unexpected-answer', { step: 'paging-origin' });
    }
    url = next;
  }
  return all;
}
