import { createHash } from 'node:crypto';
import type { Dispatcher } from 'undici';
import { z } from 'zod';
import type { BreachFound, BreachSource, EmailBreachOutcome, NotCheckedReason } from '../model/schemas/breach.ts';
import type { HibpKeyTest } from '../model/schemas/services.ts';
import { toBreachFound, type BreachCatalogue } from './breach-catalogue.ts';
import type { EmailBreachSource } from './email-source.ts';
import { createHttpPool, httpGet } from './http-pool.ts';
import { RateLimiter, parseRetryAfter, systemClock, type Attempt, type Clock } from './rate-limiter.ts';
import { checkSubscription } from './subscription-status.ts';

// Checks e-mails against HIBP's breach API, one limiter for the whole job. With a plan that has
// the k-anonymity e-mail search, only the first 6 hex characters of SHA-1(address) leave the
// machine and the suffix is matched here; otherwise the address itself is sent
// (/breachedaccount/{email}), and `mode` says so for the UI. Every answer becomes a typed outcome:
// clean only on a 404 or an absent suffix, never on a failure.

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
  mode?: 'auto' | 'range' | 'direct';
  /**
   * The mode the last check of this key used (the app remembers it). When /subscription/status
   * cannot be reached, auto keeps that mode; without one, HIBP is not asked at all, so an
   * address is never sent in full just because the plan could not be read.
   */
  previousMode?: 'range' | 'direct';
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
  readonly mode: 'range' | 'direct' | 'none';
  /** false when the plan could not be read and no earlier mode was known: HIBP answers are all not-checked. */
  readonly modeKnown: boolean;
  readonly rpm: number;
  /** The plan's name from /subscription/status, when it was asked and answered. */
  readonly plan: string | null;
  /** What /subscription/status said (null when not asked: no key, or rpm and mode both given). */
  readonly keyStatus: HibpKeyTest | null;
  /** One outcome per source (HIBP first, then extraSources in order). Never throws for a service failure. */
  check(email: string, signal?: AbortSignal): Promise<EmailBreachOutcome[]>;
  /** Seconds the remaining n e-mails need at this rate (for ETAs). */
  estimateSeconds(remaining: number): number;
  close(): Promise<void>;
}

export const DEFAULT_RPM = 10;

/** SHA-1 of the trimmed, lower-cased address, upper-case hex: what the e-mail range search hashes. */
export function emailSha1(email: string): string {
  return createHash('sha1').update(email.trim().toLowerCase(), 'utf8').digest('hex').toUpperCase();
}

const RangeAnswerSchema = z.array(z.looseObject({ hashSuffix: z.string(), websites: z.array(z.string()) }));

/** A plausible address; anything else would be a 400 from HIBP, so it is not sent at all. */
const PLAUSIBLE_EMAIL = /^[^\s@]+@[^\s@]+$/u;

function notChecked(source: BreachSource, reason: NotCheckedReason, extra: { httpStatus?: number; rayId?: string; retryAt?: string } = {}): EmailBreachOutcome {
  return { status: 'not-checked', source, reason, ...extra };
}

/** An e-mail that ends rate-limited: with when HIBP takes requests again, and its 429 if it was sent. */
function rateLimited(source: BreachSource, retryAt: number, last: EmailBreachOutcome | null): EmailBreachOutcome {
  const httpStatus = last?.status === 'not-checked' ? last.httpStatus : undefined;
  return notChecked(source, 'rate-limited', { ...(httpStatus !== undefined ? { httpStatus } : {}), retryAt: new Date(retryAt).toISOString() });
}

function nameOnly(name: string): BreachFound {
  return { name: name.slice(0, 200), title: name.slice(0, 300), breachDate: null, dataClasses: [] };
}

/** Turns an HTTP answer's status into an outcome, or asks the limiter to retry (429, 5xx). */
function classify(
  source: BreachSource,
  answer: Awaited<ReturnType<typeof httpGet>>,
  on200: (body: string) => EmailBreachOutcome,
): Attempt<EmailBreachOutcome> {
  if ('failure' in answer) return { retry: false, value: notChecked(source, answer.failure) };
  const status = answer.status;
  if (status === 200) return { retry: false, value: on200(answer.body) };
  if (status === 404) return { retry: false, value: { status: 'clean', source } };
  if (status === 400) return { retry: false, value: notChecked(source, 'bad-request', { httpStatus: status }) };
  if (status === 401) return { retry: false, value: notChecked(source, 'invalid-key', { httpStatus: status }) };
  if (status === 403) {
    const ray = answer.headers['cf-ray'];
    return { retry: false, value: notChecked(source, 'blocked', { httpStatus: status, ...(typeof ray === 'string' && ray ? { rayId: ray.slice(0, 100) } : {}) }) };
  }
  if (status === 429) {
    return {
      retry: true,
      kind: 'rate-limited',
      retryAfterMs: parseRetryAfter(answer.headers['retry-after']),
      value: notChecked(source, 'rate-limited', { httpStatus: status }),
    };
  }
  if (status >= 500) return { retry: true, kind: 'server-error', value: notChecked(source, 'unavailable', { httpStatus: status }) };
  return { retry: false, value: notChecked(source, 'malformed', { httpStatus: status }) };
}

export async function createEmailChecker(options: EmailCheckerOptions): Promise<EmailChecker> {
  const extraSources = options.extraSources ?? [];
  const baseUrl = options.hibpBaseUrl.replace(/\/+$/u, '');
  const clock = options.clock ?? systemClock;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const catalogue = options.catalogue;
  const askSources = async (email: string, signal?: AbortSignal): Promise<EmailBreachOutcome[]> =>
    Promise.all(
      extraSources.map(async (source) => {
        try {
          return await source.check(email, signal);
        } catch {
          // A source must not throw; if one does, its answer is unknown, never clean.
          return notChecked(source.source, signal?.aborted ? 'cancelled' : 'unavailable');
        }
      }),
    );

  if (options.apiKey === null) {
    return {
      mode: 'none',
      modeKnown: true,
      rpm: 0,
      plan: null,
      keyStatus: null,
      // HIBP's 'no-key' stands only when nothing else can answer (see NOT_CHECKED_REASONS).
      check: async (email, signal) =>
        extraSources.length > 0 ? askSources(email, signal) : [notChecked('hibp', signal?.aborted ? 'cancelled' : 'no-key')],
      estimateSeconds: () => 0,
      close: async () => {},
    };
  }

  const apiKey = options.apiKey;
  const ownPool = options.dispatcher ? null : createHttpPool(2);
  const dispatcher = options.dispatcher ?? ownPool!;
  const limiter = new RateLimiter({ rpm: options.rpm ?? DEFAULT_RPM, clock, ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}) });
  const headers = { 'hibp-api-key': apiKey, 'user-agent': options.userAgent, accept: 'application/json' };
  const requested = options.mode ?? 'auto';

  // The plan tells the rate and whether the range search is there; a rejected key ends it here,
  // before any address is sent with it. It is paced, retried and cancelled like every other call.
  let keyStatus: HibpKeyTest | null = null;
  /** When the plan lookup ended rate-limited: when HIBP takes requests again (clock ms). */
  let statusRetryAt: number | null = null;
  if (requested === 'auto' || options.rpm === undefined) {
    try {
      keyStatus = await limiter.schedule<HibpKeyTest>(
        async () => {
          const signal = options.signal;
          const result = await checkSubscription({ baseUrl, apiKey, userAgent: options.userAgent, timeoutMs, dispatcher, ...(signal ? { signal } : {}) });
          if (result.result === 'rate-limited') {
            const retryAfterMs = result.retryAfterSeconds !== undefined ? result.retryAfterSeconds * 1000 : null;
            return { retry: true, kind: 'rate-limited', retryAfterMs, value: result };
          }
          if (result.result === 'unavailable') return { retry: true, kind: 'server-error', value: result };
          return { retry: false, value: result };
        },
        {
          ...(options.signal ? { signal: options.signal } : {}),
          rateLimited: (retryAt, last) => {
            statusRetryAt = retryAt;
            return last ?? { result: 'rate-limited' };
          },
        },
      );
    } catch {
      // Cancelled while reading the plan (every check will say 'cancelled'), or a fault of its own.
      keyStatus = { result: 'network' };
    }
  }
  const validStatus = keyStatus?.result === 'valid' ? keyStatus : null;
  const plan = validStatus?.plan ?? null;
  const planRpm = validStatus?.rpm ?? null;
  limiter.setRpm(options.rpm ?? (planRpm !== null && planRpm >= 1 ? planRpm : DEFAULT_RPM));
  const keyRejected = keyStatus?.result === 'invalid';
  // Auto with no plan answer (network, timeout, 5xx, block, an unreadable 200): keep the mode the
  // key had last time, or ask nothing. Guessing 'direct' would send addresses a range-capable key
  // never needed to.
  const planUnread = requested === 'auto' && keyStatus !== null && validStatus === null && !keyRejected;
  const modeKnown = !planUnread || options.previousMode !== undefined;
  const mode: 'range' | 'direct' =
    requested !== 'auto' ? requested : planUnread ? (options.previousMode ?? 'range') : validStatus?.rangeSearch ? 'range' : 'direct';
  const unreadReason = (): EmailBreachOutcome => {
    const status = keyStatus?.result;
    if (statusRetryAt !== null) return rateLimited(source, statusRetryAt, null);
    const reason = status === 'timeout' || status === 'network' || status === 'unavailable' || status === 'rate-limited' || status === 'blocked' ? status : 'malformed';
    const rayId = keyStatus && 'rayId' in keyStatus ? keyStatus.rayId : undefined;
    return notChecked(source, reason, rayId ? { rayId } : {});
  };
  const source: BreachSource = mode === 'range' ? 'hibp-range' : 'hibp';

  const enrich = (name: string): BreachFound => catalogue?.lookup(name) ?? nameOnly(name);

  const onRange = (suffix: string) => (body: string): EmailBreachOutcome => {
    let parsed: z.infer<typeof RangeAnswerSchema>;
    try {
      const result = RangeAnswerSchema.safeParse(JSON.parse(body));
      if (!result.success) return notChecked(source, 'malformed', { httpStatus: 200 });
      parsed = result.data;
    } catch {
      return notChecked(source, 'malformed', { httpStatus: 200 });
    }
    const match = parsed.find((entry) => entry.hashSuffix.toUpperCase() === suffix);
    if (!match) return { status: 'clean', source };
    const names = [...new Set(match.websites.filter((name) => name.length > 0))];
    // A match without a breach name is not a documented answer: unknown, not clean.
    if (names.length === 0) return notChecked(source, 'malformed', { httpStatus: 200 });
    return { status: 'breached', source, breaches: names.map(enrich) };
  };

  const onDirect = (body: string): EmailBreachOutcome => {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return notChecked(source, 'malformed', { httpStatus: 200 });
    }
    if (!Array.isArray(json)) return notChecked(source, 'malformed', { httpStatus: 200 });
    const breaches: BreachFound[] = [];
    for (const entry of json) {
      const found = toBreachFound(entry);
      if (!found) return notChecked(source, 'malformed', { httpStatus: 200 });
      // A full answer (truncateResponse=false) has a Title; a Name-only one takes the catalogue's.
      const full = typeof (entry as { Title?: unknown }).Title === 'string';
      breaches.push(full ? found : enrich(found.name));
    }
    if (breaches.length === 0) return notChecked(source, 'malformed', { httpStatus: 200 });
    return { status: 'breached', source, breaches };
  };

  const checkHibp = async (email: string, signal?: AbortSignal): Promise<EmailBreachOutcome> => {
    if (signal?.aborted) return notChecked(source, 'cancelled');
    if (keyRejected) return notChecked(source, 'invalid-key', { httpStatus: 401 });
    if (!modeKnown) return unreadReason();
    const address = email.trim();
    if (!PLAUSIBLE_EMAIL.test(address)) return notChecked(source, 'bad-request');
    let url: string;
    let on200: (body: string) => EmailBreachOutcome;
    if (mode === 'range') {
      const hash = emailSha1(address);
      url = `${baseUrl}/breachedaccount/range/${hash.slice(0, 6)}`;
      on200 = onRange(hash.slice(6));
    } else {
      url = `${baseUrl}/breachedaccount/${encodeURIComponent(address)}?truncateResponse=false`;
      on200 = onDirect;
    }
    try {
      return await limiter.schedule(
        async () => classify(source, await httpGet({ url, headers, dispatcher, timeoutMs, ...(signal ? { signal } : {}) }), on200),
        { ...(signal ? { signal } : {}), rateLimited: (retryAt, last) => rateLimited(source, retryAt, last) },
      );
    } catch (error) {
      if (signal?.aborted) return notChecked(source, 'cancelled');
      throw error;
    }
  };

  return {
    mode,
    modeKnown,
    get rpm() {
      return limiter.rpm;
    },
    plan,
    keyStatus,
    check: async (email, signal) => {
      const [hibp, others] = await Promise.all([checkHibp(email, signal), askSources(email, signal)]);
      return [hibp, ...others];
    },
    estimateSeconds: (remaining) => (keyRejected || !modeKnown ? 0 : Math.ceil(limiter.estimateMs(remaining) / 1000)),
    close: async () => {
      await ownPool?.close();
    },
  };
}
