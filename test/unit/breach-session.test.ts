import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EmailBreachSource } from '../../electron/core/breach/email-source.ts';
import { cancelledOutcomes, expectedSources, openBreachSession, type BreachSession } from '../../electron/core/breach/breach-session.ts';
import type { HibpAccount } from '../../electron/core/breach/hibp/hibp-account.ts';
import type { SecretName, SecretStore } from '../../electron/core/store/secret-store.ts';
import { closeAllCores, openCore, PRACTICE } from '../support/core.ts';
import { testSecrets } from '../support/keychain.ts';
import { PRO_KEY, startFakeHibp, type FakeHibp } from '../support/fake-hibp.ts';

// One breach session for "check all staff" and `hygie audit`: the catalogue, then the plan, then
// the addresses, and the sources every address is answered for. And the key is read once a job.

const UA = 'Hygie/0.1.0';
const BREACHED = 'multiple-breaches@hibp-integration-tests.com';
const corpus: EmailBreachSource = { source: 'corpus:fuite-2024', check: async () => ({ status: 'clean', source: 'corpus:fuite-2024' }) };

let fake: FakeHibp;
const sessions: BreachSession[] = [];
beforeAll(async () => {
  fake = await startFakeHibp();
});
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((session) => session.close()));
  await closeAllCores();
  fake.clearFaults();
  fake.log.length = 0;
});
afterAll(async () => {
  await fake.close();
});

async function open(account: Partial<HibpAccount>): Promise<BreachSession> {
  const session = await openBreachSession({
    account: { apiKey: PRO_KEY, baseUrl: fake.baseUrl, remembered: null, ...account },
    userAgent: UA,
    corpora: [corpus],
    signal: new AbortController().signal,
    checker: { maxRetries: 0, timeoutMs: 2_000 },
  });
  sessions.push(session);
  return session;
}

describe('a breach session', () => {
  it('loads the catalogue, reads the plan, asks the verified domains, then checks: HIBP first, then each corpus', async () => {
    const session = await open({});
    expect(session.sources).toEqual(['hibp-range', 'corpus:fuite-2024']);
    const outcomes = await session.checker.check(BREACHED);
    expect(outcomes.map((outcome) => [outcome.source, outcome.status])).toEqual([
      ['hibp-range', 'breached'],
      ['corpus:fuite-2024', 'clean'],
    ]);
    // Titled from the catalogue: a range answer names its breaches only.
    expect(outcomes[0]!.status === 'breached' && outcomes[0]!.breaches[0]).toMatchObject({ name: 'Adobe', breachDate: '2013-10-04' });
    expect(fake.log.map((entry) => entry.path.replace(/[0-9A-F]{6}$/u, '…'))).toEqual([
      '/api/v3/breaches',
      '/api/v3/subscription/status',
      '/api/v3/subscribeddomains',
      '/api/v3/breachedaccount/range/…',
    ]);
    // The key verified no domain: nothing was searched whole.
    expect(session.domainSearch.domains.size).toBe(0);
  });

  it('without a key asks HIBP nothing, not even the catalogue, and answers from the corpora', async () => {
    const session = await open({ apiKey: null });
    expect(session.sources).toEqual(['corpus:fuite-2024']);
    expect(await session.checker.check(BREACHED)).toEqual([{ status: 'clean', source: 'corpus:fuite-2024' }]);
    expect(fake.log).toEqual([]);
  });

  it('keeps the mode this key had at this HIBP when the plan cannot be read, and none from another HIBP', async () => {
    fake.fault('/api/v3/subscription/status', { type: 'status', status: 503 });
    const remembered = { mode: 'range' as const, plan: 'Pro 1', hibpBaseUrl: fake.baseUrl, at: '2026-01-05T09:00:00.000Z' };
    const same = await open({ remembered });
    expect(same.checker).toMatchObject({ mode: 'range', modeKnown: true });
    const elsewhere = await open({ remembered: { ...remembered, hibpBaseUrl: 'https://mirror.example.fr/api/v3' } });
    expect(elsewhere.checker.modeKnown).toBe(false);
    expect(await elsewhere.checker.check(BREACHED)).toMatchObject([{ status: 'not-checked', reason: 'unavailable' }, { status: 'clean' }]);
  });

  it('records an address the cancel left behind as not checked for every source it would have asked', () => {
    const account: HibpAccount = { apiKey: PRO_KEY, baseUrl: fake.baseUrl, remembered: null };
    expect(expectedSources(account, [corpus])).toEqual(['hibp', 'corpus:fuite-2024']);
    const range = { ...account, remembered: { mode: 'range' as const, plan: null, hibpBaseUrl: fake.baseUrl, at: '' } };
    expect(cancelledOutcomes(expectedSources(range, [corpus]))).toEqual([
      { status: 'not-checked', source: 'hibp-range', reason: 'cancelled' },
      { status: 'not-checked', source: 'corpus:fuite-2024', reason: 'cancelled' },
    ]);
    expect(expectedSources({ ...account, apiKey: null }, [])).toEqual([]);
  });
});

/** The keychain, counting its reads by name. */
function countingSecrets(inner: SecretStore): SecretStore & { reads: Map<SecretName, number> } {
  const reads = new Map<SecretName, number>();
  return {
    reads,
    description: inner.description,
    get: (name) => {
      reads.set(name, (reads.get(name) ?? 0) + 1);
      return inner.get(name);
    },
    set: (name, value) => inner.set(name, value),
    delete: (name) => inner.delete(name),
  };
}

describe('the HIBP key on a "check all staff" click', () => {
  it('is read twice: once to choose the e-mails, once for the whole job (not once per step)', async () => {
    const secrets = countingSecrets(testSecrets());
    const core = openCore({ secrets, core: { jobs: { breach: { checker: { timeoutMs: 3_000, maxRetries: 0 } } } } });
    await core.call('practice.save', PRACTICE);
    for (const email of [BREACHED, 'helene.lefevre@cabinet-dupont.fr', 'accueil@cabinet-dupont.fr']) {
      await core.call('staff.create', { firstName: 'Agent', lastName: email.slice(0, 6), role: 'secretary', roleLabel: null, emails: [email], services: [] });
    }
    await core.call('services.set', { hibpBaseUrl: fake.baseUrl });
    await core.call('services.setHibpKey', { apiKey: PRO_KEY });
    secrets.reads.clear();
    const { jobId } = await core.call<{ jobId: string }>('breach.checkAll');
    expect(await core.jobs.finished(jobId)).toBe('completed');
    expect(secrets.reads.get('hibp-api-key')).toBe(2);
  });
});
