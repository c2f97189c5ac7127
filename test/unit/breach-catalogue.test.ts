import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BreachFound } from '../../electron/core/model/schemas/breach.ts';
import { loadBreachCatalogue, type CatalogueCache } from '../../electron/core/breach/breach-catalogue.ts';
import { stripActiveHtml } from '../../electron/core/breach/hibp/breach-object.ts';
import { parseCatalogue } from '../../electron/core/breach/hibp/breaches.ts';
import { startFakeHibp, type FakeHibp } from '../support/fake-hibp.ts';

// HIBP's breach catalogue (/breaches, no key): fetched, parsed loosely, cached for a day.

const UA = 'Hygie/0.1.0';
let fake: FakeHibp;

beforeAll(async () => {
  fake = await startFakeHibp();
});
afterEach(() => {
  fake.clearFaults();
  fake.log.length = 0;
});
afterAll(async () => {
  await fake.close();
});

function memoryCache(): CatalogueCache & { rows: Map<string, { fetchedAt: string; breaches: BreachFound[] }> } {
  const rows = new Map<string, { fetchedAt: string; breaches: BreachFound[] }>();
  return { rows, get: (baseUrl) => rows.get(baseUrl) ?? null, put: (baseUrl, fetchedAt, breaches) => rows.set(baseUrl, { fetchedAt, breaches }) };
}

const at = (iso: string) => () => new Date(iso);

describe('the breach catalogue', () => {
  it('loads /breaches without a key and finds a breach by name', async () => {
    const loaded = await loadBreachCatalogue({ hibpBaseUrl: fake.baseUrl, userAgent: UA });
    expect(loaded).toMatchObject({ ok: true, from: 'network' });
    const catalogue = loaded.ok ? loaded.catalogue : null;
    expect(catalogue?.size).toBe(4);
    expect(catalogue?.lookup('Adobe')).toMatchObject({
      name: 'Adobe',
      title: 'Adobe',
      breachDate: '2013-10-04',
      domain: 'adobe.com',
      dataClasses: ['Email addresses', 'Password hints', 'Passwords', 'Usernames'],
      isVerified: true,
      isSensitive: false,
    });
    expect(catalogue?.lookup('linkedin')?.name).toBe('LinkedIn');
    expect(catalogue?.lookup('NoSuchBreach')).toBeNull();
    expect(fake.log).toHaveLength(1);
    expect(fake.log[0]).toMatchObject({ path: '/api/v3/breaches', hasApiKey: false, userAgent: UA });
  });

  it('keeps descriptions as HTML but without scripts or event handlers', async () => {
    const loaded = await loadBreachCatalogue({ hibpBaseUrl: fake.baseUrl, userAgent: UA });
    const html = loaded.ok ? loaded.catalogue.lookup('Doctissimo')?.descriptionHtml : null;
    expect(html).toContain('A French health forum.');
    expect(html).not.toMatch(/script|onerror|alert/iu);
    expect(loaded.ok && loaded.catalogue.lookup('Adobe')?.descriptionHtml).toContain('<a href="https://www.adobe.com"');
    expect(stripActiveHtml('<a href="javascript:alert(1)" onclick=\'x()\'>x</a><style>a{}</style>')).toBe('<a href="#">x</a>');
  });

  it('accepts unknown fields and skips odd entries, but calls a non-catalogue a malformed answer', () => {
    expect(parseCatalogue(JSON.stringify([{ Name: 'New', Title: 'New', IsStealerLog: true, Future: { x: 1 } }, { nope: 1 }]))).toEqual([
      { name: 'New', title: 'New', breachDate: null, dataClasses: [], domain: null, descriptionHtml: null },
    ]);
    expect(parseCatalogue('[]')).toEqual([]);
    expect(parseCatalogue('{"Name":"Adobe"}')).toBeNull();
    expect(parseCatalogue('[{"nope":1}]')).toBeNull();
    expect(parseCatalogue('<html>')).toBeNull();
  });

  it('gives an error value, not a crash, when the answer is malformed, cut, blocked or down', async () => {
    fake.fault('/api/v3/breaches', { type: 'malformed' }, 1);
    expect(await loadBreachCatalogue({ hibpBaseUrl: fake.baseUrl, userAgent: UA })).toEqual({ ok: false, reason: 'malformed', httpStatus: 200 });
    fake.fault('/api/v3/breaches', { type: 'truncated' }, 1);
    expect(await loadBreachCatalogue({ hibpBaseUrl: fake.baseUrl, userAgent: UA })).toEqual({ ok: false, reason: 'malformed' });
    fake.fault('/api/v3/breaches', { type: 'status', status: 403, headers: { 'cf-ray': '8a1b-CDG' } }, 1);
    expect(await loadBreachCatalogue({ hibpBaseUrl: fake.baseUrl, userAgent: UA })).toEqual({ ok: false, reason: 'blocked', httpStatus: 403, rayId: '8a1b-CDG' });
    fake.fault('/api/v3/breaches', { type: 'status', status: 503 }, 1);
    expect(await loadBreachCatalogue({ hibpBaseUrl: fake.baseUrl, userAgent: UA })).toEqual({ ok: false, reason: 'unavailable', httpStatus: 503 });
    fake.fault('/api/v3/breaches', { type: 'hang' }, 1);
    expect(await loadBreachCatalogue({ hibpBaseUrl: fake.baseUrl, userAgent: UA, timeoutMs: 300 })).toEqual({ ok: false, reason: 'timeout' });
  });

  it('asks HIBP at most once a day, and falls back to an older copy when HIBP is down', async () => {
    const cache = memoryCache();
    const options = { hibpBaseUrl: `${fake.baseUrl}/`, userAgent: UA, cache };
    expect(await loadBreachCatalogue({ ...options, now: at('2026-01-05T09:00:00Z') })).toMatchObject({ ok: true, from: 'network' });
    expect([...cache.rows.keys()]).toEqual([fake.baseUrl]);
    expect(await loadBreachCatalogue({ ...options, now: at('2026-01-06T08:59:00Z') })).toMatchObject({ ok: true, from: 'cache' });
    expect(fake.log).toHaveLength(1);
    // A day later it is fetched again.
    expect(await loadBreachCatalogue({ ...options, now: at('2026-01-06T09:00:01Z') })).toMatchObject({ ok: true, from: 'network' });
    expect(fake.log).toHaveLength(2);
    expect(cache.rows.get(fake.baseUrl)?.fetchedAt).toBe('2026-01-06T09:00:01.000Z');
    // Down the next day: yesterday's copy still names the breaches.
    fake.fault('/api/v3/breaches', { type: 'status', status: 503 });
    const stale = await loadBreachCatalogue({ ...options, now: at('2026-01-08T09:00:00Z') });
    expect(stale).toMatchObject({ ok: true, from: 'stale-cache' });
    expect(stale.ok && stale.catalogue.lookup('Dropbox')?.breachDate).toBe('2012-07-01');
  });
});
