import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBreachCatalogue } from '../../electron/core/breach/breach-catalogue.ts';
import { openStore } from '../../electron/core/store/store.ts';
import { forgetTestSecrets, testSecrets } from '../support/keychain.ts';
import { startFakeHibp } from '../support/fake-hibp.ts';

// The catalogue cached in the encrypted store (migration 2) survives a restart, so reopening the
// app the same day does not ask HIBP again.

const dir = mkdtempSync(join(tmpdir(), 'hygie-catalogue-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await forgetTestSecrets();
});

describe('the breach catalogue in the store', () => {
  it('is kept across a restart and reused for a day', async () => {
    const fake = await startFakeHibp();
    const secrets = testSecrets();
    const now = () => new Date('2026-01-05T09:00:00Z');
    try {
      const first = await openStore({ dataDir: dir, secrets, actor: 'test:secretariat', now });
      const fetched = await loadBreachCatalogue({ hibpBaseUrl: fake.baseUrl, userAgent: 'Hygie/0.1.0', cache: first.breachCatalogue, now });
      expect(fetched).toMatchObject({ ok: true, from: 'network' });
      first.close();

      const second = await openStore({ dataDir: dir, secrets, actor: 'test:secretariat', now });
      const later = () => new Date('2026-01-05T17:00:00Z');
      const cached = await loadBreachCatalogue({ hibpBaseUrl: fake.baseUrl, userAgent: 'Hygie/0.1.0', cache: second.breachCatalogue, now: later });
      expect(cached).toMatchObject({ ok: true, from: 'cache' });
      expect(cached.ok && cached.catalogue.lookup('Adobe')).toMatchObject({ title: 'Adobe', breachDate: '2013-10-04' });
      expect(cached.ok && cached.catalogue.fetchedAt).toBe('2026-01-05T09:00:00.000Z');
      expect(fake.log.filter((entry) => entry.path === '/api/v3/breaches')).toHaveLength(1);
      // Another API root (a mirror, say) has its own copy.
      expect(second.breachCatalogue.get('https://haveibeenpwned.com/api/v3')).toBeNull();
      second.close();
    } finally {
      await fake.close();
    }
  });
});
