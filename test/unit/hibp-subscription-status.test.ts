import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSubscription } from '../../electron/core/breach/subscription-status.ts';

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

const check = (apiKey = KEY, timeoutMs = 2000) => checkSubscription({ baseUrl, apiKey, userAgent: 'Hygie/0.1.0', timeoutMs });

describe('testing the HIBP key against /subscription/status', () => {
  it('reports a valid key with its plan, rate and expiry, sending the key and a User-Agent', async () => {
    behaviour = (request, response) =>
      request.headers['hibp-api-key'] === KEY
        ? json(response, 200, { SubscriptionName: 'Pwned 1', Description: '…', SubscriptionExpiresAt: '2027-01-01T00:00:00', Rpm: 10, DomainSearchMaxBreachedAccounts: 25 })
        : json(response, 401, { statusCode: 401, message: 'Access denied due to invalid hibp-api-key.' });
    expect(await check()).toEqual({ result: 'valid', plan: 'Pwned 1', rpm: 10, expiresAt: '2027-01-01T00:00:00' });
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
