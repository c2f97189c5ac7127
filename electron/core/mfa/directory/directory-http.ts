import type { Dispatcher } from 'undici';
import { HygieError } from '../../model/hygie-error.ts';
import { httpRequest } from '../../http/http-request.ts';

// The directories' one fetch helper (OAuth token endpoints, Microsoft Graph, Google's Admin SDK),
// as breach/hibp/hibp-fetch.ts is HIBP's: on the shared transport (http/http-request.ts: one
// deadline, connect timeouts included), a User-Agent, the JSON body read once, every failure before
// an answer turned into the user's words, and the status turned into what it means — an outcome
// the callers switch on instead of comparing numbers. What a 403 or a 400 says beyond that is each
// API's own business (an OAuth error, Graph's licence message, Google's throttling reasons): the
// body stays with the answer. Tokens travel in headers or form bodies, never in a URL (URLs end up
// in logs).

export interface HttpOptions {
  userAgent: string;
  timeoutMs?: number;
  dispatcher?: Dispatcher;
}

/**
 * What a status means to a directory: 'ok' (200), 'unauthorized' (401: the token, or the OAuth
 * client, is refused), 'forbidden' (403: permission, licence, or throttling as Google says it),
 * 'throttled' (429), 'unavailable' (5xx), 'refused' (any other answer: an OAuth error, a 400…).
 */
export type DirectoryOutcome = 'ok' | 'unauthorized' | 'forbidden' | 'throttled' | 'unavailable' | 'refused';

export interface DirectoryAnswer {
  outcome: DirectoryOutcome;
  status: number;
  /** The parsed JSON body, or null when the body was not JSON. */
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
}

const MAX_BODY_CHARS = 20_000_000;

export function outcomeOf(status: number): DirectoryOutcome {
  if (status === 200) return 'ok';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'unavailable';
  return 'refused';
}

function jsonOf(text: string): unknown {
  if (text.length === 0 || text.length >= MAX_BODY_CHARS) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

async function send(url: string, init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string }, options: HttpOptions): Promise<DirectoryAnswer> {
  const answer = await httpRequest({
    url,
    method: init.method,
    headers: { 'user-agent': options.userAgent, accept: 'application/json', ...init.headers },
    ...(init.body !== undefined ? { body: init.body } : {}),
    timeoutMs: options.timeoutMs ?? 20_000,
    ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
  });
  // Refused, reset, DNS, TLS: the service was not reached. Too slow, or an answer cut short: it
  // did not answer in time.
  if ('failure' in answer) throw new HygieError(answer.failure === 'network' ? 'directory-unreachable' : 'directory-timeout', undefined, { cause: answer.cause });
  return { outcome: outcomeOf(answer.status), status: answer.status, body: jsonOf(answer.body), headers: answer.headers };
}

/** POST an application/x-www-form-urlencoded body (OAuth's token and device endpoints). */
export function postForm(url: string, fields: Record<string, string>, options: HttpOptions): Promise<DirectoryAnswer> {
  return send(
    url,
    { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() },
    options,
  );
}

/** GET with a bearer token. */
export function getWithBearer(url: string, accessToken: string, options: HttpOptions): Promise<DirectoryAnswer> {
  return send(url, { method: 'GET', headers: { authorization: `Bearer ${accessToken}` } }, options);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Retry-After in seconds (delta-seconds or an HTTP date); null when absent or unreadable. */
export function retryAfterSeconds(headers: DirectoryAnswer['headers'], now: Date): number | null {
  const raw = headers['retry-after'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return null;
  if (/^\d+$/u.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now.getTime()) / 1000));
}
