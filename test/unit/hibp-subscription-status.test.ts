import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSubscription } from '../../electron/core/breach/hibp/subscription-status.ts';

// A real HTTP server on loopback answers as HIBP's /subscription/status does (hibp.md).
const KEY = '0123456789abcdef0123456789abcdef';
let server: Server;
let baseUrl: string;
let behaviour: (request: IncomingMessage, response: ServerResponse) => void;
const seen: IncomingMessage[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request);
    behaviour(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

/**
 * The answer as HIBP documents it (https://haveibeenpwned.com/API/v3#SubscriptionStatus, see
 * docs/references.md): the plan's name and, on current plans, what it includes.
 */
const DOCUMENTED = {
  SubscriptionName: 'Pwned 2',
  Description: 'Suitable for businesses doing higher volume B2B searches.',
  SubscribedUntil: '2027-05-30T00:00:00Z',
  Rpm: 100,
  DomainSearchMaxBreachedAccounts: 50_000,
  MaxBreachedDomains: 50,
  IncludesStealerLogs: true,
  IncludesBulkDomainAdd: false,
  IncludesAutoSubdomainVerification: false,
  IncludesCustomerDomains: false,
  IncludesKAnon: true,
};

const check = (apiKey = KEY, timeoutMs = 2000) => checkSubscription({ baseUrl, apiKey, userAgent: 'Hygie/0.1.0', timeoutMs });

describe('testing the HIBP key against /subscription/status', () => {
  it('reports a valid key with its plan, rate and expiry, sending the key and a User-Agent', async () => {
    behaviour = (request, response) =>
      request.headers['hibp-api-key'] === KEY
        ? json(response, 200, DOCUMENTED)
        : json(response, 401, { statusCode: 401, message: 'Access denied due to invalid hibp-api-key.' });
    expect(await check()).toEqual({
      result: 'valid',
      plan: 'Pwned 2',
      rpm: 100,
      expiresAt: '2027-05-30T00:00:00Z',
      rangeSearch: true,
      rangeSearchFrom: 'flag',
      features: { kAnon: true, stealerLogs: true, domainSearchMaxBreachedAccounts: 50_000, maxBreachedDomains: 50 },
    });
    const request = seen.at(-1)!;
    expect(request.url).toBe('/api/v3/subscription/status');
    expect(request.headers['user-agent']).toBe('Hygie/0.1.0');
    expect(await check('ffffffffffffffffffffffffffffffff')).toMatchObject({ result: 'invalid', httpStatus: 401 });
  });

  it('tells a Cloudflare block (with its ray id), a rate limit and an outage apart', async () => {
    behaviour = (_request, response) => json(response, 403, { message: 'blocked' }, { 'cf-ray': '8a1b2c3d4e5f-CDG' });
    expect(await check()).toEqual({ result: 'blocked', httpStatus: 403, rayId: '8a1b2c3d4e5f-CDG' });
    behaviour = (_request, response) => json(response, 429, { statusCode: 429, message: 'Rate limit is exceeded.' }, { 'retry-after': '2' });
    expect(await check()).toMatchObject({ result: 'rate-limited' });
    behaviour = (_request, response) => json(response, 503, {});
    expect(await check()).toMatchObject({ result: 'unavailable', httpStatus: 503 });
  });

  it('calls a malformed answer "unexpected", never "valid"', async () => {
    behaviour = (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html>captive portal</html>');
    };
    expect(await check()).toEqual({ result: 'unexpected', httpStatus: 200 });
  });

  it('decides the range search from IncludesKAnon when HIBP gives it, whatever the plan is called', async () => {
    behaviour = (_request, response) => json(response, 200, { ...DOCUMENTED, SubscriptionName: 'Pro 1', IncludesKAnon: false });
    expect(await check()).toMatchObject({ result: 'valid', plan: 'Pro 1', rangeSearch: false, rangeSearchFrom: 'flag' });
    behaviour = (_request, response) => json(response, 200, { ...DOCUMENTED, SubscriptionName: 'Core 1', IncludesKAnon: true });
    expect(await check()).toMatchObject({ result: 'valid', plan: 'Core 1', rangeSearch: true, rangeSearchFrom: 'flag' });
    // The flag alone is a readable answer: the plan's name is only a fallback.
    const { SubscriptionName: _name, ...nameless } = DOCUMENTED;
    behaviour = (_request, response) => json(response, 200, nameless);
    expect(await check()).toMatchObject({ result: 'valid', plan: null, rangeSearch: true, rangeSearchFrom: 'flag' });
  });

  it('falls back on the plan name when an older answer has no flags, and says so', async () => {
    const legacy = { SubscriptionName: 'Pro 2', Description: '…', Rpm: 50 };
    behaviour = (_request, response) => json(response, 200, legacy);
    expect(await check()).toEqual({
      result: 'valid',
      plan: 'Pro 2',
      rpm: 50,
      expiresAt: null,
      rangeSearch: true,
      rangeSearchFrom: 'plan-name',
      features: { kAnon: null, stealerLogs: null, domainSearchMaxBreachedAccounts: null, maxBreachedDomains: null },
    });
    behaviour = (_request, response) => json(response, 200, { ...legacy, SubscriptionName: 'Core 1' });
    expect(await check()).toMatchObject({ result: 'valid', rangeSearch: false, rangeSearchFrom: 'plan-name' });
  });

  it('keeps "no domain limit" (MaxBreachedDomains: null) apart from a missing field', async () => {
    behaviour = (_request, response) => json(response, 200, { ...DOCUMENTED, MaxBreachedDomains: null });
    expect(await check()).toMatchObject({ features: { maxBreachedDomains: 'unlimited' } });
  });

  // F1 of issue 13: these answered 200 and counted as a valid plan without the range search, so
  // every address went out in full. An answer that says nothing readable is no answer.
  const unreadable: [string, unknown][] = [
    ['an empty object', {}],
    ['an empty array', []],
    ['null', null],
    ['a plan name that is a number', { SubscriptionName: 2, Rpm: 100 }],
    ['an empty plan name', { SubscriptionName: '  ', Rpm: 100 }],
    ['only a rate', { Rpm: 100 }],
    ['an IncludesKAnon that is not a boolean', { ...DOCUMENTED, IncludesKAnon: 'yes' }],
  ];
  for (const [name, body] of unreadable) {
    it(`calls ${name} "unexpected", never a valid plan`, async () => {
      behaviour = (_request, response) => json(response, 200, body);
      expect(await check()).toEqual({ result: 'unexpected', httpStatus: 200 });
    });
  }

  it('passes on how long a 429 asks to wait', async () => {
    behaviour = (_request, response) => json(response, 429, { statusCode: 429, message: 'Rate limit is exceeded. Try again in 7 seconds.' }, { 'retry-after': '7' });
    expect(await check()).toEqual({ result: 'rate-limited', httpStatus: 429, retryAfterSeconds: 7 });
    // A retry-after no timer can hold is brought down to a day.
    behaviour = (_request, response) => json(response, 429, { statusCode: 429 }, { 'retry-after': '99999999999' });
    expect(await check()).toEqual({ result: 'rate-limited', httpStatus: 429, retryAfterSeconds: 86_400 });
  });

  it('stops at once when its caller cancels (Ctrl-C), with the cancel, not a verdict on the key', async () => {
    behaviour = () => {};
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('Ctrl-C')), 50);
    const started = Date.now();
    const answer = checkSubscription({ baseUrl, apiKey: KEY, userAgent: 'Hygie/0.1.0', timeoutMs: 10_000, signal: controller.signal });
    await expect(answer).rejects.toThrow('Ctrl-C');
    // Well before the request's own 10-second timeout.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('gives up after its timeout when the server never answers', async () => {
    behaviour = () => {};
    expect(await check(KEY, 300)).toEqual({ result: 'timeout' });
  });

  it('says "network" when nothing listens', async () => {
    const dead = createServer();
    await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
    const port = (dead.address() as AddressInfo).port;
    await new Promise((resolve) => dead.close(resolve));
    const result = await checkSubscription({ baseUrl: `http://127.0.0.1:${port}`, apiKey: KEY, userAgent: 'Hygie/0.1.0', timeoutMs: 2000 });
    expect(result).toEqual({ result: 'network' });
  });
});
