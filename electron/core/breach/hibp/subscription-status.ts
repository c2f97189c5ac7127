import type { HibpKeyTest, HibpPlanFeatures } from '../../model/schemas/services.ts';
import { MAX_RETRY_AFTER_MS } from '../rate-limiter.ts';
import { hibpFetch, jsonOf, type HibpOptions, type HibpResult } from './hibp-fetch.ts';

// GET /subscription/status (key): whether the key works and, when it does, the plan, its rate
// (requests per minute) that the breach checks will be paced by, and what it includes — above all
// whether addresses can be checked by hash prefix only. HIBP documents the answer's fields
// (docs/references.md): SubscriptionName, Description, SubscribedUntil, Rpm,
// DomainSearchMaxBreachedAccounts, MaxBreachedDomains and Includes… flags, among them
// IncludesKAnon for the e-mail range search. "Test the key" and every check start here.

export type ValidKey = Extract<HibpKeyTest, { result: 'valid' }>;

/**
 * Whether a plan's name says it has the e-mail range search: HIBP sells it with "Pro" plans and
 * higher. Only a fallback, for an answer without IncludesKAnon.
 */
export function planNameAllowsRange(plan: string): boolean {
  return /\b(?:pro|high\s*rpm|enterprise|ultra)\b/iu.test(plan);
}

const finite = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const flag = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);

/**
 * A 200's body as a valid plan, or null when it says nothing readable. The plan counts as read
 * only when it tells whether the range search is there: by IncludesKAnon, or failing that by a
 * plan name. `{}`, `[]`, a numeric name, a non-boolean flag: no answer, so no guess either way
 * (a guess of "no range search" would send every address in full).
 */
export function readPlan(text: string): ValidKey | null {
  const body = jsonOf(text);
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

export function subscriptionStatus(options: HibpOptions & { apiKey: string }): Promise<HibpResult<ValidKey>> {
  return hibpFetch({ path: '/subscription/status', read: readPlan, defaultTimeoutMs: 15_000 }, options);
}

/** A failed lookup in the words of "Test the key" (HibpKeyTest). */
function keyTestOf(failed: Extract<HibpResult<ValidKey>, { ok: false }>): HibpKeyTest {
  const httpStatus = failed.httpStatus;
  switch (failed.reason) {
    case 'timeout':
    case 'network':
      return { result: failed.reason };
    case 'invalid-key':
      return { result: 'invalid', httpStatus: httpStatus! };
    case 'blocked':
      return { result: 'blocked', httpStatus: httpStatus!, ...(failed.rayId ? { rayId: failed.rayId } : {}) };
    case 'rate-limited': {
      // At most a day, as the limiter would take it: past that, "tomorrow" is all it means.
      const waitMs = failed.retryAfterMs ?? null;
      return { result: 'rate-limited', httpStatus: httpStatus!, ...(waitMs !== null ? { retryAfterSeconds: Math.min(waitMs, MAX_RETRY_AFTER_MS) / 1000 } : {}) };
    }
    case 'unavailable':
      return { result: 'unavailable', httpStatus: httpStatus! };
    default:
      // A 200 that says nothing readable, a body cut short, a status HIBP does not document here.
      return { result: 'unexpected', ...(httpStatus !== undefined ? { httpStatus } : {}) };
  }
}

/**
 * "Test the key": the lookup as a HibpKeyTest. The caller's cancel (Ctrl-C, Cancel) rejects with
 * its reason at once: a cancel is no verdict on the key.
 */
export async function checkSubscription(options: HibpOptions & { apiKey: string }): Promise<HibpKeyTest> {
  const answer = await subscriptionStatus(options);
  if (answer.ok) return answer.value;
  if (answer.reason === 'cancelled') throw options.signal?.reason ?? new Error('cancelled');
  return keyTestOf(answer);
}
