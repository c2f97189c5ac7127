import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EmailBreachOutcome } from '../../electron/core/model/schemas/breach.ts';
import { inMemoryCatalogue } from '../../electron/core/breach/breach-catalogue.ts';
import { parseCatalogue } from '../../electron/core/breach/hibp/breaches.ts';
import { createEmailChecker, type EmailChecker, type EmailCheckerOptions } from '../../electron/core/breach/email-checker.ts';
import type { EmailBreachSource } from '../../electron/core/breach/email-source.ts';
import { virtualClock, type VirtualClock } from '../support/clocks.ts';
import { CORE_KEY, FAKE_BREACHES, PRO_KEY, emailHash, startFakeHibp, type FakeFault, type FakeHibp } from '../support/fake-hibp.ts';

// The e-mail breach client against a local HIBP (test/support/fake-hibp.ts). Most assertions read
// the fake's request log: what actually left the machine.

const UA = 'Hygie/0.1.0';
const BREACHED = 'multiple-breaches@hibp-integration-tests.com';
const CLEAN = 'jeanne.dupont@cabinet-dupont.fr';
const catalogue = inMemoryCatalogue(parseCatalogue(JSON.stringify(FAKE_BREACHES))!, '2026-01-05T09:00:00.000Z');

let fake: FakeHibp;
let clock: VirtualClock;
const checkers: EmailChecker[] = [];

beforeAll(async () => {
  fake = await startFakeHibp({ clock: { now: () => clock.now() } });
});
afterEach(async () => {
  await Promise.all(checkers.splice(0).map((checker) => checker.close()));
  fake.clearFaults();
  fake.log.length = 0;
});
afterAll(async () => {
  await fake.close();
});

async function checker(options: Partial<EmailCheckerOptions> = {}): Promise<EmailChecker> {
  clock = virtualClock();
  const created = await createEmailChecker({ hibpBaseUrl: fake.baseUrl, apiKey: PRO_KEY, userAgent: UA, catalogue, clock, ...options });
  checkers.push(created);
  return created;
}

/** A fresh key per test, so one test's window does not spill into the next. */
let keyCounter = 0;
function newKey(plan: { rpm: number; range: boolean }): string {
  keyCounter += 1;
  const key = keyCounter.toString(16).padStart(32, 'a');
  fake.setKey(key, { plan: plan.range ? 'Pro 2' : 'Core 1', ...plan });
  return key;
}

/** A fresh key whose /subscription/status answers `statusBody` (see FakeKey.statusBody). */
function keyAnswering(plan: { plan: string; rpm?: number; range: boolean }, statusBody?: (documented: Record<string, unknown>) => unknown): string {
  keyCounter += 1;
  const key = keyCounter.toString(16).padStart(32, 'b');
  fake.setKey(key, { rpm: 100, ...plan, ...(statusBody ? { statusBody } : {}) });
  return key;
}

/** Requests of the fake's log that carry one of these addresses, in clear or URL-encoded. */
function carryingAddress(emails: readonly string[]) {
  return fake.log.filter((entry) =>
    emails.some((email) => decodeURIComponent(entry.url).toLowerCase().includes(email.toLowerCase()) || entry.url.includes(encodeURIComponent(email))),
  );
}

function only(outcomes: EmailBreachOutcome[]): EmailBreachOutcome {
  expect(outcomes).toHaveLength(1);
  return outcomes[0]!;
}

describe('e-mail breach checks by k-anonymity range (Pro plans)', () => {
  it('finds the breaches of a breached address and sends only a 6-hex prefix, never the address', async () => {
    const hibp = await checker();
    expect(hibp.mode).toBe('range');
    expect(hibp.rpm).toBe(100);
    const found = only(await hibp.check(`  ${BREACHED.toUpperCase()} `));
    expect(found).toMatchObject({ status: 'breached', source: 'hibp-range' });
    const breaches = found.status === 'breached' ? found.breaches : [];
    expect(breaches.map((breach) => breach.name)).toEqual(['Adobe', 'LinkedIn', 'Dropbox']);
    // Enriched from the catalogue: a range answer carries names only.
    expect(breaches[0]).toMatchObject({ title: 'Adobe', breachDate: '2013-10-04', domain: 'adobe.com' });
    expect(breaches[0]!.dataClasses).toContain('Password hints');
    expect(breaches[0]!.descriptionHtml).toContain('153 million');

    expect(only(await hibp.check(CLEAN))).toEqual({ status: 'clean', source: 'hibp-range' });

    const ranges = fake.log.filter((entry) => entry.path.includes('/breachedaccount'));
    expect(ranges).toHaveLength(2);
    for (const entry of ranges) expect(entry.url).toMatch(/^\/api\/v3\/breachedaccount\/range\/[0-9A-F]{6}$/u);
    expect(ranges[0]!.url.endsWith(emailHash(BREACHED).slice(0, 6))).toBe(true);
    const wire = JSON.stringify(fake.log.map((entry) => ({ url: entry.url, headers: entry.headers }))).toLowerCase();
    for (const secret of [BREACHED, CLEAN, 'multiple-breaches', 'jeanne.dupont', encodeURIComponent(CLEAN), emailHash(CLEAN).slice(6)]) {
      expect(wire).not.toContain(secret.toLowerCase());
    }
  });

  it('sends the key only in the hibp-api-key header, and a User-Agent on every request', async () => {
    const hibp = await checker();
    await hibp.check(BREACHED);
    expect(fake.log.length).toBeGreaterThanOrEqual(2);
    for (const entry of fake.log) {
      expect(entry.userAgent).toBe(UA);
      expect(entry.headers['hibp-api-key']).toBe(PRO_KEY);
      expect(entry.url).not.toContain(PRO_KEY);
      const otherHeaders = Object.entries(entry.headers).filter(([name]) => name !== 'hibp-api-key');
      expect(JSON.stringify(otherHeaders)).not.toContain(PRO_KEY);
    }
  });

  it('reads a range answer that does not follow the documented shape as malformed, not clean', async () => {
    const hibp = await checker();
    fake.fault('/api/v3/breachedaccount/range/', { type: 'malformed', body: JSON.stringify({ hashSuffix: 'x' }) });
    expect(only(await hibp.check(BREACHED))).toMatchObject({ status: 'not-checked', reason: 'malformed' });
  });
});

describe('e-mail breach checks by address (Core plans)', () => {
  it('sends the URL-encoded address with truncateResponse=false and reads full breaches', async () => {
    const hibp = await checker({ apiKey: CORE_KEY });
    expect(hibp.mode).toBe('direct');
    expect(hibp.plan).toBe('Core 1');
    expect(hibp.rpm).toBe(10);
    const found = only(await hibp.check(BREACHED));
    expect(found).toMatchObject({ status: 'breached', source: 'hibp' });
    expect(found.status === 'breached' && found.breaches.map((breach) => [breach.name, breach.breachDate])).toEqual([
      ['Adobe', '2013-10-04'],
      ['LinkedIn', '2012-05-05'],
      ['Dropbox', '2012-07-01'],
    ]);
    expect(only(await hibp.check(CLEAN))).toEqual({ status: 'clean', source: 'hibp' });
    const direct = fake.log.filter((entry) => entry.path.startsWith('/api/v3/breachedaccount/'));
    expect(direct.map((entry) => entry.url)).toEqual([
      `/api/v3/breachedaccount/${encodeURIComponent(BREACHED)}?truncateResponse=false`,
      `/api/v3/breachedaccount/${encodeURIComponent(CLEAN)}?truncateResponse=false`,
    ]);
  });

  it('uses the range search only when told to, or when the plan has it', async () => {
    expect((await checker({ apiKey: PRO_KEY, mode: 'direct' })).mode).toBe('direct');
    expect((await checker({ apiKey: CORE_KEY, mode: 'range', rpm: 10 })).mode).toBe('range');
  });

  it('strips script and event handlers from a breach description', async () => {
    fake.setAccount('secretariat@cabinet-dupont.fr', ['Doctissimo']);
    const hibp = await checker({ apiKey: CORE_KEY, catalogue: undefined });
    const found = only(await hibp.check('secretariat@cabinet-dupont.fr'));
    const html = found.status === 'breached' ? found.breaches[0]!.descriptionHtml! : '';
    expect(html).toContain('A French health forum.');
    expect(html).not.toMatch(/<script|onerror|alert\(1\)/iu);
  });
});

describe('the rate limit', () => {
  it('never sends more requests than the RPM in any 60-second window, and loses no e-mail', async () => {
    const key = newKey({ rpm: 10, range: false });
    const hibp = await checker({ apiKey: key });
    expect(hibp.rpm).toBe(10);
    const emails = Array.from({ length: 24 }, (_, index) => `person${index}@cabinet-dupont.fr`);
    // Half one after the other, half all at once: the limiter is shared either way.
    const outcomes: EmailBreachOutcome[] = [];
    for (const email of emails.slice(0, 12)) outcomes.push(...(await hibp.check(email)));
    outcomes.push(...(await Promise.all(emails.slice(12).map((email) => hibp.check(email)))).flat());
    expect(outcomes.filter((outcome) => outcome.status === 'clean')).toHaveLength(24);
    expect(fake.maxInAnyWindow(key)).toBe(10);
    expect(fake.log.filter((entry) => entry.status === 429)).toHaveLength(0);
    expect(fake.keyedRequests(key)).toHaveLength(25);
    expect(hibp.estimateSeconds(10)).toBeGreaterThan(0);
  });

  it('honours retry-after when HIBP counts more than the limiter did', async () => {
    // The setting says 30 a minute; the key really has 10 (HIBP is the one that counts).
    const key = newKey({ rpm: 10, range: false });
    const hibp = await checker({ apiKey: key, rpm: 30, mode: 'direct' });
    const outcomes = (await Promise.all(Array.from({ length: 15 }, (_, index) => hibp.check(`staff${index}@cabinet-dupont.fr`)))).flat();
    expect(outcomes.every((outcome) => outcome.status === 'clean')).toBe(true);
    const keyed = fake.keyedRequests(key);
    const refused = keyed.filter((entry) => entry.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    for (const entry of refused) {
      const wait = Number(entry.answerHeaders['retry-after']) * 1000;
      expect(wait).toBeGreaterThan(0);
      // Nothing went out until the retry-after had passed.
      const next = keyed.filter((later) => later.time > entry.time);
      expect(keyed.filter((later) => later.time > entry.time && later.time < entry.time + wait)).toHaveLength(0);
      expect(next.length).toBeGreaterThan(0);
    }
  });

  it('calls an e-mail rate-limited once its retry budget is spent, with when to try again', async () => {
    const hibp = await checker({ apiKey: CORE_KEY, maxRetries: 2 });
    fake.fault('/api/v3/breachedaccount/', { type: 'status', status: 429, headers: { 'retry-after': '3' } });
    const outcome = only(await hibp.check(BREACHED));
    expect(outcome).toMatchObject({ status: 'not-checked', reason: 'rate-limited', httpStatus: 429 });
    const last = fake.log.filter((entry) => entry.path.startsWith('/api/v3/breachedaccount/'));
    expect(last).toHaveLength(3);
    expect(outcome.status === 'not-checked' && outcome.retryAt).toBe(new Date(last.at(-1)!.time + 3_000).toISOString());
  });

  // Issue 13, F2: a retry-after beyond what the check will wait set a pause for everyone anyway:
  // with 3600 the job went quiet for an hour; with 99999999999 setTimeout overflowed and spun.
  for (const retryAfter of ['3600', '99999999999']) {
    it(`ends every e-mail at once, rate-limited with when to retry, on a retry-after of ${retryAfter} s`, async () => {
      const key = newKey({ rpm: 10, range: false });
      const hibp = await checker({ apiKey: key });
      fake.fault('/api/v3/breachedaccount/', { type: 'status', status: 429, headers: { 'retry-after': retryAfter } });
      const emails = Array.from({ length: 6 }, (_, index) => `person${index}@cabinet-dupont.fr`);
      const outcomes = [only(await hibp.check(emails[0]!))];
      outcomes.push(...(await Promise.all(emails.slice(1).map((email) => hibp.check(email)))).map(only));
      const refused = fake.log.filter((entry) => entry.path.startsWith('/api/v3/breachedaccount/'));
      // One refusal says it for the key: the e-mails after it are not sent to be refused too.
      expect(refused).toHaveLength(1);
      const expected = Math.min(Number(retryAfter) * 1000, 24 * 60 * 60_000);
      for (const outcome of outcomes) {
        expect(outcome).toMatchObject({ status: 'not-checked', reason: 'rate-limited', retryAt: new Date(refused[0]!.time + expected).toISOString() });
      }
      // Nobody waited for it: no pause longer than the budget (5 minutes) was ever slept.
      expect(Math.max(0, ...clock.sleeps)).toBeLessThanOrEqual(5 * 60_000);
      expect(hibp.estimateSeconds(10)).toBe(0);
    });
  }
});

describe('reading the plan (/subscription/status) waits like every other call, and can be cancelled', () => {
  // Issue 13, F3: the plan lookup ignored retry-after (a minute per retry) and its signal.
  it('honours the retry-after of a 429 on the status call', async () => {
    const key = newKey({ rpm: 10, range: true });
    fake.fault('/api/v3/subscription/status', { type: 'status', status: 429, headers: { 'retry-after': '7' } }, 2);
    const hibp = await checker({ apiKey: key });
    expect(hibp).toMatchObject({ mode: 'range', modeKnown: true, keyStatus: { result: 'valid' } });
    const asked = fake.log.filter((entry) => entry.path === '/api/v3/subscription/status');
    expect(asked.map((entry) => entry.status)).toEqual([429, 429, 200]);
    expect(asked[1]!.time - asked[0]!.time).toBeGreaterThanOrEqual(7_000);
    expect(asked[1]!.time - asked[0]!.time).toBeLessThan(60_000);
  });

  it('a status retry-after beyond the budget: nothing is sent, each e-mail is rate-limited with when to retry', async () => {
    const key = newKey({ rpm: 10, range: true });
    fake.fault('/api/v3/subscription/status', { type: 'status', status: 429, headers: { 'retry-after': '3600' } });
    const hibp = await checker({ apiKey: key });
    expect(hibp.modeKnown).toBe(false);
    const [asked] = fake.log;
    expect(only(await hibp.check(BREACHED))).toMatchObject({
      status: 'not-checked',
      reason: 'rate-limited',
      retryAt: new Date(asked!.time + 3_600_000).toISOString(),
    });
    expect(fake.log).toHaveLength(1);
  });

  it('stops waiting for the plan when its signal aborts, and sends nothing', async () => {
    fake.fault('/api/v3/subscription/status', { type: 'hang' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('Ctrl-C')), 50);
    const started = Date.now();
    const hibp = await checker({ apiKey: PRO_KEY, timeoutMs: 10_000, signal: controller.signal });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(only(await hibp.check(BREACHED, controller.signal))).toMatchObject({ status: 'not-checked', reason: 'cancelled' });
    expect(fake.log.filter((entry) => entry.path.includes('/breachedaccount'))).toEqual([]);
  });

  it('stops waiting out a status retry-after when its signal aborts', async () => {
    fake.fault('/api/v3/subscription/status', { type: 'status', status: 429, headers: { 'retry-after': '120' } });
    const controller = new AbortController();
    // Real time, so the wait is a real one: only the abort can end it early.
    const pending = createEmailChecker({ hibpBaseUrl: fake.baseUrl, apiKey: PRO_KEY, userAgent: UA, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('Ctrl-C')), 100);
    const started = Date.now();
    const hibp = await pending;
    checkers.push(hibp);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(fake.log.filter((entry) => entry.path === '/api/v3/subscription/status')).toHaveLength(1);
  });
});

describe('failures are "not checked" with their reason, never clean', () => {
  const cases: { name: string; fault: FakeFault; expected: Partial<EmailBreachOutcome> & Record<string, unknown> }[] = [
    { name: '401 invalid key', fault: { type: 'status', status: 401 }, expected: { reason: 'invalid-key', httpStatus: 401 } },
    {
      name: '403 Cloudflare block with its ray id',
      fault: { type: 'status', status: 403, headers: { 'cf-ray': '8a1b2c3d4e5f6789-CDG' }, body: '<html>Attention Required</html>' },
      expected: { reason: 'blocked', httpStatus: 403, rayId: '8a1b2c3d4e5f6789-CDG' },
    },
    { name: '400 bad request', fault: { type: 'status', status: 400 }, expected: { reason: 'bad-request', httpStatus: 400 } },
    { name: '503 beyond the retries', fault: { type: 'status', status: 503 }, expected: { reason: 'unavailable', httpStatus: 503 } },
    { name: 'no answer in time', fault: { type: 'hang' }, expected: { reason: 'timeout' } },
    { name: 'a truncated answer', fault: { type: 'truncated' }, expected: { reason: 'malformed' } },
    { name: 'a captive-portal page', fault: { type: 'malformed' }, expected: { reason: 'malformed' } },
    { name: 'a reset connection', fault: { type: 'reset' }, expected: { reason: 'network' } },
  ];
  for (const mode of ['range', 'direct'] as const) {
    for (const { name, fault, expected } of cases) {
      it(`${mode}: ${name}`, async () => {
        const hibp = await checker({ apiKey: PRO_KEY, mode, timeoutMs: 400, maxRetries: 2 });
        fake.fault('/api/v3/breachedaccount/', fault);
        const outcome = only(await hibp.check(BREACHED));
        expect(outcome).toMatchObject({ status: 'not-checked', source: mode === 'range' ? 'hibp-range' : 'hibp', ...expected });
      });
    }
  }

  it('retries a passing 503 and then answers', async () => {
    const hibp = await checker({ apiKey: CORE_KEY });
    fake.fault('/api/v3/breachedaccount/', { type: 'status', status: 503 }, 2);
    expect(only(await hibp.check(BREACHED))).toMatchObject({ status: 'breached' });
    expect(fake.log.filter((entry) => entry.path.startsWith('/api/v3/breachedaccount/')).map((entry) => entry.status)).toEqual([503, 503, 200]);
  });

  it('is cancelled by its signal while waiting for an answer', async () => {
    const hibp = await checker({ apiKey: CORE_KEY, timeoutMs: 10_000 });
    fake.fault('/api/v3/breachedaccount/', { type: 'hang' });
    const controller = new AbortController();
    const pending = hibp.check(BREACHED, controller.signal);
    setTimeout(() => controller.abort(), 50);
    expect(only(await pending)).toMatchObject({ status: 'not-checked', reason: 'cancelled' });
  });

  it('is cancelled while waiting for the rate limit, without sending', async () => {
    const key = newKey({ rpm: 1, range: false });
    const hibp = await checker({ apiKey: key, rpm: 1, mode: 'direct' });
    await hibp.check(CLEAN);
    const controller = new AbortController();
    controller.abort();
    expect(only(await hibp.check(BREACHED, controller.signal))).toMatchObject({ status: 'not-checked', reason: 'cancelled' });
    expect(fake.log.filter((entry) => entry.path.startsWith('/api/v3/breachedaccount/'))).toHaveLength(1);
  });

  it('sends no address with a key HIBP rejected', async () => {
    const hibp = await checker({ apiKey: 'ffffffffffffffffffffffffffffffff' });
    expect(hibp.keyStatus).toMatchObject({ result: 'invalid' });
    expect(only(await hibp.check(BREACHED))).toMatchObject({ status: 'not-checked', reason: 'invalid-key' });
    expect(fake.log.map((entry) => entry.path)).toEqual(['/api/v3/subscription/status']);
  });

  it('does not send an address HIBP would refuse', async () => {
    const hibp = await checker({ apiKey: CORE_KEY });
    expect(only(await hibp.check('not an address'))).toMatchObject({ status: 'not-checked', reason: 'bad-request' });
    expect(fake.log.filter((entry) => entry.path.startsWith('/api/v3/breachedaccount/'))).toHaveLength(0);
  });
});

describe('without a key, and with local sources', () => {
  const corpus: EmailBreachSource = {
    source: 'corpus:ameli-2024',
    check: async (email) =>
      email === CLEAN
        ? { status: 'breached', source: 'corpus:ameli-2024', breaches: [{ name: 'Fuite 2024', title: 'Fuite 2024', breachDate: '2024-03-01', dataClasses: [] }] }
        : { status: 'clean', source: 'corpus:ameli-2024' },
  };

  it('says not-checked "no-key" and sends nothing when HIBP has no key and nothing else can answer', async () => {
    const hibp = await checker({ apiKey: null });
    expect(hibp.mode).toBe('none');
    expect(only(await hibp.check(BREACHED))).toEqual({ status: 'not-checked', source: 'hibp', reason: 'no-key' });
    expect(hibp.estimateSeconds(50)).toBe(0);
    expect(fake.log).toHaveLength(0);
  });

  it('asks the local sources, alone without a key and after HIBP with one', async () => {
    const local = await checker({ apiKey: null, extraSources: [corpus] });
    expect(await local.check(CLEAN)).toMatchObject([{ status: 'breached', source: 'corpus:ameli-2024' }]);
    const both = await checker({ apiKey: PRO_KEY, extraSources: [corpus] });
    expect(await both.check(CLEAN)).toMatchObject([
      { status: 'clean', source: 'hibp-range' },
      { status: 'breached', source: 'corpus:ameli-2024' },
    ]);
  });
});

describe('the plan decides the range search: IncludesKAnon first, the plan name only without it', () => {
  it('a plan named "Pro" whose status says IncludesKAnon: false is asked by address', async () => {
    const key = keyAnswering({ plan: 'Pro 1', range: false });
    const hibp = await checker({ apiKey: key });
    expect(hibp.mode).toBe('direct');
    expect(hibp.keyStatus).toMatchObject({ result: 'valid', rangeSearch: false, rangeSearchFrom: 'flag' });
  });

  it('a plan with any name whose status says IncludesKAnon: true sends prefixes only', async () => {
    const key = keyAnswering({ plan: 'Pwned 2', range: true });
    const hibp = await checker({ apiKey: key });
    expect(hibp.mode).toBe('range');
    expect(only(await hibp.check(BREACHED))).toMatchObject({ status: 'breached', source: 'hibp-range' });
    expect(carryingAddress([BREACHED])).toEqual([]);
  });

  it('an older answer without flags falls back on the plan name', async () => {
    const key = keyAnswering({ plan: 'Pro 3', range: true }, ({ IncludesKAnon: _kAnon, IncludesStealerLogs: _logs, ...rest }) => rest);
    const hibp = await checker({ apiKey: key });
    expect(hibp.mode).toBe('range');
    expect(hibp.keyStatus).toMatchObject({ result: 'valid', plan: 'Pro 3', rangeSearchFrom: 'plan-name' });
  });

  it('keeps what the plan includes for later features (stealer logs, domain search)', async () => {
    const hibp = await checker({ apiKey: PRO_KEY });
    expect(hibp.keyStatus).toMatchObject({
      result: 'valid',
      features: { kAnon: true, stealerLogs: true, domainSearchMaxBreachedAccounts: 10_000, maxBreachedDomains: 50 },
    });
  });
});

describe('when the plan cannot be read', () => {
  // Issue 13, F1: a Pro key whose /subscription/status answered 200 with nothing readable was
  // taken for a plan without the range search, and every address went out in full.
  const unreadable: [string, (documented: Record<string, unknown>) => unknown][] = [
    ['{}', () => ({})],
    ['[]', () => []],
    ['a SubscriptionName that is a number', ({ IncludesKAnon: _kAnon, ...rest }) => ({ ...rest, SubscriptionName: 3 })],
    ['no SubscriptionName and no flags', ({ SubscriptionName: _name, IncludesKAnon: _kAnon, ...rest }) => rest],
  ];
  for (const [name, statusBody] of unreadable) {
    it(`a Pro key whose status answers ${name} sends no address: nothing at all with no earlier mode`, async () => {
      const key = keyAnswering({ plan: 'Pro 1', range: true }, statusBody);
      const hibp = await checker({ apiKey: key });
      expect(hibp.modeKnown).toBe(false);
      expect(hibp.keyStatus).toMatchObject({ result: 'unexpected', httpStatus: 200 });
      const outcomes = await Promise.all([BREACHED, CLEAN].map((email) => hibp.check(email)));
      for (const outcome of outcomes) expect(only(outcome)).toMatchObject({ status: 'not-checked', reason: 'malformed' });
      expect(carryingAddress([BREACHED, CLEAN])).toEqual([]);
      expect(fake.log.filter((entry) => entry.path.includes('/breachedaccount'))).toEqual([]);
    });
  }

  it('a Pro key whose status answers {} keeps its earlier range mode: prefixes only', async () => {
    const key = keyAnswering({ plan: 'Pro 1', range: true }, () => ({}));
    const hibp = await checker({ apiKey: key, previousMode: 'range' });
    expect(hibp).toMatchObject({ mode: 'range', modeKnown: true });
    expect(only(await hibp.check(BREACHED))).toMatchObject({ status: 'breached', source: 'hibp-range' });
    expect(carryingAddress([BREACHED])).toEqual([]);
  });

  it('sends no address at all rather than guessing the direct search, and says why', async () => {
    fake.fault('/api/v3/subscription/status', { type: 'status', status: 503 });
    const hibp = await checker({ maxRetries: 1 });
    expect(hibp.modeKnown).toBe(false);
    expect(only(await hibp.check(BREACHED))).toMatchObject({ status: 'not-checked', reason: 'unavailable' });
    expect(fake.log.filter((entry) => entry.path.includes('/breachedaccount'))).toEqual([]);
  });

  it('keeps the mode this key had last time: a range-capable key goes on sending prefixes only', async () => {
    fake.fault('/api/v3/subscription/status', { type: 'reset' });
    const hibp = await checker({ maxRetries: 1, previousMode: 'range' });
    expect(hibp).toMatchObject({ mode: 'range', modeKnown: true });
    expect(only(await hibp.check(BREACHED))).toMatchObject({ status: 'breached', source: 'hibp-range' });
    const sent = fake.log.filter((entry) => entry.path.includes('/breachedaccount'));
    expect(sent.map((entry) => entry.url)).toEqual([`/api/v3/breachedaccount/range/${emailHash(BREACHED).slice(0, 6)}`]);
  });
});
