import { errors, request, type Dispatcher } from 'undici';
import { HygieError } from '../../model/hygie-error.ts';

// One way to talk to the directories' HTTP endpoints (OAuth token endpoints, Microsoft Graph,
// Google's Admin SDK): a bounded timeout, a User-Agent, and failures before any answer turned
// into the user's words. Status codes are the callers' business: each API means its own thing
// by 400, 401 or 403. Tokens travel in headers or form bodies, never in a URL (URLs end up in logs).

export interface HttpOptions {
  userAgent: string;
  timeoutMs?: number;
  dispatcher?: Dispatcher;
}

export interface HttpAnswer {
  status: number;
  /** The parsed JSON body, or null when the body was not JSON. */
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
}

const MAX_BODY_CHARS = 20_000_000;

function isTimeout(error: unknown): boolean {
  return (
    error instanceof errors.HeadersTimeoutError ||
    error instanceof errors.BodyTimeoutError ||
    (error as Error | null)?.name === 'TimeoutError'
  );
}

async function send(url: string, init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string }, options: HttpOptions): Promise<HttpAnswer> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  let response: Dispatcher.ResponseData;
  try {
    response = await request(url, {
      method: init.method,
      headers: { 'user-agent': options.userAgent, accept: 'application/json', ...init.headers },
      body: init.body,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      signal: AbortSignal.timeout(timeoutMs),
      ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    });
  } catch (error) {
    // Refused, reset, DNS, TLS: the service was not reached. The cause stays for the log.
    throw new HygieError(isTimeout(error) ? 'directory-timeout' : 'directory-unreachable', undefined, { cause: error });
  }
  let text: string;
  try {
    text = await response.body.text();
  } catch (error) {
    throw new HygieError('directory-timeout', undefined, { cause: error });
  }
  let body: unknown = null;
  if (text.length > 0 && text.length < MAX_BODY_CHARS) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  return { status: response.statusCode, body, headers: response.headers };
}

/** POST an application/x-www-form-urlencoded body (OAuth's token and device endpoints). */
export function postForm(url: string, fields: Record<string, string>, options: HttpOptions): Promise<HttpAnswer> {
  return send(
    url,
    { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() },
    options,
  );
}

/** GET with a bearer token. */
export function getWithBearer(url: string, accessToken: string, options: HttpOptions): Promise<HttpAnswer> {
  return send(url, { method: 'GET', headers: { authorization: `Bearer ${accessToken}` } }, options);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Retry-After in seconds (delta-seconds or an HTTP date); null when absent or unreadable. */
export function retryAfterSeconds(headers: HttpAnswer['headers'], now: Date): number | null {
  const raw = headers['retry-after'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return null;
  if (/^\d+$/u.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now.getTime()) / 1000));
}
