import type { Dispatcher } from 'undici';
import type { z } from 'zod';
import type { NotCheckedReason } from '../../model/schemas/breach.ts';
import { httpRequest } from '../../http/http-request.ts';
import { parseRetryAfter } from '../rate-limiter.ts';

// The one fetch helper of HIBP's API (the `hibp` package's fetchFromApi): it owns the base URL,
// the `hibp-api-key` and user-agent headers, the deadline, and what each status means, so that an
// endpoint module only names its path and reads its 200. Its answer is a value, never a throw:
// a failure says why (the not-checked reasons), with the HTTP status, Cloudflare's ray id on a 403
// and HIBP's retry-after on a 429 — the details the IT provider reads in the folded part.
//
// Status rules (HIBP API v3, docs/references.md): 200 the answer; 404 "nothing found" only where
// the endpoint's documentation says so, otherwise an unexpected answer; 400 bad request; 401 a key
// HIBP refuses (when one was sent); 403 a block (Cloudflare, or no user agent); 429 rate limited;
// 5xx unavailable; anything else unexpected ('malformed').

/** Options every endpoint takes, the same way (the `hibp` package's baseUrl/userAgent/timeoutMs/signal). */
export interface HibpOptions {
  /** HIBP's API root, e.g. https://haveibeenpwned.com/api/v3 (a trailing slash is dropped). */
  baseUrl: string;
  /** "Hygie/<version>": HIBP refuses a request without one. */
  userAgent: string;
  /** Sent as the `hibp-api-key` header, and only there; keyless endpoints (/breaches) send none. */
  apiKey?: string | null;
  /** Whole request, headers and body, in milliseconds; each endpoint has its default. */
  timeoutMs?: number;
  /** The caller's cancel: the answer is then the failure 'cancelled'. */
  signal?: AbortSignal;
  /** A keep-alive pool shared by a job's calls; default undici's global dispatcher. */
  dispatcher?: Dispatcher;
}

/** Why HIBP gave no usable answer ('no-key' is decided before asking, never by an answer). */
export type HibpFailureReason = Exclude<NotCheckedReason, 'no-key'>;

export interface HibpFailure {
  ok: false;
  reason: HibpFailureReason;
  httpStatus?: number;
  /** Cloudflare's ray id on a 403, for the IT provider to quote to HIBP. */
  rayId?: string;
  /** On a 429: how long HIBP asks to wait, in ms (null when it did not say). */
  retryAfterMs?: number | null;
}

export type HibpResult<T> = { ok: true; value: T } | HibpFailure;

/** What an endpoint module tells the helper. */
export interface HibpEndpoint<T> {
  /** After the base URL, path parameters already encoded: `/breachedaccount/range/A1B2C3`. */
  path: string;
  /** The 200's body as T, or null when it does not follow the documented shape ('malformed'). */
  read(body: string): T | null;
  /** What a 404 means where HIBP documents it as "nothing found"; absent, a 404 is unexpected. */
  notFound?: () => T;
  /** When the caller gives no timeoutMs. */
  defaultTimeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * One length for every ray id kept: Cloudflare's is 16 hex characters, a dash and a three-letter
 * data centre; anything longer than this is not one and is cut.
 */
export const RAY_ID_MAX_LENGTH = 64;

function rayIdOf(headers: Record<string, string | string[] | undefined>): string | undefined {
  const ray = headers['cf-ray'];
  return typeof ray === 'string' && ray !== '' ? ray.slice(0, RAY_ID_MAX_LENGTH) : undefined;
}

/** The body as JSON, or undefined when it is not JSON (JSON itself has no undefined). */
export function jsonOf(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** A JSON body read with a zod schema: the usual `read` of an endpoint. */
export function jsonBody<S extends z.ZodType>(schema: S): (body: string) => z.output<S> | null {
  return (body) => {
    const parsed = schema.safeParse(jsonOf(body));
    return parsed.success ? parsed.data : null;
  };
}

function failure(reason: HibpFailureReason, httpStatus?: number, extra: Pick<HibpFailure, 'rayId' | 'retryAfterMs'> = {}): HibpFailure {
  return { ok: false, reason, ...(httpStatus !== undefined ? { httpStatus } : {}), ...extra };
}

function hibpUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/u, '')}${path}`;
}

export async function hibpFetch<T>(endpoint: HibpEndpoint<T>, options: HibpOptions): Promise<HibpResult<T>> {
  const keyed = typeof options.apiKey === 'string';
  const answer = await httpRequest({
    url: hibpUrl(options.baseUrl, endpoint.path),
    headers: {
      ...(keyed ? { 'hibp-api-key': options.apiKey! } : {}),
      'user-agent': options.userAgent,
      accept: 'application/json',
    },
    timeoutMs: options.timeoutMs ?? endpoint.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS,
    ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if ('failure' in answer) return failure(answer.failure);
  const status = answer.status;
  if (status === 200) {
    const value = endpoint.read(answer.body);
    return value === null ? failure('malformed', status) : { ok: true, value };
  }
  if (status === 404 && endpoint.notFound) return { ok: true, value: endpoint.notFound() };
  if (status === 400) return failure('bad-request', status);
  // Without a key sent, a 401 cannot be about one: an answer this endpoint does not document.
  if (status === 401 && keyed) return failure('invalid-key', status);
  if (status === 403) {
    const rayId = rayIdOf(answer.headers);
    return failure('blocked', status, rayId ? { rayId } : {});
  }
  if (status === 429) return failure('rate-limited', status, { retryAfterMs: parseRetryAfter(answer.headers['retry-after']) });
  if (status >= 500) return failure('unavailable', status);
  return failure('malformed', status);
}
