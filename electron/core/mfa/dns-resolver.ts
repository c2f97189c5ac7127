import { isIP } from 'node:net';
import { Resolver } from 'node:dns/promises';
import type { DnsLookupStatus } from '../model/schemas/mail-domain.ts';

// Node's DNS resolver (c-ares), wrapped so a lookup never throws for a DNS failure: each one comes
// back as a status the checks can explain (NXDOMAIN is not a timeout, and neither is "no record").
// By default it asks the system's servers, like every other program on the computer; tests and
// HYGIE_DNS_SERVERS point it at another server.

export interface DnsResolverOptions {
  /** "ip" or "ip:port" ("[v6]:port"); empty or absent: the system's DNS servers. */
  servers?: readonly string[];
  /** Hard bound on one lookup, retries included. */
  timeoutMs?: number;
  /** How many times one server is asked before giving up. */
  tries?: number;
}

export const DEFAULT_DNS_TIMEOUT_MS = 2000;
export const DEFAULT_DNS_TRIES = 2;

export type DnsAnswer<T> = { status: 'ok'; records: T[] } | { status: Exclude<DnsLookupStatus, 'ok'>; code: string };

export interface MxRecord {
  exchange: string;
  priority: number;
}

/** c-ares error codes → what they mean for a check. Anything unlisted is the network's fault. */
const STATUS_BY_CODE: Record<string, Exclude<DnsLookupStatus, 'ok'>> = {
  ENOTFOUND: 'nxdomain',
  ENODATA: 'no-data',
  ETIMEOUT: 'timeout',
  ECANCELLED: 'timeout', // our own deadline cancelled it
  ESERVFAIL: 'servfail',
  EREFUSED: 'refused',
  EBADRESP: 'bad-response',
  EFORMERR: 'bad-response',
  ENOTIMP: 'bad-response',
  EBADNAME: 'bad-response',
};

function failure(error: unknown): { status: Exclude<DnsLookupStatus, 'ok'>; code: string } {
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : 'UNKNOWN';
  return { status: STATUS_BY_CODE[code] ?? 'network', code };
}

/**
 * "127.0.0.1:5353, 192.168.1.1" → ["127.0.0.1:5353", "192.168.1.1"]. Refuses anything that is
 * not an IP address with an optional port: a host name here would need DNS to find DNS.
 */
export function parseDnsServers(text: string | undefined): string[] {
  if (!text?.trim()) return [];
  return text
    .split(/[\s,]+/u)
    .filter(Boolean)
    .map((entry) => {
      const match = /^\[([^\]]+)\](?::(\d{1,5}))?$/u.exec(entry) ?? /^([^:]+)(?::(\d{1,5}))?$/u.exec(entry);
      const host = match?.[1] ?? entry;
      const port = match?.[2] ? Number(match[2]) : 53;
      if (!isIP(host) || port < 1 || port > 65535) {
        throw new Error(`HYGIE_DNS_SERVERS: "${entry}" is not an IP address with an optional port`);
      }
      return entry;
    });
}

/** The servers the app's handlers use: HYGIE_DNS_SERVERS if set (tests, a practice's own resolver), else the system's. */
export function dnsServersFromEnvironment(env: NodeJS.ProcessEnv = process.env): string[] {
  return parseDnsServers(env.HYGIE_DNS_SERVERS);
}

export class DnsResolver {
  readonly #servers: readonly string[];
  readonly #timeoutMs: number;
  readonly #tries: number;

  constructor(options: DnsResolverOptions = {}) {
    this.#servers = options.servers ?? [];
    this.#timeoutMs = Math.max(100, options.timeoutMs ?? DEFAULT_DNS_TIMEOUT_MS);
    this.#tries = Math.max(1, Math.min(5, options.tries ?? DEFAULT_DNS_TRIES));
  }

  /** The longest one lookup can take. */
  get timeoutMs(): number {
    return this.#timeoutMs;
  }

  mx(name: string): Promise<DnsAnswer<MxRecord>> {
    return this.#lookup(name, (resolver) => resolver.resolveMx(name));
  }

  /** IPv4 addresses (SPF's a, mx and exists mechanisms; the MTA-STS policy host). */
  a(name: string): Promise<DnsAnswer<string>> {
    return this.#lookup(name, (resolver) => resolver.resolve4(name));
  }

  /** TXT records, each as its character-strings (a long record comes split into several). */
  txt(name: string): Promise<DnsAnswer<string[]>> {
    return this.#lookup(name, (resolver) => resolver.resolveTxt(name));
  }

  async #lookup<T>(name: string, query: (resolver: Resolver) => Promise<T[]>): Promise<DnsAnswer<T>> {
    // One resolver per lookup: cancelling one on its deadline must not cancel its neighbours,
    // and nothing is cached between two checks (a fixed record must show as fixed).
    // c-ares doubles its timeout at each try; the first try gets the share that keeps the sum
    // within the bound, and a timer cancels whatever is still waiting at the bound.
    const perTry = Math.max(50, Math.floor(this.#timeoutMs / (2 ** this.#tries - 1)));
    const resolver = new Resolver({ timeout: perTry, tries: this.#tries, maxTimeout: this.#timeoutMs });
    if (this.#servers.length) {
      try {
        resolver.setServers([...this.#servers]);
      } catch (error) {
        return { status: 'network', code: (error as { code?: string }).code ?? 'EINVAL' };
      }
    }
    const deadline = setTimeout(() => resolver.cancel(), this.#timeoutMs);
    try {
      return { status: 'ok', records: await query(resolver) };
    } catch (error) {
      return failure(error);
    } finally {
      clearTimeout(deadline);
    }
  }
}
