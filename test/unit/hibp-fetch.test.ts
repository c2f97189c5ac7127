import { Agent, errors } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmailChecker } from '../../electron/core/breach/email-checker.ts';
import { loadBreachCatalogue } from '../../electron/core/breach/breach-catalogue.ts';
import { breachedAccount } from '../../electron/core/breach/hibp/breached-account.ts';
import { breachedAccountRange } from '../../electron/core/breach/hibp/breached-account-range.ts';
import { breaches } from '../../electron/core/breach/hibp/breaches.ts';
import { RAY_ID_MAX_LENGTH } from '../../electron/core/breach/hibp/hibp-fetch.ts';
import { checkSubscription, subscriptionStatus } from '../../electron/core/breach/hibp/subscription-status.ts';
import { isTimeout } from '../../electron/core/http/http-request.ts';
import { CORE_KEY, emailHash, PRO_KEY, startFakeHibp, type FakeHibp } from '../support/fake-hibp.ts';

// HIBP's one fetch helper, seen through its endpoint modules against the fake HIBP on loopback:
// the same status, header and failure rules for every endpoint, except what each endpoint's
// documentation says (a 404 is "nothing found" only on the address searches).

const UA = 'Hygie/0.1.0';
const BREACHED = 'multiple-breaches@hibp-integration-tests.com';
const CLEAN = 'jeanne.dupont@cabinet-dupont.fr';
let fake: FakeHibp;
const options = (apiKey: string = CORE_KEY) => ({ baseUrl: fake.baseUrl, userAgent: UA, apiKey, timeoutMs: 2_000 });

beforeAll(async () => {
  fake = await startFakeHibp();
});
afterEach(() => {
  fake.clearFaults();
  fake.log.length = 0;
});
afterAll(async () => {
  await fake.close();
});

/** A prefix no address of the fake hashes to. */
function unusedPrefix(): string {
  const used = new Set([BREACHED, 'account-exists@hibp-integration-tests.com'].map((email) => emailHash(email).slice(0, 6)));
  return ['FFFFFF', 'EEEEEE', 'DDDDDD'].find((prefix) => !used.has(prefix))!;
}

describe('the HIBP fetch helper', () => {
  it('reads 404 as "nothing found" on the address searches only, where HIBP documents it', async () => {
    expect(await breachedAccount(CLEAN, options())).toEqual({ ok: true, value: [] });
    expect(await breachedAccountRange(unusedPrefix(), options(PRO_KEY))).toEqual({ ok: true, value: [] });
    fake.fault('/api/v3/subscription/status', { type: 'status', status: 404 });
    expect(await subscriptionStatus(options())).toEqual({ ok: false, reason: 'malformed', httpStatus: 404 });
    expect(await checkSubscription(options())).toEqual({ result: 'unexpected', httpStatus: 404 });
    fake.fault('/api/v3/breaches', { type: 'status', status: 404 });
    expect(await breaches({ baseUrl: fake.baseUrl, userAgent: UA })).toEqual({ ok: false, reason: 'malformed', httpStatus: 404 });
  });

  it('reads a 401 as a refused key only when a key was sent', async () => {
    expect(await breachedAccount(BREACHED, options('ffffffffffffffffffffffffffffffff'))).toEqual({ ok: false, reason: 'invalid-key', httpStatus: 401 });
    fake.fault('/api/v3/breaches', { type: 'status', status: 401 });
    expect(await breaches({ baseUrl: fake.baseUrl, userAgent: UA })).toEqual({ ok: false, reason: 'malformed', httpStatus: 401 });
  });

  it('keeps one ray id rule on every endpoint: present and non-empty, cut to one length', async () => {
    const long = `8a1b2c3d4e5f6789-CDG${'x'.repeat(100)}`;
    const kept = long.slice(0, RAY_ID_MAX_LENGTH);
    fake.fault('/api/v3/', { type: 'status', status: 403, headers: { 'cf-ray': long } });
    expect(await loadBreachCatalogue({ hibpBaseUrl: fake.baseUrl, userAgent: UA })).toEqual({ ok: false, reason: 'blocked', httpStatus: 403, rayId: kept });
    expect(await checkSubscription(options())).toEqual({ result: 'blocked', httpStatus: 403, rayId: kept });
    const checker = await createEmailChecker({ hibpBaseUrl: fake.baseUrl, apiKey: CORE_KEY, userAgent: UA, mode: 'direct', rpm: 10 });
    try {
      expect(await checker.check(BREACHED)).toEqual([{ status: 'not-checked', source: 'hibp', reason: 'blocked', httpStatus: 403, rayId: kept }]);
      fake.clearFaults();
      fake.fault('/api/v3/', { type: 'status', status: 403, headers: { 'cf-ray': '' } });
      expect(await checker.check(BREACHED)).toEqual([{ status: 'not-checked', source: 'hibp', reason: 'blocked', httpStatus: 403 }]);
      expect(await checkSubscription(options())).toEqual({ result: 'blocked', httpStatus: 403 });
    } finally {
      await checker.close();
    }
  });

  it('passes on how long a 429 asks to wait, and calls an undocumented status unexpected', async () => {
    fake.fault('/api/v3/breachedaccount/', { type: 'status', status: 429, headers: { 'retry-after': '7' } }, 1);
    expect(await breachedAccount(BREACHED, options())).toEqual({ ok: false, reason: 'rate-limited', httpStatus: 429, retryAfterMs: 7_000 });
    fake.fault('/api/v3/breachedaccount/', { type: 'status', status: 418 }, 1);
    expect(await breachedAccount(BREACHED, options())).toEqual({ ok: false, reason: 'malformed', httpStatus: 418 });
    fake.fault('/api/v3/breachedaccount/', { type: 'status', status: 502 }, 1);
    expect(await breachedAccount(BREACHED, options())).toEqual({ ok: false, reason: 'unavailable', httpStatus: 502 });
  });

  it('sends the key in its header only, a user agent always, and no key to the public catalogue', async () => {
    expect(await breachedAccount(BREACHED, { ...options(), baseUrl: `${fake.baseUrl}//` })).toMatchObject({ ok: true });
    expect((await breaches({ baseUrl: `${fake.baseUrl}/`, userAgent: UA })).ok).toBe(true);
    expect(fake.log.map((entry) => [entry.url, entry.hasApiKey, entry.userAgent])).toEqual([
      [`/api/v3/breachedaccount/${encodeURIComponent(BREACHED)}?truncateResponse=false`, true, UA],
      ['/api/v3/breaches', false, UA],
    ]);
    expect(fake.log[0]!.headers['hibp-api-key']).toBe(CORE_KEY);
  });

  it('says why when no whole answer came: reset, silence, a body cut short, a cancel', async () => {
    fake.fault('/api/v3/breachedaccount/', { type: 'reset' }, 1);
    expect(await breachedAccount(BREACHED, options())).toEqual({ ok: false, reason: 'network' });
    fake.fault('/api/v3/breachedaccount/', { type: 'hang' }, 1);
    expect(await breachedAccount(BREACHED, { ...options(), timeoutMs: 200 })).toEqual({ ok: false, reason: 'timeout' });
    fake.fault('/api/v3/breachedaccount/', { type: 'truncated' }, 1);
    expect(await breachedAccount(BREACHED, options())).toEqual({ ok: false, reason: 'malformed' });
    const controller = new AbortController();
    fake.fault('/api/v3/breachedaccount/', { type: 'hang' }, 1);
    setTimeout(() => controller.abort(), 50);
    expect(await breachedAccount(BREACHED, { ...options(), signal: controller.signal })).toEqual({ ok: false, reason: 'cancelled' });
  });

  it('"Test the key" calls a status answer cut short unexpected, as any unreadable answer', async () => {
    fake.fault('/api/v3/subscription/status', { type: 'truncated' }, 1);
    expect(await checkSubscription(options())).toEqual({ result: 'unexpected' });
  });

  it('counts a connection that could not be opened in time as a timeout, on every endpoint', async () => {
    expect(isTimeout(new errors.ConnectTimeoutError())).toBe(true);
    // A connector that gives up as undici's does when the peer never completes the handshake.
    const unconnectable = new Agent({ connect: (_options, callback) => callback(new errors.ConnectTimeoutError(), null) });
    try {
      const dispatcher = { dispatcher: unconnectable };
      expect(await checkSubscription({ ...options(), ...dispatcher })).toEqual({ result: 'timeout' });
      expect(await breachedAccount(BREACHED, { ...options(), ...dispatcher })).toEqual({ ok: false, reason: 'timeout' });
      expect(await breaches({ baseUrl: fake.baseUrl, userAgent: UA, ...dispatcher })).toEqual({ ok: false, reason: 'timeout' });
    } finally {
      await unconnectable.close();
    }
  });
});
