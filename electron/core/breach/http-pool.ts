import { Agent, Pool, errors, request, type Dispatcher } from 'undici';

// HTTP for the breach services: one keep-alive undici Pool per origin (HIBP, Pwned Passwords, a
// local mirror), so a job of hundreds of checks reuses a few TLS connections instead of opening
// one per request. Also the one place that turns a failed request into a not-checked reason.

const KEEP_ALIVE = {
  keepAliveTimeout: 30_000,
  keepAliveMaxTimeout: 120_000,
  // A fresh job should not wait minutes on a peer that accepted the socket and went silent.
  connectTimeout: 15_000,
} as const;

/**
 * A dispatcher for any of the breach services: an undici Agent keeps one keep-alive Pool per
 * origin it is asked for. The owner closes it when its job ends.
 */
export function createHttpPool(connectionsPerOrigin = 4): Agent {
  return new Agent({ connections: connectionsPerOrigin, ...KEEP_ALIVE });
}

/** One keep-alive Pool for a single origin (the HIBP API root, say). */
export function keepAlivePool(baseUrl: string, connections = 4): Pool {
  return new Pool(new URL(baseUrl).origin, { connections, ...KEEP_ALIVE });
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Why a request got no complete answer: the service was not reached, too slow, or the caller cancelled. */
export type HttpFailure = { failure: 'cancelled' | 'timeout' | 'network' | 'malformed' };

export interface HttpGet {
  url: string;
  headers: Record<string, string>;
  dispatcher: Dispatcher;
  /** Whole request, headers and body. */
  timeoutMs: number;
  signal?: AbortSignal;
}

function isTimeout(error: unknown): boolean {
  return (
    error instanceof errors.HeadersTimeoutError ||
    error instanceof errors.BodyTimeoutError ||
    error instanceof errors.ConnectTimeoutError ||
    (error as Error | null)?.name === 'TimeoutError'
  );
}

/**
 * GET with a deadline and the caller's cancel. A body cut short (the connection closed before
 * the announced length) is 'malformed': the server answered, but not a whole answer.
 */
export async function httpGet(get: HttpGet): Promise<HttpAnswer | HttpFailure> {
  if (get.signal?.aborted) return { failure: 'cancelled' };
  const deadline = AbortSignal.timeout(get.timeoutMs);
  const signal = get.signal ? AbortSignal.any([get.signal, deadline]) : deadline;
  const why = (error: unknown, fallback: HttpFailure['failure']): HttpFailure => {
    if (get.signal?.aborted) return { failure: 'cancelled' };
    if (deadline.aborted || isTimeout(error)) return { failure: 'timeout' };
    return { failure: fallback };
  };
  let response: Dispatcher.ResponseData;
  try {
    response = await request(get.url, {
      method: 'GET',
      headers: get.headers,
      dispatcher: get.dispatcher,
      signal,
      headersTimeout: get.timeoutMs,
      bodyTimeout: get.timeoutMs,
    });
  } catch (error) {
    return why(error, 'network');
  }
  try {
    const body = await response.body.text();
    return { status: response.statusCode, headers: response.headers, body };
  } catch (error) {
    return why(error, 'malformed');
  }
}
