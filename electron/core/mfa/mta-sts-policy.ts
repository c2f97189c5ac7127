import type { LookupAddress, LookupOptions } from 'node:dns';
import { rootCertificates } from 'node:tls';
import { Agent, errors, request, type Dispatcher } from 'undici';
import type { DomainNotCheckedReason, MTA_STS_POLICY_PROBLEMS } from '../model/schemas/mail-domain.ts';
import { isUnanswered } from '../model/schemas/mail-domain.ts';
import { DEADLINE_PASSED, type CheckDeadline } from './check-deadline.ts';
import type { DnsResolver } from './dns-resolver.ts';

// The MTA-STS policy file (RFC 8461 §3.2, §3.3): https://mta-sts.<domain>/.well-known/mta-sts.txt,
// fetched the way a sending server must — HTTPS with a certificate valid for that host from a CA
// in the list Node ships (Mozilla's), only a 200 counts, redirects never followed, text/plain — and bounded here in
// size (64 KiB) and in time (the domain check's deadline). The host's address is asked of the
// same DNS servers as every other lookup of the check (HYGIE_DNS_SERVERS too). Only the domain
// name goes out; the request carries no cookie, no credential, nothing about the practice.

export const MTA_STS_POLICY_MAX_BYTES = 64 * 1024;

export interface MtaStsFetchOptions {
  /** The policy host's port: 443, as RFC 8461 §3.3 says; tests serve it elsewhere on loopback. */
  port?: number;
  /** CA certificates (PEM) trusted besides Node's list: tests bring the one that signed their server. */
  extraCa?: readonly string[];
  userAgent?: string;
}

export type PolicyProblem = (typeof MTA_STS_POLICY_PROBLEMS)[number];

export interface MtaStsPolicy {
  mode: 'enforce' | 'testing' | 'none';
  maxAge: number;
  mx: string[];
}

export type PolicyFetch =
  | { status: 'ok'; policy: MtaStsPolicy }
  | { status: 'problem'; problem: PolicyProblem; detail: string | null }
  | { status: 'unanswered'; reason: DomainNotCheckedReason };

/** RFC 8461 §3.2: "key: value" lines (CRLF or LF); version STSv1, mode, max_age, and mx unless mode is none. */
export function parseMtaStsPolicy(body: string): MtaStsPolicy | null {
  const fields = new Map<string, string>();
  const mx: string[] = [];
  for (const line of body.split(/\r?\n/u)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (key === 'mx') mx.push(value);
    // A field given twice: the first one counts.
    else if (!fields.has(key)) fields.set(key, value);
  }
  const mode = fields.get('mode');
  const maxAge = fields.get('max_age') ?? '';
  if (fields.get('version') !== 'STSv1') return null;
  if (mode !== 'enforce' && mode !== 'testing' && mode !== 'none') return null;
  if (!/^\d{1,10}$/u.test(maxAge)) return null;
  if (mode !== 'none' && mx.length === 0) return null;
  return { mode, maxAge: Number(maxAge), mx };
}

/** Node's lookup() signature, answered by the check's own DNS servers. */
function lookupThrough(resolver: DnsResolver, deadline: CheckDeadline) {
  return (hostname: string, options: LookupOptions, callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
    void deadline.race(resolver.a(hostname)).then((answer) => {
      if (answer === DEADLINE_PASSED) return callback(Object.assign(new Error('deadline'), { code: 'ETIMEOUT' }), '', 4);
      if (answer.status !== 'ok' || answer.records.length === 0) {
        const code = isUnanswered(answer.status) ? `EDNS_${answer.status.toUpperCase()}` : 'ENOTFOUND';
        return callback(Object.assign(new Error(`${hostname}: ${answer.status}`), { code, dnsStatus: answer.status }), '', 4);
      }
      if (options.all) return callback(null, answer.records.map((address) => ({ address, family: 4 })));
      return callback(null, answer.records[0]!, 4);
    });
  };
}

function causeOf(error: unknown): { code: string; dnsStatus?: string } {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const candidate = current as { code?: unknown; dnsStatus?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string' && candidate.code !== 'UND_ERR_SOCKET' && candidate.code !== 'UND_ERR_CONNECT') {
      return { code: candidate.code, ...(typeof candidate.dnsStatus === 'string' ? { dnsStatus: candidate.dnsStatus } : {}) };
    }
    current = candidate.cause;
  }
  return { code: 'UNKNOWN' };
}

function fromFailure(error: unknown, deadline: CheckDeadline): PolicyFetch {
  if (deadline.passed || error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError) return { status: 'unanswered', reason: 'timeout' };
  const { code, dnsStatus } = causeOf(error);
  if (dnsStatus && isUnanswered(dnsStatus as never)) return { status: 'unanswered', reason: dnsStatus as DomainNotCheckedReason };
  if (code === 'ETIMEOUT' || code === 'ETIMEDOUT') return { status: 'unanswered', reason: 'timeout' };
  // No such host, or nothing listening for HTTPS there: the policy the TXT record announces is not served.
  if (code === 'ENOTFOUND' || code === 'ECONNREFUSED') return { status: 'problem', problem: 'not-found', detail: code };
  // The certificate is not one a sending server would accept (self-signed, wrong name, expired…).
  if (/CERT|SELF_SIGNED|TLS|SSL|ISSUER|SIGNATURE|ALTNAME/u.test(code)) return { status: 'problem', problem: 'tls', detail: code };
  return { status: 'unanswered', reason: 'network' };
}

async function readBounded(body: Dispatcher.ResponseData['body']): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > MTA_STS_POLICY_MAX_BYTES) {
      body.destroy();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function fetchMtaStsPolicy(
  resolver: DnsResolver,
  domain: string,
  deadline: CheckDeadline,
  options: MtaStsFetchOptions = {},
): Promise<PolicyFetch> {
  const host = `mta-sts.${domain}`;
  const url = new URL(`https://${host}/.well-known/mta-sts.txt`);
  if (options.port && options.port !== 443) url.port = String(options.port);
  const remaining = deadline.remaining();
  if (remaining <= 0) return { status: 'unanswered', reason: 'timeout' };
  const agent = new Agent({
    connect: {
      lookup: lookupThrough(resolver, deadline) as never,
      servername: host,
      rejectUnauthorized: true,
      ...(options.extraCa?.length ? { ca: [...rootCertificates, ...options.extraCa] } : {}),
    },
    headersTimeout: remaining,
    bodyTimeout: remaining,
  });
  try {
    const response = await request(url, {
      method: 'GET',
      dispatcher: agent,
      signal: deadline.signal,
      headers: { 'user-agent': options.userAgent ?? 'Hygie', accept: 'text/plain' },
    });
    const { statusCode, headers } = response;
    if (statusCode !== 200) {
      await response.body.dump().catch(() => undefined);
      if (statusCode >= 300 && statusCode < 400) return { status: 'problem', problem: 'redirect', detail: String(statusCode) };
      return { status: 'problem', problem: statusCode === 404 || statusCode === 410 ? 'not-found' : 'http-status', detail: String(statusCode) };
    }
    const contentType = String(headers['content-type'] ?? '');
    if (contentType.split(';')[0]!.trim().toLowerCase() !== 'text/plain') {
      await response.body.dump().catch(() => undefined);
      return { status: 'problem', problem: 'content-type', detail: contentType.slice(0, 80) || null };
    }
    const text = await readBounded(response.body);
    if (text === null) return { status: 'problem', problem: 'too-large', detail: `> ${MTA_STS_POLICY_MAX_BYTES} bytes` };
    const policy = parseMtaStsPolicy(text);
    return policy ? { status: 'ok', policy } : { status: 'problem', problem: 'syntax', detail: null };
  } catch (error) {
    return fromFailure(error, deadline);
  } finally {
    await agent.close().catch(() => undefined);
  }
}
