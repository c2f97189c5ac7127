import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, errors } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getWithBearer, outcomeOf, postForm } from '../../electron/core/mfa/directory/directory-http.ts';

// The directories' fetch helper: a status becomes what it means once, here, and a request that
// got no answer becomes the user's words (directory-unreachable / directory-timeout).

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/cut') {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      response.write('{"value":[');
      setTimeout(() => request.socket.destroy(), 20);
      return;
    }
    response.writeHead(Number(request.url!.slice(1)), { 'content-type': 'application/json' }).end('{"error":"authorization_pending"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const options = { userAgent: 'Hygie/0.1.0', timeoutMs: 2_000 };

describe('the directory fetch helper', () => {
  it('says once what each status means', () => {
    const table: [number, ReturnType<typeof outcomeOf>][] = [
      [200, 'ok'],
      [400, 'refused'],
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [404, 'refused'],
      [429, 'throttled'],
      [500, 'unavailable'],
      [503, 'unavailable'],
    ];
    for (const [status, outcome] of table) expect(outcomeOf(status), String(status)).toBe(outcome);
  });

  it('keeps the answer’s status and JSON body for what each API says beyond it', async () => {
    expect(await postForm(`${base}/400`, { grant_type: 'x' }, options)).toMatchObject({ outcome: 'refused', status: 400, body: { error: 'authorization_pending' } });
    expect(await getWithBearer(`${base}/403`, 'token', options)).toMatchObject({ outcome: 'forbidden', status: 403 });
  });

  it('calls an answer cut short, or a connection not opened in time, a timeout; nothing listening, unreachable', async () => {
    await expect(getWithBearer(`${base}/cut`, 'token', options)).rejects.toMatchObject({ code: 'directory-timeout' });
    const unconnectable = new Agent({ connect: (_options, callback) => callback(new errors.ConnectTimeoutError(), null) });
    try {
      await expect(getWithBearer(`${base}/200`, 'token', { ...options, dispatcher: unconnectable })).rejects.toMatchObject({ code: 'directory-timeout' });
    } finally {
      await unconnectable.close();
    }
    const dead = createServer();
    await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
    const port = (dead.address() as AddressInfo).port;
    await new Promise((resolve) => dead.close(resolve));
    await expect(getWithBearer(`http://127.0.0.1:${port}/200`, 'token', options)).rejects.toMatchObject({ code: 'directory-unreachable' });
  });
});
