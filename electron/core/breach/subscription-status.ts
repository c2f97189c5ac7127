import { errors, request, type Dispatcher } from 'undici';
import type { HibpKeyTest, HibpPlanFeatures } from '../model/schemas/services.ts';
import { MAX_RETRY_AFTER_MS, parseRetryAfter } from './rate-limiter.ts';

// "Test the key": one call to HIBP's /subscription/status with the stored key. It tells the
// practice whether the key works and, when it does, the plan, its rate (requests per minute) that
// the breach checks will be paced by, and what it includes — above all whether addresses can be
// checked by hash prefix only. HIBP documents the answer's fields (docs/references.md):
// SubscriptionName, Description, SubscribedUntil, Rpm, DomainSearchMaxBreachedAccounts,
// MaxBreachedDomains and Includes… flags, among them IncludesKAnon for the e-mail range search.

export interface SubscriptionCheck {
  baseUrl: string;
  apiKey: string;
  userAgent: string;
  timeoutMs?: number;
  dispatcher?: Dispatcher;
  /** The caller's cancel (Ctrl-C, Cancel): the lookup rejects with its reason at once. */
  signal?: AbortSignal;
}

/**
 * Whether a plan's name says it has the e-mail range search: HIBP sells it with "Pro" plans and
 * higher. Only a fallback, for an answer without IncludesKAnon.
 */
export function planNameAllowsRange(plan: string): boolean {
  return /\b(?:pro|high\s*rpm|enterprise|ultra)\b/iu.test(plan);
}

function isTimeout(error: unknown): boolean {
  return (
    error instanceof errors.HeadersTimeoutError ||
    error instanceof errors.BodyTimeoutError ||
    (error as Error | null)?.name === 'TimeoutError'
  );
}

const finite = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const flag = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);

/**
 * A 200's body as a valid plan, or null when it says nothing readable. The plan counts as read
 * only when it tells whether the range search is there: by IncludesKAnon, or failing that by a
 * plan name. `{}`, `[]`, a numeric name, a non-boolean flag: no answer, so no guess either way
 * (a guess of "no range search" would send every address in full).
 */
function readPlan(text: string): HibpKeyTest | null {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const fields = body as Record<string, unknown>;
  if ('IncludesKAnon' in fields && typeof fields.IncludesKAnon !== 'boolean') return null;
  const name = typeof fields.SubscriptionName === 'string' && fields.SubscriptionName.trim() ? fields.SubscriptionName.trim().slice(0, 100) : null;
  const kAnon = flag(fields.IncludesKAnon);
  if (kAnon === null && name === null) return null;
  const features: HibpPlanFeatures = {
    kAnon,
    stealerLogs: flag(fields.IncludesStealerLogs),
    domainSearchMaxBreachedAccounts: finite(fields.DomainSearchMaxBreachedAccounts),
    maxBreachedDomains: fields.MaxBreachedDomains === null ? 'unlimited' : finite(fields.MaxBreachedDomains),
  };
  return {
    result: 'valid',
    plan: name,
    rpm: finite(fields.Rpm),
    expiresAt: typeof fields.SubscribedUntil === 'string' ? fields.SubscribedUntil.slice(0, 40) : null,
    rangeSearch: kAnon ?? planNameAllowsRange(name!),
    rangeSearchFrom: kAnon === null ? 'plan-name' : 'flag',
    features,
  };
}

export async function checkSubscription(check: SubscriptionCheck): Promise<HibpKeyTest> {
  const timeoutMs = check.timeoutMs ?? 15_000;
  const signal = check.signal ? AbortSignal.any([check.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
  let response: Dispatcher.ResponseData;
  try {
    response = await request(`${check.baseUrl}/subscription/status`, {
      method: 'GET',
      headers: { 'hibp-api-key': check.apiKey, 'user-agent': check.userAgent, accept: 'application/json' },
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      signal,
      ...(check.dispatcher ? { dispatcher: check.dispatcher } : {}),
    });
  } catch (error) {
    if (check.signal?.aborted) throw check.signal.reason;
    // Anything else before an answer (refused, reset, DNS, TLS) means the service was not reached.
    return { result: isTimeout(error) ? 'timeout' : 'network' };
  }
  const status = response.statusCode;
  const ray = response.headers['cf-ray'];
  let text = '';
  try {
    text = await response.body.text();
  } catch {
    if (check.signal?.aborted) throw check.signal.reason;
    return { result: 'timeout' };
  }
  if (status === 200) return readPlan(text) ?? { result: 'unexpected', httpStatus: status };
  if (status === 401) return { result: 'invalid', httpStatus: status };
  if (status === 403) return { result: 'blocked', httpStatus: status, ...(typeof ray === 'string' ? { rayId: ray.slice(0, 64) } : {}) };
  if (status === 429) {
    // At most a day, as the limiter would take it: past that, "tomorrow" is all it means.
    const retryAfterMs = parseRetryAfter(response.headers['retry-after']);
    const retryAfterSeconds = retryAfterMs === null ? null : Math.min(retryAfterMs, MAX_RETRY_AFTER_MS) / 1000;
    return { result: 'rate-limited', httpStatus: status, ...(retryAfterSeconds !== null ? { retryAfterSeconds } : {}) };
  }
  if (status >= 500) return { result: 'unavailable', httpStatus: status };
  return { result: 'unexpected', httpStatus: status };
}
