import type { Dispatcher } from 'undici';
import type { BreachFound, BreachSource, EmailBreachOutcome, NotCheckedReason } from '../model/schemas/breach.ts';
import { hibpSource } from '../model/source-id.ts';
import type { HibpKeyTest } from '../model/schemas/services.ts';
import type { BreachCatalogue } from './breach-catalogue.ts';
import type { EmailBreachSource } from './email-source.ts';
import { createHttpPool } from '../http/http-request.ts';
import { nameOnlyBreach } from './hibp/breach-object.ts';
import { breachedAccount, type AccountBreach } from './hibp/breached-account.ts';
import { breachedAccountRange, emailSha1, EMAIL_RANGE_PREFIX_LENGTH, type RangeEntry } from './hibp/breached-account-range.ts';
import { decideMode, planUnreadReason, type HibpMode, type ModeDecision } from './hibp/decide-mode.ts';
import type { HibpOptions, HibpResult } from './hibp/hibp-fetch.ts';
import { checkSubscription } from './hibp/subscription-status.ts';
import { RateLimiter, systemClock, type Attempt, type Clock } from './rate-limiter.ts';

// Checks e-mails against HIBP's breach API, one limiter for the whole job. With a plan that has
// the k-anonymity e-mail search, only the first 6 hex characters of SHA-1(address) leave the
// machine and the suffix is matched here; otherwise the address itself is sent
// (/breachedaccount/{email}), and `mode` says so for the UI. Every answer becomes a typed outcome:
// clean only on a 404 or an absent suffix, never on a failure. The mode is decided once, before
// the first address, by decideMode() (hibp/decide-mode.ts); this file composes the rest.

export interface EmailCheckerOptions {
  /** HIBP's API root, e.g. https://haveibeenpwned.com/api/v3. */
  hibpBaseUrl: string;
  /** null: no key, HIBP is not asked (its outcome is not-checked 'no-key' unless other sources answer). */
  apiKey: string | null;
  /** "Hygie/<version>". */
  userAgent: string;
  /** Requests per minute; else the plan's from /subscription/status; else 10. */
  rpm?: number;
  /** auto: the range search when the plan allows it (from /subscription/status), else direct. */
  mode?: 'auto' | HibpMode;
  /**
   * The mode the last check of this key used (the app remembers it). When /subscription/status
   * cannot be reached, auto keeps that mode; without one, HIBP is not asked at all, so an
   * address is never sent in full just because the plan could not be read.
   */
  previousMode?: HibpMode;
  /** Gives range answers (breach names only) and direct answers their titles, dates, data classes. */
  catalogue?: BreachCatalogue;
  /** Local corpora, asked as well; each answers with its own source. */
  extraSources?: EmailBreachSource[];
  /** Default: the checker's own keep-alive pool, closed by close(). */
  dispatcher?: Dispatcher;
  /** Time for the rate limiter (tests: a virtual clock). Request timeouts stay in real time. */
  clock?: Clock;
  /** Per request, headers and body, in real milliseconds. */
  timeoutMs?: number;
  /** Retries of a 429 or a 5xx before the e-mail is not-checked. */
  maxRetries?: number;
  /**
   * Cancels reading the plan (Ctrl-C, Cancel): creation then ends at once, and the checker
   * answers every e-mail asked with an aborted signal 'cancelled'.
   */
  signal?: AbortSignal;
}

export interface EmailChecker {
  /** 'range': only a hash prefix is sent; 'direct': the address is sent; 'none': HIBP not used (no key). */
  readonly mode: HibpMode | 'none';
  /** false when the plan could not be read and no earlier mode was known: HIBP answers are all not-checked. */
  readonly modeKnown: boolean;
  readonly rpm: number;
  /** The plan's name from /subscription/status, when it was asked and answered. */
  readonly plan: string | null;
  /** What /subscription/status said (null when not asked: no key, or rpm and mode both given). */
  readonly keyStatus: HibpKeyTest | null;
  /**
   * One outcome per source (HIBP first, then extraSources in order). Never throws for a service
   * failure. `hibp`: HIBP's answer for this address is already known (a verified domain's search
   * answered for it): it is used as it is and HIBP is not asked again.
   */
  check(email: string, signal?: AbortSignal, hibp?: EmailBreachOutcome): Promise<EmailBreachOutcome[]>;
  /**
   * Another keyed HIBP call (the domain searches) through the same limiter as the addresses: paced,
   * its 429s and 5xx retried, its failure a value with the address checks' reasons.
   */
  call<T>(request: (hibp: KeyedHibpOptions) => Promise<HibpResult<T>>, signal?: AbortSignal): Promise<KeyedCallResult<T>>;
  /** Seconds the remaining n e-mails need at this rate (for ETAs). */
  estimateSeconds(remaining: number): number;
  close(): Promise<void>;
}

export const DEFAULT_RPM = 10;

/** What a keyed call is given: the checker's base URL, key, user agent, pool and deadline. */
export type KeyedHibpOptions = HibpOptions & { apiKey: string };

/** A keyed call's answer, or why it got none: the reasons and details an address would get. */
export type KeyedCallResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: NotCheckedReason; httpStatus?: number; rayId?: string; retryAt?: string };

/** A plausible address; anything else would be a 400 from HIBP, so it is not sent at all. */
const PLAUSIBLE_EMAIL = /^[^\s@]+@[^\s@]+$/u;

type OutcomeDetails = { httpStatus?: number; rayId?: string; retryAt?: string };

function notChecked(source: BreachSource, reason: NotCheckedReason, extra: OutcomeDetails = {}): EmailBreachOutcome {
  return { status: 'not-checked', source, reason, ...extra };
}

/** An e-mail that ends rate-limited: with when HIBP takes requests again, and its 429 if it was sent. */
function rateLimited(source: BreachSource, retryAt: number, last: EmailBreachOutcome | null): EmailBreachOutcome {
  const httpStatus = last?.status === 'not-checked' ? last.httpStatus : undefined;
  return notChecked(source, 'rate-limited', { ...(httpStatus !== undefined ? { httpStatus } : {}), retryAt: new Date(retryAt).toISOString() });
}

/** HIBP's answer as one attempt for the limiter: a failure is an outcome, 429 and 5xx are retried. */
function attemptOf<T>(source: BreachSource, result: HibpResult<T>, outcomeOf: (value: T) => EmailBreachOutcome): Attempt<EmailBreachOutcome> {
  if (result.ok) return { retry: false, value: outcomeOf(result.value) };
  const value = notChecked(source, result.reason, {
    ...(result.httpStatus !== undefined ? { httpStatus: result.httpStatus } : {}),
    ...(result.rayId ? { rayId: result.rayId } : {}),
  });
  if (result.reason === 'rate-limited') return { retry: true, kind: 'rate-limited', retryAfterMs: result.retryAfterMs ?? null, value };
  if (result.reason === 'unavailable') return { retry: true, kind: 'server-error', value };
  return { retry: false, value };
}

/** A range answer for one address: breached under the names its suffix lists, clean when it is absent. */
function rangeOutcome(source: BreachSource, suffix: string, entries: readonly RangeEntry[], enrich: (name: string) => BreachFound): EmailBreachOutcome {
  const match = entries.find((entry) => entry.hashSuffix.toUpperCase() === suffix);
  if (!match) return { status: 'clean', source };
  const names = [...new Set(match.websites.filter((name) => name.length > 0))];
  // A match without a breach name is not a documented answer: unknown, not clean.
  if (names.length === 0) return notChecked(source, 'malformed', { httpStatus: 200 });
  return { status: 'breached', source, breaches: names.map(enrich) };
}

/** A direct answer: clean on HIBP's 404 (no entry), else the breaches, a Name-only one titled from the catalogue. */
function directOutcome(source: BreachSource, entries: readonly AccountBreach[], enrich: (name: string) => BreachFound): EmailBreachOutcome {
  if (entries.length === 0) return { status: 'clean', source };
  return { status: 'breached', source, breaches: entries.map((entry) => (entry.full ? entry.breach : enrich(entry.breach.name))) };
}

/** The local corpora's answers; a source must not throw, and if one does its answer is unknown, never clean. */
function localAsker(sources: readonly EmailBreachSource[]) {
  return (email: string, signal?: AbortSignal): Promise<EmailBreachOutcome[]> =>
    Promise.all(
      sources.map(async (source) => {
        try {
          return await source.check(email, signal);
        } catch {
          return notChecked(source.source, signal?.aborted ? 'cancelled' : 'unavailable');
        }
      }),
    );
}

function keylessChecker(extraSources: readonly EmailBreachSource[]): EmailChecker {
  const askLocal = localAsker(extraSources);
  return {
    mode: 'none',
    modeKnown: true,
    rpm: 0,
    plan: null,
    keyStatus: null,
    // HIBP's 'no-key' stands only when nothing else can answer (see NOT_CHECKED_REASONS).
    check: async (email, signal) => (extraSources.length > 0 ? askLocal(email, signal) : [notChecked('hibp', signal?.aborted ? 'cancelled' : 'no-key')]),
    call: async () => ({ ok: false, reason: 'no-key' }),
    estimateSeconds: () => 0,
    close: async () => {},
  };
}

/**
 * The plan, read through the limiter like every other call: paced, its 429s and 5xx retried, its
 * wait cancelled by `signal`. `retryAt`: when the lookup ended rate-limited, when HIBP takes
 * requests again (clock ms).
 */
async function readKeyStatus(limiter: RateLimiter, hibp: HibpOptions & { apiKey: string }, signal?: AbortSignal): Promise<{ keyStatus: HibpKeyTest; retryAt: number | null }> {
  let retryAt: number | null = null;
  try {
    const keyStatus = await limiter.schedule<HibpKeyTest>(
      async () => {
        const result = await checkSubscription({ ...hibp, ...(signal ? { signal } : {}) });
        if (result.result === 'rate-limited') {
          const retryAfterMs = result.retryAfterSeconds !== undefined ? result.retryAfterSeconds * 1000 : null;
          return { retry: true, kind: 'rate-limited', retryAfterMs, value: result };
        }
        if (result.result === 'unavailable') return { retry: true, kind: 'server-error', value: result };
        return { retry: false, value: result };
      },
      {
        ...(signal ? { signal } : {}),
        rateLimited: (until, last) => {
          retryAt = until;
          return last ?? { result: 'rate-limited' };
        },
      },
    );
    return { keyStatus, retryAt };
  } catch {
    // Cancelled while reading the plan (every check will say 'cancelled'), or a fault of its own.
    return { keyStatus: { result: 'network' }, retryAt };
  }
}

/** What every address is answered without asking HIBP, or null when HIBP is to be asked. */
function withoutAsking(decision: ModeDecision, keyStatus: HibpKeyTest | null, statusRetryAt: number | null, source: BreachSource): EmailBreachOutcome | null {
  if (decision.reason === 'key-rejected') return notChecked(source, 'invalid-key', { httpStatus: 401 });
  if (decision.modeKnown) return null;
  if (statusRetryAt !== null) return rateLimited(source, statusRetryAt, null);
  const { reason, rayId } = planUnreadReason(keyStatus);
  return notChecked(source, reason, rayId ? { rayId } : {});
}

export async function createEmailChecker(options: EmailCheckerOptions): Promise<EmailChecker> {
  const extraSources = options.extraSources ?? [];
  if (options.apiKey === null) return keylessChecker(extraSources);

  const askLocal = localAsker(extraSources);
  const ownPool = options.dispatcher ? null : createHttpPool(2);
  const hibp = {
    baseUrl: options.hibpBaseUrl,
    apiKey: options.apiKey,
    userAgent: options.userAgent,
    timeoutMs: options.timeoutMs ?? 20_000,
    dispatcher: options.dispatcher ?? ownPool!,
  };
  const clock = options.clock ?? systemClock;
  const limiter = new RateLimiter({ rpm: options.rpm ?? DEFAULT_RPM, clock, ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}) });
  const requested = options.mode ?? 'auto';

  // The plan tells the rate and whether the range search is there; a rejected key ends it here,
  // before any address is sent with it.
  const { keyStatus, retryAt: statusRetryAt } =
    requested === 'auto' || options.rpm === undefined ? await readKeyStatus(limiter, hibp, options.signal) : { keyStatus: null, retryAt: null };
  const validStatus = keyStatus?.result === 'valid' ? keyStatus : null;
  const planRpm = validStatus?.rpm ?? null;
  limiter.setRpm(options.rpm ?? (planRpm !== null && planRpm >= 1 ? planRpm : DEFAULT_RPM));
  const decision = decideMode({ requested, keyStatus, previousMode: options.previousMode });
  const source = hibpSource(decision.mode);
  const unasked = withoutAsking(decision, keyStatus, statusRetryAt, source);
  const enrich = (name: string): BreachFound => options.catalogue?.lookup(name) ?? nameOnlyBreach(name);

  const askHibp = async (address: string, signal?: AbortSignal): Promise<Attempt<EmailBreachOutcome>> => {
    const call = { ...hibp, ...(signal ? { signal } : {}) };
    if (decision.mode === 'range') {
      const hash = emailSha1(address);
      const suffix = hash.slice(EMAIL_RANGE_PREFIX_LENGTH);
      const answer = await breachedAccountRange(hash.slice(0, EMAIL_RANGE_PREFIX_LENGTH), call);
      return attemptOf(source, answer, (entries) => rangeOutcome(source, suffix, entries, enrich));
    }
    return attemptOf(source, await breachedAccount(address, call), (entries) => directOutcome(source, entries, enrich));
  };

  const checkHibp = async (email: string, signal?: AbortSignal): Promise<EmailBreachOutcome> => {
    if (signal?.aborted) return notChecked(source, 'cancelled');
    if (unasked) return unasked;
    const address = email.trim();
    if (!PLAUSIBLE_EMAIL.test(address)) return notChecked(source, 'bad-request');
    try {
      return await limiter.schedule(() => askHibp(address, signal), {
        ...(signal ? { signal } : {}),
        rateLimited: (retryAt, last) => rateLimited(source, retryAt, last),
      });
    } catch (error) {
      if (signal?.aborted) return notChecked(source, 'cancelled');
      throw error;
    }
  };

  /** A keyed call through the limiter, answered as a value like an address's outcome. */
  const call = async <T>(request: (hibp: KeyedHibpOptions) => Promise<HibpResult<T>>, signal?: AbortSignal): Promise<KeyedCallResult<T>> => {
    if (signal?.aborted) return { ok: false, reason: 'cancelled' };
    if (unasked) {
      const { reason, httpStatus, rayId, retryAt } = unasked as Extract<EmailBreachOutcome, { status: 'not-checked' }>;
      return { ok: false, reason, ...(httpStatus !== undefined ? { httpStatus } : {}), ...(rayId ? { rayId } : {}), ...(retryAt ? { retryAt } : {}) };
    }
    type Answer = KeyedCallResult<T>;
    try {
      return await limiter.schedule<Answer>(
        async () => {
          const result = await request({ ...hibp, ...(signal ? { signal } : {}) });
          if (result.ok) return { retry: false, value: result };
          const value: Answer = {
            ok: false,
            reason: result.reason,
            ...(result.httpStatus !== undefined ? { httpStatus: result.httpStatus } : {}),
            ...(result.rayId ? { rayId: result.rayId } : {}),
          };
          if (result.reason === 'rate-limited') return { retry: true, kind: 'rate-limited', retryAfterMs: result.retryAfterMs ?? null, value };
          if (result.reason === 'unavailable') return { retry: true, kind: 'server-error', value };
          return { retry: false, value };
        },
        {
          ...(signal ? { signal } : {}),
          rateLimited: (retryAt, last) => ({
            ok: false,
            reason: 'rate-limited',
            ...(last && !last.ok && last.httpStatus !== undefined ? { httpStatus: last.httpStatus } : {}),
            retryAt: new Date(retryAt).toISOString(),
          }),
        },
      );
    } catch (error) {
      if (signal?.aborted) return { ok: false, reason: 'cancelled' };
      throw error;
    }
  };

  return {
    mode: decision.mode,
    modeKnown: decision.modeKnown,
    get rpm() {
      return limiter.rpm;
    },
    plan: validStatus?.plan ?? null,
    keyStatus,
    check: async (email, signal, known) => {
      const [fromHibp, others] = await Promise.all([known ?? checkHibp(email, signal), askLocal(email, signal)]);
      return [fromHibp, ...others];
    },
    call,
    estimateSeconds: (remaining) => (unasked ? 0 : Math.ceil(limiter.estimateMs(remaining) / 1000)),
    close: async () => {
      await ownPool?.close();
    },
  };
}
