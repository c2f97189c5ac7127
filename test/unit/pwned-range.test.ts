import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPwnedPasswordsClient, PwnedRangeCache, sha1Hex, type PwnedPasswordsClient } from '../../electron/core/breach/pwned-range.ts';
import { parseRangeBody } from '../../electron/core/breach/pwned-range-body.ts';

// A real HTTP server on loopback answers `/range/{prefix}` as Pwned Passwords does (hibp.md):
// CRLF lines SUFFIX:COUNT, and with `Add-Padding: true` fake suffixes of count 0.

const PASSWORD_SHA1 = '5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8'; // SHA-1("password"), hibp.md
const PADDED_ONLY = 'ABCDEF0123456789ABCDEF0123456789ABC'; // a suffix present only as padding

let server: Server;
let baseUrl: string;
let behaviour: (request: IncomingMessage, response: ServerResponse) => void;
const seen: { url: string; headers: IncomingMessage['headers'] }[] = [];
const clients: PwnedPasswordsClient[] = [];
const dirs: string[] = [];

function rangeBody(prefix: string, padded: boolean): string {
  const lines: string[] = [];
  if (prefix === '5BAA6') lines.push('1E4C9B93F3F0682250B6CF8331B7EE68FD8:10437277');
  lines.push('0018A45C4D1DEF81644B54AB7F969B88D65:21', '00D4F6E8FA6EECAD2A3AA415EEC418D38EC:2');
  if (padded) {
    lines.push(`${PADDED_ONLY}:0`);
    for (let i = 0; i < 800; i += 1) lines.push(`${createHash('sha1').update(`pad${prefix}${i}`).digest('hex').toUpperCase().slice(5)}:0`);
  }
  return lines.join('\r\n');
}

const standard = (request: IncomingMessage, response: ServerResponse) => {
  const match = /^\/range\/([0-9A-F]{5})$/iu.exec(request.url ?? '');
  if (!match) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': 'text/plain' }).end(rangeBody(match[1]!.toUpperCase(), request.headers['add-padding'] === 'true'));
};

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({ url: request.url ?? '', headers: request.headers });
    behaviour(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  for (const client of clients.splice(0)) await client.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  seen.length = 0;
  behaviour = standard;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function client(options: Partial<Parameters<typeof createPwnedPasswordsClient>[0]> = {}): PwnedPasswordsClient {
  const made = createPwnedPasswordsClient({ baseUrl, userAgent: 'Hygie/0.1.0', timeoutMs: 2000, retries: 0, ...options });
  clients.push(made);
  return made;
}

describe('Pwned Passwords range client', () => {
  it('finds a pwned password by its 5-character prefix only, padded, with a User-Agent', async () => {
    behaviour = standard;
    const outcome = await client().checkPassword('password');
    expect(outcome).toEqual({ status: 'pwned', source: 'pwned-mirror-url', count: 10437277 });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe('/range/5BAA6');
    expect(seen[0]!.headers['add-padding']).toBe('true');
    expect(seen[0]!.headers['user-agent']).toBe('Hygie/0.1.0');
    // Nothing of the suffix, the full hash or the password is on the wire.
    const wire = JSON.stringify(seen);
    expect(wire).not.toContain(PASSWORD_SHA1.slice(5, 12));
    expect(wire.toLowerCase()).not.toContain('password"');
  });

  it('drops count-0 padding: a suffix that is only padding is not pwned', async () => {
    behaviour = standard;
    const outcome = await client().checkSha1(`5BAA6${PADDED_ONLY}`);
    expect(outcome).toEqual({ status: 'not-pwned', source: 'pwned-mirror-url' });
    const range = parseRangeBody(rangeBody('5BAA6', true))!;
    expect(range.size).toBe(3);
    expect([...range.values()].every((count) => count > 0)).toBe(true);
  });

  it('compares suffixes upper case, whatever case the hash or the answer is in', async () => {
    behaviour = (request, response) => response.writeHead(200).end(rangeBody('5BAA6', true).toLowerCase());
    const outcome = await client().checkSha1(PASSWORD_SHA1.toLowerCase());
    expect(outcome).toMatchObject({ status: 'pwned', count: 10437277 });
    expect(seen[0]!.url).toBe('/range/5BAA6');
  });

  it('says not-checked, never not-pwned, on 503, 429, timeout, a malformed answer, or no network', async () => {
    behaviour = (_request, response) => response.writeHead(503).end('Service Unavailable');
    expect(await client().checkPassword('password')).toEqual({ status: 'not-checked', source: 'pwned-mirror-url', reason: 'unavailable', httpStatus: 503 });

    behaviour = (_request, response) => response.writeHead(429, { 'retry-after': '0' }).end();
    expect(await client().checkPassword('password')).toMatchObject({ status: 'not-checked', reason: 'rate-limited', httpStatus: 429 });

    behaviour = (_request, response) => response.writeHead(200).end('<html>Just a moment…</html>');
    expect(await client().checkPassword('password')).toMatchObject({ status: 'not-checked', reason: 'malformed' });

    behaviour = (_request, response) => response.writeHead(200).end('');
    expect(await client().checkPassword('password')).toMatchObject({ status: 'not-checked', reason: 'malformed' });

    behaviour = () => undefined; // never answers
    expect(await client({ timeoutMs: 200 }).checkPassword('password')).toMatchObject({ status: 'not-checked', reason: 'timeout' });

    // Offline: a port nobody listens on.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await client({ baseUrl: `http://127.0.0.1:${port}` }).checkPassword('password')).toMatchObject({
      status: 'not-checked',
      reason: 'network',
    });
  });

  it('retries a 503 within its budget, and reports a cancelled check as cancelled', async () => {
    let calls = 0;
    behaviour = (request, response) => (++calls === 1 ? response.writeHead(503).end() : standard(request, response));
    expect(await client({ retries: 1, maxRetryWaitMs: 10 }).checkPassword('password')).toMatchObject({ status: 'pwned' });
    expect(calls).toBe(2);

    behaviour = () => undefined;
    const controller = new AbortController();
    const pending = client().checkPassword('password', controller.signal);
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toMatchObject({ status: 'not-checked', reason: 'cancelled' });
  });

  it('asks each range once per job when given a cache, and again in the next job', async () => {
    behaviour = standard;
    const hygie = client();
    const job = new PwnedRangeCache();
    const outcomes = await Promise.all(['password', 'password', 'password'].map((password) => hygie.checkPassword(password, undefined, job)));
    expect(outcomes.every((outcome) => outcome.status === 'pwned')).toBe(true);
    expect(await hygie.checkSha1(`5BAA6${PADDED_ONLY}`, undefined, job)).toMatchObject({ status: 'not-pwned' });
    expect(seen).toHaveLength(1);
    await hygie.checkPassword('password', undefined, new PwnedRangeCache());
    expect(seen).toHaveLength(2);
  });

  it('reads a folder mirror of {PREFIX}.txt files; a missing file is not-checked, not not-pwned', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hygie-pwned-mirror-'));
    dirs.push(dir);
    writeFileSync(join(dir, '5BAA6.txt'), rangeBody('5BAA6', false) + '\r\n');
    writeFileSync(join(dir, '00000.txt'), 'this is not a range file\r\n');
    const mirror = client({ mirrorDir: dir });
    expect(mirror.source).toBe('pwned-mirror-dir');
    expect(await mirror.checkPassword('password')).toEqual({ status: 'pwned', source: 'pwned-mirror-dir', count: 10437277 });
    expect(await mirror.checkSha1(`5BAA6${PADDED_ONLY}`)).toEqual({ status: 'not-pwned', source: 'pwned-mirror-dir' });
    const hash = sha1Hex('correct horse battery staple');
    expect(await mirror.checkSha1(hash)).toEqual({ status: 'not-checked', source: 'pwned-mirror-dir', reason: 'unavailable' });
    expect(await mirror.checkSha1(`00000${hash.slice(5)}`)).toMatchObject({ status: 'not-checked', reason: 'malformed' });
    expect(seen).toHaveLength(0); // a folder mirror sends nothing anywhere
  });

  it('says which source answered', () => {
    const service = createPwnedPasswordsClient({ userAgent: 'Hygie/0.1.0' });
    clients.push(service);
    expect(service.source).toBe('pwned-passwords');
    expect(client().source).toBe('pwned-mirror-url');
  });
});

describe('Pwned Passwords range client against the fake HIBP (test/support/fake-hibp.ts)', () => {
  it('sends only 5-hex prefixes with padding, drops the padding, and turns faults into not-checked', async () => {
    const { startFakeHibp } = await import('../support/fake-hibp.ts');
    const fake = await startFakeHibp({ pwnedPasswords: { password: 10_434_004, 'Cabinet2024!': 7 } });
    const hygie = client({ baseUrl: fake.pwnedBaseUrl, timeoutMs: 500 });
    try {
      const passwords = ['password', 'Cabinet2024!', 'une phrase de passe vraiment longue'];
      const outcomes = await Promise.all(passwords.map((password) => hygie.checkPassword(password)));
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['pwned', 'pwned', 'not-pwned']);
      expect(outcomes[1]).toMatchObject({ count: 7 });
      const ranges = fake.log.filter((entry) => entry.path.startsWith('/pwned/'));
      expect(ranges).toHaveLength(3);
      for (const entry of ranges) {
        expect(entry.path).toMatch(/^\/pwned\/range\/[0-9A-F]{5}$/u);
        expect(entry.headers['add-padding']).toBe('true');
        expect(entry.userAgent).toBe('Hygie/0.1.0');
      }
      for (const [fault, reason] of [
        [{ type: 'status', status: 503 }, 'unavailable'],
        [{ type: 'truncated' }, 'malformed'],
        [{ type: 'malformed' }, 'malformed'],
        [{ type: 'reset' }, 'network'],
        [{ type: 'hang' }, 'timeout'],
      ] as const) {
        fake.fault('/pwned/', fault, 1);
        expect(await hygie.checkPassword('password'), fault.type).toMatchObject({ status: 'not-checked', reason });
      }
    } finally {
      await fake.close();
    }
  });
});
