import { errors, request, type Dispatcher } from 'undici';
import type { HibpKeyTest } from '../api/schemas/services.ts';

// "Test the key": one call to HIBP's /subscription/status with the stored key. It tells the
// practice whether the key works and, when it does, the plan and its rate (requests per minute)
// that the breach checks will be paced by.

export interface SubscriptionCheck {
  baseUrl: string;
  apiKey: string;
  userAgent: string;
  timeoutMs?: number;
  dispatcher?: Dispatcher;
}

interface SubscriptionStatusBody {
  SubscriptionName?: unknown;
  SubscriptionExpiresAt?: unknown;
  Rpm?: unknown;
}

function isTimeout(error: unknown): boolean {
  return (
    error instanceof errors.HeadersTimeoutError ||
    error instanceof errors.BodyTimeoutError ||
    (error as Error | null)?.name === 'TimeoutError'
  );
}

export async function checkSubscription(check: SubscriptionCheck): Promise<HibpKeyTest> {
  const timeoutMs = check.timeoutMs ?? 15_000;
  let response: Dispatcher.ResponseData;
  try {
    response = await request(`${check.baseUrl}/subscription/status`, {
      method: 'GET',
      headers: { 'hibp-api-key': check.apiKey, 'user-agent': check.userAgent, accept: 'application/json' },
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      signal: AbortSignal.timeout(timeoutMs),
      ...(check.dispatcher ? { dispatcher: check.dispatcher } : {}),
    });
  } catch (error) {
    // Anything else before an answer (refused, reset, DNS, TLS) means the service was not reached.
    return { result: isTimeout(error) ? 'timeout' : 'network' };
  }
  const status = response.statusCode;
  const ray = response.headers['cf-ray'];
  let text = '';
  try {
    text = await response.body.text();
  } catch {
    return { result: 'timeout' };
  }
  if (status === 200) {
    try {
      const body = JSON.parse(text) as SubscriptionStatusBody;
      return {
        result: 'valid',
        plan: typeof body.SubscriptionName === 'string' ? body.SubscriptionName.slice(0, 100) : null,
        rpm: typeof body.Rpm === 'number' && Number.isFinite(body.Rpm) ? body.Rpm : null,
        expiresAt: typeof body.SubscriptionExpiresAt === 'string' ? body.SubscriptionExpiresAt.slice(0, 40) : null,
      };
    } catch {
      return { result: 'unexpected', httpStatus: status };
    }
  }
  if (status === 401) return { result: 'invalid', httpStatus: status };
  if (status === 403) return { result: 'blocked', httpStatus: status, ...(typeof ray === 'string' ? { rayId: ray.slice(0, 64) } : {}) };
  if (status === 429) return { result: 'rate-limited', httpStatus: status };
  if (status >= 500) return { result: 'unavailable', httpStatus: status };
  return { result: 'unexpected', httpStatus: status };
}
