import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { breachedDomain } from '../../electron/core/breach/hibp/breached-domain.ts';
import { latestBreach } from '../../electron/core/breach/hibp/latest-breach.ts';
import { stealerLogsByEmailDomain } from '../../electron/core/breach/hibp/stealer-logs-by-email-domain.ts';
import { subscribedDomains } from '../../electron/core/breach/hibp/subscribed-domains.ts';
import { CORE_KEY, fakeBreach, PRO_KEY, startFakeHibp, type FakeHibp } from '../support/fake-hibp.ts';

// The organisation endpoints (verified domains, a domain's breached aliases, its stealer logs) and
// the public latest breach, each with the fault treatment every HIBP call has: 401, 403 with the
// ray id, 429 with its wait, 5xx, a timeout, an unreadable body — and a 404 read as "nothing
// found" only where the documentation says so (/breacheddomain), "unexpected" elsewhere.

const UA = 'Hygie/0.1.0';
const DOMAIN = 'cabinet-dupont.fr';
const RAY = '8f2c1d3e4b5a6978-CDG';
let fake: FakeHibp;
const options = (apiKey: string = PRO_KEY) => ({ baseUrl: fake.baseUrl, userAgent: UA, apiKey, timeoutMs: 1_000 });

beforeAll(async () => {
  fake = await startFakeHibp({
    accounts: { [`jeanne@${DOMAIN}`]: ['Adobe'], [`ancien.stagiaire@${DOMAIN}`]: ['Adobe', 'LinkedIn'], 'marie@gmail.com': ['Dropbox'] },
    stealerLogs: { [`jeanne@${DOMAIN}`]: ['espacepro.ameli.fr', 'netflix.com'] },
  });
  fake.setKey(PRO_KEY, { plan: 'Pro 1', rpm: 100, range: true, domains: [DOMAIN, 'vide.fr'] });
});
afterEach(() => {
  fake.clearFaults();
  fake.log.length = 0;
});
afterAll(async () => {
  await fake.close();
});

/** Every fault, the same way on each endpoint. */
async function faults(call: () => Promise<unknown>, path: string): Promise<unknown[]> {
  const seen: unknown[] = [];
  fake.fault(path, { type: 'status', status: 401 }, 1);
  seen.push(await call());
  fake.fault(path, { type: 'status', status: 403, headers: { 'cf-ray': RAY } }, 1);
  seen.push(await call());
  fake.fault(path, { type: 'status', status: 429, headers: { 'retry-after': '3' } }, 1);
  seen.push(await call());
  fake.fault(path, { type: 'status', status: 503 }, 1);
  seen.push(await call());
  fake.fault(path, { type: 'hang' }, 1);
  seen.push(await call());
  fake.fault(path, { type: 'malformed', body: '["not", "an", "object"]' }, 1);
  seen.push(await call());
  fake.fault(path, { type: 'truncated' }, 1);
  seen.push(await call());
  fake.fault(path, { type: 'reset' }, 1);
  seen.push(await call());
  return seen;
}

const KEYED_FAULTS = [
  { ok: false, reason: 'invalid-key', httpStatus: 401 },
  { ok: false, reason: 'blocked', httpStatus: 403, rayId: RAY },
  { ok: false, reason: 'rate-limited', httpStatus: 429, retryAfterMs: 3_000 },
  { ok: false, reason: 'unavailable', httpStatus: 503 },
  { ok: false, reason: 'timeout' },
  { ok: false, reason: 'malformed', httpStatus: 200 },
  { ok: false, reason: 'malformed' },
  { ok: false, reason: 'network' },
];

describe('GET /subscribeddomains', () => {
  it('lists the verified domains with their counts; [] is no domain, a 404 is unexpected', async () => {
    const answer = await subscribedDomains(options());
    expect(answer).toEqual({
      ok: true,
      value: [
        { domain: DOMAIN, pwnCount: 2, nextRenewal: '2027-01-01T00:00:00' },
        { domain: 'vide.fr', pwnCount: 0, nextRenewal: '2027-01-01T00:00:00' },
      ],
    });
    expect(await subscribedDomains(options(CORE_KEY))).toEqual({ ok: true, value: [] });
    fake.fault('/api/v3/subscribeddomains', { type: 'status', status: 404 }, 1);
    expect(await subscribedDomains(options())).toEqual({ ok: false, reason: 'malformed', httpStatus: 404 });
    fake.fault('/api/v3/subscribeddomains', { type: 'malformed', body: '{"DomainName":"x"}' }, 1);
    expect(await subscribedDomains(options())).toEqual({ ok: false, reason: 'malformed', httpStatus: 200 });
  });

  it('has the fault treatment of every keyed call', async () => {
    expect(await faults(() => subscribedDomains(options()), '/api/v3/subscribeddomains')).toEqual(KEYED_FAULTS);
  });
});

describe('GET /breacheddomain/{domain}', () => {
  it('answers every breached alias in one call, sending the domain only', async () => {
    const answer = await breachedDomain(DOMAIN, options());
    expect(answer.ok && Object.fromEntries(answer.value)).toEqual({ jeanne: ['Adobe'], 'ancien.stagiaire': ['Adobe', 'LinkedIn'] });
    expect(fake.log.map((entry) => entry.url)).toEqual([`/api/v3/breacheddomain/${DOMAIN}`]);
    expect(fake.log[0]!.url).not.toContain('@');
  });

  it('reads its documented 404 as "no breached alias", a 403 for an unverified domain as blocked', async () => {
    expect(await breachedDomain('vide.fr', options())).toEqual({ ok: true, value: new Map() });
    expect(await breachedDomain('gmail.com', options())).toEqual({ ok: false, reason: 'blocked', httpStatus: 403 });
  });

  it('refuses an answer that is not alias → breach names', async () => {
    for (const body of ['[]', '{"jeanne":"Adobe"}', '{"a@b":["Adobe"]}', '{"jeanne":[1]}', 'null']) {
      fake.fault('/api/v3/breacheddomain/', { type: 'malformed', body }, 1);
      expect(await breachedDomain(DOMAIN, options()), body).toEqual({ ok: false, reason: 'malformed', httpStatus: 200 });
    }
  });

  it('has the fault treatment of every keyed call', async () => {
    expect(await faults(() => breachedDomain(DOMAIN, options()), '/api/v3/breacheddomain/')).toEqual(KEYED_FAULTS);
  });
});

describe('GET /stealerlogsbyemaildomain/{domain}', () => {
  it('answers each captured alias with the websites, {} when none; a 404 is unexpected there', async () => {
    const answer = await stealerLogsByEmailDomain(DOMAIN, options());
    expect(answer.ok && Object.fromEntries(answer.value)).toEqual({ jeanne: ['espacepro.ameli.fr', 'netflix.com'] });
    expect(await stealerLogsByEmailDomain('vide.fr', options())).toEqual({ ok: true, value: new Map() });
    fake.fault('/api/v3/stealerlogsbyemaildomain/', { type: 'status', status: 404 }, 1);
    expect(await stealerLogsByEmailDomain(DOMAIN, options())).toEqual({ ok: false, reason: 'malformed', httpStatus: 404 });
  });

  it('is blocked (403) for a plan without stealer logs', async () => {
    fake.setKey(CORE_KEY, { plan: 'Core 1', rpm: 10, range: false, domains: [DOMAIN] });
    try {
      expect(await stealerLogsByEmailDomain(DOMAIN, options(CORE_KEY))).toEqual({ ok: false, reason: 'blocked', httpStatus: 403 });
    } finally {
      fake.setKey(CORE_KEY, { plan: 'Core 1', rpm: 10, range: false });
    }
  });

  it('has the fault treatment of every keyed call', async () => {
    expect(await faults(() => stealerLogsByEmailDomain(DOMAIN, options()), '/api/v3/stealerlogsbyemaildomain/')).toEqual(KEYED_FAULTS);
  });
});

describe('GET /latestbreach', () => {
  it('answers the newest breach by AddedDate, with no key sent', async () => {
    fake.addBreach(fakeBreach('NouvelleFuite', { AddedDate: '2031-03-04T05:06:07Z' }));
    const answer = await latestBreach({ baseUrl: fake.baseUrl, userAgent: UA, timeoutMs: 1_000 });
    expect(answer.ok && answer.value.breach.name).toBe('NouvelleFuite');
    expect(answer.ok && answer.value.addedAt).toBe('2031-03-04T05:06:07.000Z');
    expect(fake.log[0]!.hasApiKey).toBe(false);
  });

  it('calls an answer without a readable AddedDate, a 404 or a 401 unexpected', async () => {
    const call = () => latestBreach({ baseUrl: fake.baseUrl, userAgent: UA, timeoutMs: 1_000 });
    fake.fault('/api/v3/latestbreach', { type: 'malformed', body: '{"Name":"X","AddedDate":"yesterday"}' }, 1);
    expect(await call()).toEqual({ ok: false, reason: 'malformed', httpStatus: 200 });
    fake.fault('/api/v3/latestbreach', { type: 'status', status: 404 }, 1);
    expect(await call()).toEqual({ ok: false, reason: 'malformed', httpStatus: 404 });
    fake.fault('/api/v3/latestbreach', { type: 'status', status: 401 }, 1);
    expect(await call()).toEqual({ ok: false, reason: 'malformed', httpStatus: 401 });
    fake.fault('/api/v3/latestbreach', { type: 'status', status: 403, headers: { 'cf-ray': RAY } }, 1);
    expect(await call()).toEqual({ ok: false, reason: 'blocked', httpStatus: 403, rayId: RAY });
    fake.fault('/api/v3/latestbreach', { type: 'status', status: 503 }, 1);
    expect(await call()).toEqual({ ok: false, reason: 'unavailable', httpStatus: 503 });
    fake.fault('/api/v3/latestbreach', { type: 'hang' }, 1);
    expect(await call()).toEqual({ ok: false, reason: 'timeout' });
  });
});
