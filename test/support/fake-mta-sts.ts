import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

// The HTTPS side of MTA-STS (RFC 8461 §3.3) on loopback: one server for every
// mta-sts.<domain> the test names, with a certificate the test's own CA signed, generated here.
// The app trusts that CA only because the test passes it (MtaStsFetchOptions.extraCa): nothing
// in the app turns TLS checks off. Each host answers what the test sets: a policy body, a status,
// a content type, a redirect; a host signed by another CA stands for a bad certificate.

export interface PolicyAnswer {
  status?: number;
  contentType?: string;
  body?: string;
  headers?: Record<string, string>;
  /** Answer after this many milliseconds. */
  delayMs?: number;
}

export interface FakeMtaStsServer {
  port: number;
  /** PEM of the CA that signed the server's certificate: what a test lets the app trust. */
  ca: string;
  /** Policy answers by host (mta-sts.cabinet.test). A host not listed answers 404. */
  answers: Map<string, PolicyAnswer>;
  /** Every request: host and path. */
  requests: { host: string; path: string; userAgent: string | null }[];
  close(): Promise<void>;
}

export function policyText(mode: 'enforce' | 'testing' | 'none', mx: string[] = ['mx1.cabinet.test'], maxAge = 604800): string {
  return ['version: STSv1', `mode: ${mode}`, ...mx.map((host) => `mx: ${host}`), `max_age: ${maxAge}`].join('\r\n') + '\r\n';
}

async function certificateFor(hosts: string[], ca: { key: string; cert: string }): Promise<{ key: string; cert: string }> {
  const leaf = await generate([{ name: 'commonName', value: hosts[0]! }], {
    keySize: 2048,
    algorithm: 'sha256',
    ca,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: hosts.map((value) => ({ type: 2 as const, value })) },
    ],
  });
  return { key: leaf.private, cert: leaf.cert };
}

export async function newCertificateAuthority(name = 'Hygie test CA'): Promise<{ key: string; cert: string }> {
  const ca = await generate([{ name: 'commonName', value: name }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  });
  return { key: ca.private, cert: ca.cert };
}

/** Serve `hosts` over HTTPS on 127.0.0.1 with a certificate for all of them, signed by `ca` (a new one by default). */
export async function startFakeMtaSts(hosts: string[], options: { ca?: { key: string; cert: string } } = {}): Promise<FakeMtaStsServer> {
  const ca = options.ca ?? (await newCertificateAuthority());
  const { key, cert } = await certificateFor(hosts, ca);
  const answers = new Map<string, PolicyAnswer>();
  const requests: FakeMtaStsServer['requests'] = [];
  const server: Server = createServer({ key, cert }, (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/u, '').toLowerCase();
    requests.push({ host, path: request.url ?? '', userAgent: request.headers['user-agent'] ?? null });
    const answer = request.url === '/.well-known/mta-sts.txt' ? answers.get(host) : undefined;
    const reply = () => {
      if (!answer) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      response.writeHead(answer.status ?? 200, { 'content-type': answer.contentType ?? 'text/plain; charset=utf-8', ...answer.headers });
      response.end(answer.body ?? '');
    };
    if (answer?.delayMs) setTimeout(reply, answer.delayMs).unref();
    else reply();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    ca: ca.cert,
    answers,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
