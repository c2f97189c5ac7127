import { Agent, errors, request, type Dispatcher } from 'undici';

// The one way Hygie's core sends an HTTP request (the `hibp` package's baseFetch, on undici): a
// deadline for the whole exchange, the caller's cancel, and every failure before a whole answer
// turned into a value saying why. Which status means what is the business of each service's own
// helper on top of this one. Also the keep-alive pools: a job of hundreds of checks reuses a few
// TLS connections instead of opening one per request.

const KEEP_ALIVE = {
  keepAliveTimeout: 30_000,
  keepAliveMaxTimeout: 120_000,
  // A fresh job should not wait minutes on a peer that accepted the socket and went silent.
  connectTimeout: 15_000,
} as const;

/**
 * A dispatcher for the breach services: an undici Agent keeps one keep-alive Pool per origin it
 * is asked for (HIBP, Pwned Passwords, a mirror). The owner closes it when its job ends.
 */
export function createHttpPool(connectionsPerOrigin = 4): Agent {
  return new Agent({ connections: connectionsPerOrigin, ...KEEP_ALIVE });
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Why a request got no whole answer: the caller cancelled, it took too long (connecting
 * included), the service was not reached (refused, reset, DNS, TLS), or the body was cut short.
 */
export type HttpFailure = {
  failure: 'cancelled' | 'timeout' | 'network' | 'malformed';
  /** What undici threw, for a log that wants it (never shown, never stored). */
  cause?: unknown;
};

export interface HttpRequest {
  url: string;
  /** Default GET. */
  method?: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  /** A keep-alive pool; default undici's global dispatcher. */
  dispatcher?: Dispatcher;
  /** Whole request, headers and body. */
  timeoutMs: number;
  signal?: AbortSignal;
}

/** undici's own timeouts (connect, headers, body) and an AbortSignal.timeout(). */
export function isTimeout(error: unknown): boolean {
  return (
    error instanceof errors.ConnectTimeoutError ||
    error instanceof errors.HeadersTimeoutError ||
    error instanceof errors.BodyTimeoutError ||
    (error as Error | null)?.name === 'TimeoutError'
  );
}

/**
 * Sends the request and reads the whole body, so a keep-alive connection is reusable. A body cut
 * short (the connection closed before the announced length) is 'malformed': the server answered,
 * but not a whole answer.
 */
export async function httpRequest(sent: HttpRequest): Promise<HttpAnswer | HttpFailure> {
  if (sent.signal?.aborted) return { failure: 'cancelled' };
  const deadline = AbortSignal.timeout(sent.timeoutMs);
  const signal = sent.signal ? AbortSignal.any([sent.signal, deadline]) : deadline;
  const why = (error: unknown, fallback: HttpFailure['failure']): HttpFailure => {
    if (sent.signal?.aborted) return { failure: 'cancelled', cause: error };
    if (deadline.aborted || isTimeout(error)) return { failure: 'timeout', cause: error };
    return { failure: fallback, cause: error };
  };
  let response: Dispatcher.ResponseData;
  try {
    response = await request(sent.url, {
      method: sent.method ?? 'GET',
      headers: sent.headers,
      ...(sent.body !== undefined ? { body: sent.body } : {}),
      ...(sent.dispatcher ? { dispatcher: sent.dispatcher } : {}),
      signal,
      headersTimeout: sent.timeoutMs,
      bodyTimeout: sent.timeoutMs,
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
