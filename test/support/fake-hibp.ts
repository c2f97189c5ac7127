import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

// A local Have I Been Pwned that follows docs/hibp-api.md, on a random loopback port.
// One server answers both APIs: the breach API under /api/v3 (key, user agent, per-key RPM limit
// with retry-after, k-anonymity e-mail range, subscription status, catalogue and the latest
// breach, the organisation calls — verified domains, a domain's breached aliases, its stealer
// logs) and Pwned Passwords
// under /pwned (/pwned/range/{5 hex}, with Add-Padding). Tests force faults per path and read the
// request log to check what Hygie actually sent.

/** A breach as HIBP's /breaches returns it (unknown fields are kept and sent as they are). */
export interface FakeBreach {
  Name: string;
  Title: string;
  Domain: string;
  BreachDate: string;
  AddedDate: string;
  ModifiedDate: string;
  PwnCount: number;
  Description: string;
  LogoPath: string;
  DataClasses: string[];
  IsVerified: boolean;
  IsFabricated: boolean;
  IsSensitive: boolean;
  IsRetired: boolean;
  IsSpamList: boolean;
  IsMalware: boolean;
  IsSubscriptionFree: boolean;
  IsStealerLog?: boolean;
  [field: string]: unknown;
}

export interface FakeKey {
  /** SubscriptionName, e.g. "Core 1" or "Pro 1". */
  plan: string;
  rpm: number;
  /** Whether /breachedaccount/range answers for this key (Pro plans and higher); also IncludesKAnon. */
  range: boolean;
  /** SubscribedUntil. */
  expiresAt?: string;
  /** IncludesStealerLogs, and whether /stealerlogsbyemaildomain answers (default: `range`, as Pro plans). */
  stealerLogs?: boolean;
  /** The domains this key verified (/subscribeddomains); /breacheddomain answers 403 for any other. */
  domains?: string[];
  /** DomainSearchMaxBreachedAccounts (default 10,000 with `range`, else 25). */
  domainCap?: number;
  /**
   * What /subscription/status answers for this key, made from the documented answer: e.g. an older
   * answer without the Includes… flags (`({ IncludesKAnon, ...rest }) => rest`), or an unreadable
   * one (`() => ({})`, `() => []`). The default is the documented answer itself.
   */
  statusBody?: (documented: Record<string, unknown>) => unknown;
}

export type FakeFault =
  /** Answer this status instead (401, 403 with a cf-ray header, 429, 503, …). */
  | { type: 'status'; status: number; headers?: Record<string, string>; body?: string }
  /** Answer normally, after a real delay. */
  | { type: 'slow'; delayMs: number }
  /** Answer normally once `until` settles: the test decides when, whatever the machine's load. */
  | { type: 'held'; until: Promise<unknown> }
  /** Never answer (the client's timeout or cancel must end it). */
  | { type: 'hang' }
  /** Headers announce a full body; half of it is sent, then the connection is cut. */
  | { type: 'truncated' }
  /** 200 with a body that does not parse as documented. */
  | { type: 'malformed'; body?: string }
  /** The connection is reset before any answer. */
  | { type: 'reset' };

export interface FakeRequest {
  method: string;
  /** Path and query as received, e.g. "/api/v3/breachedaccount/range/A1B2C3". */
  url: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  hasApiKey: boolean;
  userAgent: string | null;
  /** On the fake's clock (ms). */
  time: number;
  /** What the fake answered (0 when the connection was cut or hung). */
  status: number;
  /** Headers of the answer that matter to clients (retry-after, cf-ray). */
  answerHeaders: Record<string, string>;
  /** Counted against the key's RPM window (keyed calls that were not refused with 429/401/403). */
  counted: boolean;
}

/** A clock in milliseconds; tests share one with Hygie's limiter so a "minute" needs no waiting. */
export interface FakeClock {
  now(): number;
}

export interface FakeHibpOptions {
  /** The catalogue (/breaches); defaults to FAKE_BREACHES. */
  breaches?: FakeBreach[];
  /** E-mail (any case) → names of breaches it is in. Defaults to the two HIBP test accounts. */
  accounts?: Record<string, string[]>;
  /** API key → plan. Defaults to CORE_KEY and PRO_KEY. */
  keys?: Record<string, FakeKey>;
  /** E-mail (any case) → website domains infostealer logs captured its credentials on. */
  stealerLogs?: Record<string, string[]>;
  /** Plaintext password → how many times it was seen. Defaults to {"password": 10434004}. */
  pwnedPasswords?: Record<string, number>;
  /** Real (non-zero) background lines per password range, so answers look like the real ones. */
  backgroundLinesPerRange?: number;
  clock?: FakeClock;
  /** Length of the rate window on the fake's clock; HIBP's is one minute. */
  windowMs?: number;
}

export interface FakeHibp {
  /** The breach API root, as Hygie's hibpBaseUrl setting expects (…/api/v3). */
  baseUrl: string;
  /** The Pwned Passwords root, as pwnedPasswordsBaseUrl expects (…/pwned; ranges at /range/…). */
  pwnedBaseUrl: string;
  /** http://127.0.0.1:port */
  origin: string;
  log: FakeRequest[];
  /** Force `fault` on requests whose path starts with `pathPrefix` (or matches the RegExp), `times` times (default: until cleared). */
  fault(pathPrefix: string | RegExp, fault: FakeFault, times?: number): void;
  clearFaults(): void;
  setAccount(email: string, breachNames: string[]): void;
  setKey(key: string, plan: FakeKey): void;
  setStealerLog(email: string, websites: string[]): void;
  /** Adds a breach to the catalogue (it becomes /latestbreach when its AddedDate is the newest). */
  addBreach(breach: FakeBreach): void;
  addPwnedPassword(password: string, count: number): void;
  addPwnedHash(sha1: string, count: number): void;
  /** Keyed requests in the log made with `key`, sorted by time. */
  keyedRequests(key?: string): FakeRequest[];
  /** The most requests counted for one key in any window of windowMs (for "never more than RPM"). */
  maxInAnyWindow(key?: string): number;
  close(): Promise<void>;
}

export const CORE_KEY = '0123456789abcdef0123456789abcdef';
export const PRO_KEY = 'fedcba9876543210fedcba9876543210';
export const DEFAULT_KEYS: Record<string, FakeKey> = {
  [CORE_KEY]: { plan: 'Core 1', rpm: 10, range: false, expiresAt: '2027-01-01T00:00:00' },
  [PRO_KEY]: { plan: 'Pro 1', rpm: 100, range: true, expiresAt: '2027-01-01T00:00:00' },
};

export function fakeBreach(name: string, fields: Partial<FakeBreach> = {}): FakeBreach {
  return {
    Name: name,
    Title: name,
    Domain: `${name.toLowerCase()}.com`,
    BreachDate: '2019-01-01',
    AddedDate: '2019-02-01T00:00:00Z',
    ModifiedDate: '2019-02-01T00:00:00Z',
    PwnCount: 1000,
    Description: `In 2019, <a href="https://${name.toLowerCase()}.com" target="_blank" rel="noopener">${name}</a> suffered a data breach.`,
    LogoPath: `https://logos.haveibeenpwned.com/${name}.png`,
    DataClasses: ['Email addresses', 'Passwords'],
    IsVerified: true,
    IsFabricated: false,
    IsSensitive: false,
    IsRetired: false,
    IsSpamList: false,
    IsMalware: false,
    IsSubscriptionFree: false,
    IsStealerLog: false,
    ...fields,
  };
}

export const FAKE_BREACHES: FakeBreach[] = [
  fakeBreach('Adobe', {
    Domain: 'adobe.com',
    BreachDate: '2013-10-04',
    PwnCount: 152445165,
    DataClasses: ['Email addresses', 'Password hints', 'Passwords', 'Usernames'],
    Description:
      'In October 2013, 153 million <a href="https://www.adobe.com" target="_blank" rel="noopener">Adobe</a> accounts were breached with each containing an internal ID, username, email, <em>encrypted</em> password and a password hint in plain text.',
  }),
  fakeBreach('LinkedIn', {
    Domain: 'linkedin.com',
    BreachDate: '2012-05-05',
    PwnCount: 164611595,
    DataClasses: ['Email addresses', 'Passwords'],
  }),
  fakeBreach('Dropbox', { Domain: 'dropbox.com', BreachDate: '2012-07-01', PwnCount: 68648009 }),
  fakeBreach('Doctissimo', {
    Domain: 'doctissimo.fr',
    BreachDate: '2020-01-01',
    DataClasses: ['Dates of birth', 'Email addresses', 'Genders', 'Names', 'Passwords'],
    IsSensitive: false,
    // A hostile description, for the sanitising code paths.
    Description: 'A French health forum.<script>alert(1)</script><img src="x" onerror="alert(2)">',
    Attribution: 'Someone',
  }),
];

export const HIBP_TEST_ACCOUNTS: Record<string, string[]> = {
  'account-exists@hibp-integration-tests.com': ['Adobe'],
  'multiple-breaches@hibp-integration-tests.com': ['Adobe', 'LinkedIn', 'Dropbox'],
};

export function sha1Hex(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').toUpperCase();
}

/** SHA-1 of the trimmed, lowercased address, as the e-mail range search hashes it. */
export function emailHash(email: string): string {
  return sha1Hex(email.trim().toLowerCase());
}

/** A small deterministic generator, so a range answers the same lines on every call. */
function seededRandom(seed: string): () => number {
  let state = Number.parseInt(createHash('sha1').update(seed).digest('hex').slice(0, 8), 16) || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

function randomHex(random: () => number, length: number): string {
  let text = '';
  for (let index = 0; index < length; index += 1) text += Math.floor(random() * 16).toString(16);
  return text.toUpperCase();
}

export async function startFakeHibp(options: FakeHibpOptions = {}): Promise<FakeHibp> {
  const clock = options.clock ?? { now: () => Date.now() };
  const windowMs = options.windowMs ?? 60_000;
  const background = options.backgroundLinesPerRange ?? 300;
  const catalogue = [...(options.breaches ?? FAKE_BREACHES)];
  const keys = new Map(Object.entries(options.keys ?? DEFAULT_KEYS));
  const accounts = new Map<string, string[]>();
  for (const [email, names] of Object.entries(options.accounts ?? HIBP_TEST_ACCOUNTS)) accounts.set(email.trim().toLowerCase(), names);
  const stealerLogs = new Map<string, string[]>();
  for (const [email, sites] of Object.entries(options.stealerLogs ?? {})) stealerLogs.set(email.trim().toLowerCase(), sites);
  const pwned = new Map<string, number>();
  for (const [password, count] of Object.entries(options.pwnedPasswords ?? { password: 10_434_004 })) pwned.set(sha1Hex(password), count);

  const log: FakeRequest[] = [];
  const faults: { match: string | RegExp; fault: FakeFault; left: number }[] = [];
  /** Per key: times of the calls counted in its window. */
  const windows = new Map<string, number[]>();
  const sockets = new Set<Socket>();

  function takeFault(path: string): FakeFault | null {
    const index = faults.findIndex(({ match }) => (typeof match === 'string' ? path.startsWith(match) : match.test(path)));
    if (index < 0) return null;
    const entry = faults[index]!;
    entry.left -= 1;
    if (entry.left <= 0) faults.splice(index, 1);
    return entry.fault;
  }

  function json(response: ServerResponse, entry: FakeRequest, status: number, body: unknown, headers: Record<string, string> = {}): void {
    entry.status = status;
    entry.answerHeaders = headers;
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    response.end(JSON.stringify(body));
  }

  function domainCapOf(plan: FakeKey): number {
    return plan.domainCap ?? (plan.range ? 10_000 : 25);
  }

  /** Alias → names, for the addresses of `domain` in `source`. */
  function aliasesOn(domain: string, source: ReadonlyMap<string, string[]>): Map<string, string[]> {
    const aliases = new Map<string, string[]>();
    for (const [email, names] of source) {
      const at = email.lastIndexOf('@');
      if (email.slice(at + 1) === domain && names.length > 0) aliases.set(email.slice(0, at), names);
    }
    return aliases;
  }

  function fullBreaches(names: string[]): FakeBreach[] {
    return names.map((name) => catalogue.find((breach) => breach.Name === name) ?? fakeBreach(name));
  }

  function passwordRange(prefix: string, padding: boolean): string {
    const random = seededRandom(prefix);
    const lines: string[] = [];
    for (const [hash, count] of pwned) if (hash.startsWith(prefix)) lines.push(`${hash.slice(5)}:${count}`);
    for (let index = 0; index < background; index += 1) lines.push(`${randomHex(random, 35)}:${1 + Math.floor(random() * 5000)}`);
    if (padding) {
      const target = 800 + Math.floor(random() * 201);
      while (lines.length < target) lines.push(`${randomHex(random, 35)}:0`);
    }
    // Real answers are sorted by suffix; padding lines are mixed in.
    lines.sort();
    return lines.join('\r\n');
  }

  /** Answers the breach API once the fault, the user agent, the key and the rate limit passed. */
  function answerApi(request: IncomingMessage, response: ServerResponse, entry: FakeRequest, url: URL): void {
    const path = url.pathname.slice('/api/v3'.length);
    if (!entry.userAgent) {
      json(response, entry, 403, { statusCode: 403, message: 'Forbidden - no user agent has been specified in the request.' });
      return;
    }
    if (path === '/breaches') {
      const domain = url.searchParams.get('domain');
      json(response, entry, 200, domain ? catalogue.filter((breach) => breach.Domain === domain) : catalogue);
      return;
    }
    if (path.startsWith('/breach/')) {
      const found = catalogue.find((breach) => breach.Name === decodeURIComponent(path.slice('/breach/'.length)));
      if (found) json(response, entry, 200, found);
      else {
        entry.status = 404;
        response.writeHead(404).end();
      }
      return;
    }
    if (path === '/latestbreach') {
      const newest = [...catalogue].sort((a, b) => Date.parse(b.AddedDate) - Date.parse(a.AddedDate))[0];
      json(response, entry, 200, newest ?? {});
      return;
    }
    if (path === '/dataclasses') {
      json(response, entry, 200, [...new Set(catalogue.flatMap((breach) => breach.DataClasses))].sort());
      return;
    }
    const keyHeader = request.headers['hibp-api-key'];
    const plan = typeof keyHeader === 'string' ? keys.get(keyHeader) : undefined;
    if (!plan || typeof keyHeader !== 'string') {
      json(response, entry, 401, { statusCode: 401, message: 'Access denied due to invalid hibp-api-key.' });
      return;
    }
    // Per key, not smoothed: any `rpm` calls within the window, then 429 until the oldest leaves it.
    const now = clock.now();
    const times = (windows.get(keyHeader) ?? []).filter((time) => time > now - windowMs);
    windows.set(keyHeader, times);
    if (times.length >= plan.rpm) {
      const seconds = Math.max(1, Math.ceil((times[0]! + windowMs - now) / 1000));
      json(response, entry, 429, { statusCode: 429, message: `Rate limit is exceeded. Try again in ${seconds} seconds.` }, { 'retry-after': String(seconds) });
      return;
    }
    times.push(now);
    entry.counted = true;

    if (path === '/subscription/status') {
      // The fields HIBP documents for this call (https://haveibeenpwned.com/API/v3#SubscriptionStatus).
      const documented: Record<string, unknown> = {
        SubscriptionName: plan.plan,
        Description: `Up to ${plan.rpm} email searches per minute.`,
        SubscribedUntil: plan.expiresAt ?? '2027-01-01T00:00:00',
        Rpm: plan.rpm,
        DomainSearchMaxBreachedAccounts: domainCapOf(plan),
        MaxBreachedDomains: plan.range ? 50 : 1,
        IncludesStealerLogs: plan.stealerLogs ?? plan.range,
        IncludesBulkDomainAdd: false,
        IncludesAutoSubdomainVerification: false,
        IncludesCustomerDomains: false,
        IncludesKAnon: plan.range,
      };
      json(response, entry, 200, plan.statusBody ? plan.statusBody(documented) : documented);
      return;
    }
    if (path === '/subscribeddomains') {
      json(
        response,
        entry,
        200,
        (plan.domains ?? []).map((domain) => {
          const count = aliasesOn(domain, accounts).size;
          return { DomainName: domain, PwnCount: count, PwnCountExcludingSpamLists: count, PwnCountExcludingSpamListsAtLastSubscriptionRenewal: count, NextSubscriptionRenewal: '2027-01-01T00:00:00' };
        }),
      );
      return;
    }
    if (path.startsWith('/breacheddomain/') || path.startsWith('/stealerlogsbyemaildomain/')) {
      const stealer = path.startsWith('/stealerlogsbyemaildomain/');
      const domain = decodeURIComponent(path.slice(path.indexOf('/', 1) + 1)).toLowerCase();
      // HIBP's 403: a domain this key has not verified, or a feature its plan does not include.
      if (!(plan.domains ?? []).includes(domain)) {
        json(response, entry, 403, { statusCode: 403, message: 'The domain has not been verified for this subscription.' });
        return;
      }
      if (stealer && !(plan.stealerLogs ?? plan.range)) {
        json(response, entry, 403, { statusCode: 403, message: 'Your subscription does not include stealer logs.' });
        return;
      }
      const aliases = aliasesOn(domain, stealer ? stealerLogs : accounts);
      if (!stealer && aliases.size > domainCapOf(plan)) {
        json(response, entry, 403, { statusCode: 403, message: 'The domain has more breached accounts than the subscription allows.' });
        return;
      }
      if (!stealer && aliases.size === 0) {
        entry.status = 404;
        response.writeHead(404).end();
        return;
      }
      json(response, entry, 200, Object.fromEntries(aliases));
      return;
    }
    if (path.startsWith('/breachedaccount/range/')) {
      const prefix = path.slice('/breachedaccount/range/'.length);
      if (!plan.range) {
        json(response, entry, 401, { statusCode: 401, message: 'Your subscription does not include the email range search.' });
        return;
      }
      if (!/^[0-9a-f]{6}$/iu.test(prefix)) {
        json(response, entry, 400, { statusCode: 400, message: 'The hash prefix was not in a valid format.' });
        return;
      }
      const matches: { hashSuffix: string; websites: string[] }[] = [];
      for (const [email, names] of accounts) {
        const hash = emailHash(email);
        if (hash.startsWith(prefix.toUpperCase())) matches.push({ hashSuffix: hash.slice(6), websites: names });
      }
      if (matches.length === 0) {
        entry.status = 404;
        response.writeHead(404).end();
      } else json(response, entry, 200, matches);
      return;
    }
    if (path.startsWith('/breachedaccount/')) {
      let email: string;
      try {
        email = decodeURIComponent(path.slice('/breachedaccount/'.length));
      } catch {
        email = '';
      }
      if (!/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/u.test(email)) {
        json(response, entry, 400, { statusCode: 400, message: 'Bad request — the account does not comply with an acceptable format.' });
        return;
      }
      let names = accounts.get(email.trim().toLowerCase()) ?? [];
      const domain = url.searchParams.get('domain');
      let breaches = fullBreaches(names);
      if (domain) breaches = breaches.filter((breach) => breach.Domain === domain);
      names = breaches.map((breach) => breach.Name);
      if (names.length === 0) {
        entry.status = 404;
        response.writeHead(404).end();
        return;
      }
      // truncateResponse defaults to true: Name only.
      const truncate = url.searchParams.get('truncateResponse')?.toLowerCase() !== 'false';
      json(response, entry, 200, truncate ? names.map((Name) => ({ Name })) : breaches);
      return;
    }
    json(response, entry, 404, { statusCode: 404, message: 'Not found' });
  }

  function answerPwned(request: IncomingMessage, response: ServerResponse, entry: FakeRequest, url: URL): void {
    const match = /^\/pwned\/range\/([0-9a-f]{5})$/iu.exec(url.pathname);
    if (!match) {
      entry.status = 400;
      response.writeHead(400, { 'content-type': 'text/plain' }).end('The hash prefix was not in a valid format');
      return;
    }
    const padding = String(request.headers['add-padding'] ?? '').toLowerCase() === 'true';
    entry.status = 200;
    response.writeHead(200, { 'content-type': 'text/plain', 'cf-cache-status': 'HIT', 'cache-control': 'public, max-age=2678400' });
    response.end(passwordRange(match[1]!.toUpperCase(), padding));
  }

  function answer(request: IncomingMessage, response: ServerResponse, entry: FakeRequest, url: URL): void {
    if (url.pathname.startsWith('/api/v3/')) answerApi(request, response, entry, url);
    else if (url.pathname.startsWith('/pwned/')) answerPwned(request, response, entry, url);
    else json(response, entry, 404, { statusCode: 404, message: 'Not found' });
  }

  function malformedBody(path: string): string {
    if (path.startsWith('/pwned/')) return '<html><body>Captive portal: please log in</body></html>';
    return '<html><body>Captive portal</body></html>';
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const userAgent = request.headers['user-agent'];
    const entry: FakeRequest = {
      method: request.method ?? 'GET',
      url: request.url ?? '/',
      path: url.pathname,
      headers: { ...request.headers },
      hasApiKey: typeof request.headers['hibp-api-key'] === 'string',
      userAgent: typeof userAgent === 'string' && userAgent.length > 0 ? userAgent : null,
      time: clock.now(),
      status: 0,
      answerHeaders: {},
      counted: false,
    };
    log.push(entry);
    const fault = takeFault(url.pathname);
    if (!fault) {
      answer(request, response, entry, url);
      return;
    }
    switch (fault.type) {
      case 'status': {
        entry.status = fault.status;
        entry.answerHeaders = fault.headers ?? {};
        response.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
        response.end(fault.body ?? JSON.stringify({ statusCode: fault.status, message: 'Forced by the test.' }));
        return;
      }
      case 'slow': {
        const timer = setTimeout(() => answer(request, response, entry, url), fault.delayMs);
        response.on('close', () => clearTimeout(timer));
        return;
      }
      case 'held': {
        let closed = false;
        response.on('close', () => (closed = true));
        void fault.until.finally(() => {
          if (!closed) answer(request, response, entry, url);
        });
        return;
      }
      case 'hang':
        return;
      case 'truncated': {
        const body = url.pathname.startsWith('/pwned/')
          ? passwordRange(url.pathname.slice(-5).toUpperCase(), true)
          : JSON.stringify(fullBreaches(['Adobe', 'LinkedIn']));
        entry.status = 200;
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
        response.write(body.slice(0, Math.floor(body.length / 2)));
        setTimeout(() => request.socket.destroy(), 20);
        return;
      }
      case 'malformed': {
        entry.status = 200;
        response.writeHead(200, { 'content-type': url.pathname.startsWith('/pwned/') ? 'text/plain' : 'application/json' });
        response.end(fault.body ?? malformedBody(url.pathname));
        return;
      }
      case 'reset':
        request.socket.resetAndDestroy();
        return;
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function keyedRequests(key?: string): FakeRequest[] {
    return log
      .filter((entry) => entry.hasApiKey && (key === undefined || entry.headers['hibp-api-key'] === key))
      .sort((a, b) => a.time - b.time);
  }

  return {
    baseUrl: `${origin}/api/v3`,
    pwnedBaseUrl: `${origin}/pwned`,
    origin,
    log,
    fault(pathPrefix, fault, times = Number.POSITIVE_INFINITY) {
      faults.push({ match: pathPrefix, fault, left: times });
    },
    clearFaults() {
      faults.length = 0;
    },
    setAccount(email, breachNames) {
      accounts.set(email.trim().toLowerCase(), breachNames);
    },
    setKey(key, plan) {
      keys.set(key, plan);
    },
    setStealerLog(email, websites) {
      stealerLogs.set(email.trim().toLowerCase(), websites);
    },
    addBreach(breach) {
      catalogue.push(breach);
    },
    addPwnedPassword(password, count) {
      pwned.set(sha1Hex(password), count);
    },
    addPwnedHash(sha1, count) {
      pwned.set(sha1.toUpperCase(), count);
    },
    keyedRequests,
    maxInAnyWindow(key) {
      // Every request sent with a key, refused or not: what the client put on the wire.
      const times = keyedRequests(key).map((entry) => entry.time);
      let most = 0;
      let start = 0;
      for (let end = 0; end < times.length; end += 1) {
        while (times[end]! - times[start]! >= windowMs) start += 1;
        most = Math.max(most, end - start + 1);
      }
      return most;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
