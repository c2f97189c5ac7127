import { afterEach, describe, expect, it } from 'vitest';
import type { BreachResults } from '../../electron/core/model/schemas/breach-check.ts';
import { closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';
import { PRO_KEY, startFakeHibp, type FakeHibp } from '../support/fake-hibp.ts';

// "Check all staff" with a key that verified the practice's domain: one /breacheddomain call
// answers every address on it (only the domain is sent), the others (Gmail…) still go one by
// one, aliases HIBP knows that are not on the staff list are reported, stealer logs are fetched
// when the plan includes them. A search that does not answer never makes an address clean: its
// addresses go one by one instead, within the same rate limit.

const DOMAIN = PRACTICE.emailDomain;
const fakes: FakeHibp[] = [];
afterEach(async () => {
  await closeAllCores();
  for (const fake of fakes.splice(0)) await fake.close();
});

const FAST = { core: { jobs: { breach: { checker: { timeoutMs: 3_000, maxRetries: 0 } } } } };
const STAFF = Array.from({ length: 20 }, (_, index) => `personne${String(index + 1).padStart(2, '0')}@${DOMAIN}`);
const GMAIL = ['marie.durand@gmail.com', 'paul.martin@gmail.com'];

async function fake(plan: Partial<Parameters<FakeHibp['setKey']>[1]> = {}): Promise<FakeHibp> {
  const started = await startFakeHibp({
    accounts: {
      [STAFF[0]!]: ['Adobe'],
      [STAFF[1]!]: ['Adobe', 'LinkedIn'],
      [`ancien.stagiaire@${DOMAIN}`]: ['Dropbox'],
      [GMAIL[0]!]: ['LinkedIn'],
    },
    stealerLogs: { [STAFF[2]!]: ['espacepro.ameli.fr', 'netflix.com'], [`accueil@${DOMAIN}`]: ['mailiz.mssante.fr'] },
  });
  started.setKey(PRO_KEY, { plan: 'Pro 1', rpm: 1_000, range: true, domains: [DOMAIN, 'autre-cabinet.fr'], ...plan });
  fakes.push(started);
  return started;
}

async function practice(core: Core, hibp: FakeHibp, emails: readonly string[] = [...STAFF, ...GMAIL]): Promise<void> {
  await core.call('practice.save', PRACTICE);
  let index = 0;
  for (const email of emails) {
    index += 1;
    await core.call('staff.create', { firstName: `Prénom${index}`, lastName: `Nom${index}`, role: 'secretary', roleLabel: null, emails: [email], services: [] });
  }
  await core.call('services.set', { hibpBaseUrl: hibp.baseUrl });
  await core.call('services.setHibpKey', { apiKey: PRO_KEY });
}

async function checkAll(core: Core): Promise<BreachResults> {
  const started = await core.call<{ jobId: string }>('breach.checkAll');
  expect(await core.jobs.finished(started.jobId)).toBe('completed');
  return core.call<BreachResults>('breach.results');
}

function outcomeOf(results: BreachResults, email: string) {
  const found = results.persons.flatMap((person) => person.emails).find((entry) => entry.email === email);
  if (!found) throw new Error(`no result for ${email}`);
  return found;
}

const paths = (hibp: FakeHibp, prefix: string) => hibp.log.filter((entry) => entry.path.startsWith(`/api/v3${prefix}`));

describe('the whole-domain search in "check all staff"', () => {
  it('checks 20 addresses on a verified domain with one breacheddomain call and none of their own; Gmail still by range', async () => {
    const hibp = await fake();
    const core = openCore(FAST);
    await practice(core, hibp);
    const results = await checkAll(core);

    expect(paths(hibp, '/subscribeddomains')).toHaveLength(1);
    expect(paths(hibp, '/breacheddomain/').map((entry) => entry.url)).toEqual([`/api/v3/breacheddomain/${DOMAIN}`]);
    expect(paths(hibp, '/stealerlogsbyemaildomain/').map((entry) => entry.url)).toEqual([`/api/v3/stealerlogsbyemaildomain/${DOMAIN}`]);
    // The two Gmail addresses went by hash prefix; nothing on the domain was asked on its own, and no address left whole.
    expect(paths(hibp, '/breachedaccount/range/')).toHaveLength(2);
    expect(paths(hibp, '/breachedaccount/').length).toBe(2);
    for (const entry of hibp.log) expect(entry.url).not.toMatch(/@|%40/u);

    expect(outcomeOf(results, STAFF[0]!).results[0]!.outcome).toMatchObject({ status: 'breached', source: 'hibp-domain' });
    const two = outcomeOf(results, STAFF[1]!).results[0]!.outcome;
    // Titled from the catalogue, as a range answer would be.
    expect(two.status === 'breached' && two.breaches.map((breach) => [breach.title, breach.breachDate])).toEqual([
      ['Adobe', '2013-10-04'],
      ['LinkedIn', '2012-05-05'],
    ]);
    expect(outcomeOf(results, STAFF[5]!)).toMatchObject({ status: 'clean', results: [{ outcome: { status: 'clean', source: 'hibp-domain' } }] });
    expect(outcomeOf(results, GMAIL[0]!).results[0]!.outcome).toMatchObject({ status: 'breached', source: 'hibp-range' });
    expect(outcomeOf(results, GMAIL[1]!).results[0]!.outcome).toMatchObject({ status: 'clean', source: 'hibp-range' });
    expect(results.summary).toMatchObject({ emails: 22, breached: 3, clean: 19, notChecked: 0 });

    // The domain's aliases HIBP knows but the staff list does not.
    expect(results.domains.aliasesNotOnRoster).toEqual([
      { domain: DOMAIN, alias: 'accueil', address: `accueil@${DOMAIN}`, breaches: [], stealerLogWebsites: ['mailiz.mssante.fr'], ignored: false },
      {
        domain: DOMAIN,
        alias: 'ancien.stagiaire',
        address: `ancien.stagiaire@${DOMAIN}`,
        breaches: [expect.objectContaining({ name: 'Dropbox', title: 'Dropbox' })],
        stealerLogWebsites: [],
        ignored: false,
      },
    ]);
    // A stealer log on espacepro.ameli.fr is about amelipro; an unknown website is named as it is.
    expect(results.domains.stealerLogs).toEqual([
      expect.objectContaining({
        email: STAFF[2],
        websites: [
          { website: 'espacepro.ameli.fr', service: 'amelipro', entry: 'amelipro', firstSeenAt: expect.any(String) },
          { website: 'netflix.com', service: null, entry: null, firstSeenAt: expect.any(String) },
        ],
        // The page shows the report's own finding: its title and its playbook, in both languages.
        title: {
          fr: `Un mot de passe tapé sur un ordinateur infecté a été volé\u202f: ${STAFF[2]} (amelipro (espacepro.ameli.fr), netflix.com)`,
          en: expect.stringContaining(STAFF[2]!),
        },
        playbook: { fr: expect.any(Array), en: expect.any(Array) },
      }),
    ]);
    const hit = results.domains.stealerLogs[0]!;
    expect(hit.playbook.fr).toHaveLength(5);
    expect(hit.playbook.en).toHaveLength(5);
    expect(hit.playbook.fr[1]).toContain('amelipro (espacepro.ameli.fr), netflix.com');
    expect(results.domains).toMatchObject({
      verified: { domains: [DOMAIN, 'autre-cabinet.fr'] },
      domains: [{ domain: DOMAIN, breaches: { status: 'answered' }, stealerLogs: { status: 'answered' } }],
      stealerLogsInPlan: true,
    });
  });

  it('"ignore" sets an alias aside and keeps it listed as ignored; "add to staff" takes it off the list', async () => {
    const hibp = await fake();
    const core = openCore(FAST);
    await practice(core, hibp, STAFF.slice(0, 3));
    await checkAll(core);
    await core.call('breach.ignoreAlias', { address: `ACCUEIL@${DOMAIN}` });
    let results = await core.call<BreachResults>('breach.results');
    expect(results.domains.aliasesNotOnRoster.map((alias) => [alias.address, alias.ignored])).toEqual([
      [`accueil@${DOMAIN}`, true],
      [`ancien.stagiaire@${DOMAIN}`, false],
    ]);
    await core.call('breach.addAliasToStaff', { address: `ancien.stagiaire@${DOMAIN}`, firstName: 'Ancien', lastName: 'Stagiaire' });
    results = await core.call<BreachResults>('breach.results');
    expect(results.domains.aliasesNotOnRoster.map((alias) => alias.address)).toEqual([`accueil@${DOMAIN}`]);
    // The new person's address has not been checked yet: it says so, never clean.
    expect(outcomeOf(results, `ancien.stagiaire@${DOMAIN}`).status).toBe('not-checked');
    await expect(core.call('breach.ignoreAlias', { address: 'inconnu@ailleurs.fr' })).rejects.toMatchObject({ code: 'breach-alias-unknown' });
  });

  it('falls back to one call per address when the domain search fails, and never calls its addresses clean', async () => {
    const hibp = await fake();
    const core = openCore(FAST);
    await practice(core, hibp, STAFF.slice(0, 4));
    hibp.fault('/api/v3/breacheddomain/', { type: 'status', status: 503 });
    let results = await checkAll(core);
    expect(paths(hibp, '/breacheddomain/')).toHaveLength(1);
    expect(paths(hibp, '/breachedaccount/range/')).toHaveLength(4);
    expect(outcomeOf(results, STAFF[0]!).results[0]!.outcome).toMatchObject({ status: 'breached', source: 'hibp-range' });
    expect(results.domains.domains[0]!.breaches).toMatchObject({ status: 'not-checked', reason: 'unavailable', httpStatus: 503, lastAnsweredAt: null });

    // Both routes failing: every address is not checked, with its reason.
    hibp.log.length = 0;
    hibp.fault('/api/v3/breachedaccount/range/', { type: 'status', status: 403, headers: { 'cf-ray': '8f2c1d3e4b5a6978-CDG' } });
    const started = await core.call<{ jobId: string }>('breach.checkAll', { force: true });
    await core.jobs.finished(started.jobId);
    results = await core.call<BreachResults>('breach.results');
    // The breach found earlier stays a fact; the others are not checked, never clean.
    expect(outcomeOf(results, STAFF[0]!).status).toBe('breached');
    for (const email of STAFF.slice(2, 4)) {
      expect(outcomeOf(results, email)).toMatchObject({ status: 'not-checked', results: [{ outcome: { reason: 'blocked', rayId: '8f2c1d3e4b5a6978-CDG' } }] });
    }
    expect(results.summary.clean).toBe(0);
  });

  it('goes one by one when the verified domains cannot be read, or the domain is larger than the plan allows', async () => {
    const hibp = await fake({ domainCap: 1 });
    const core = openCore(FAST);
    await practice(core, hibp, STAFF.slice(0, 3));
    let results = await checkAll(core);
    // Two breached aliases on the domain, a plan capped at one: not asked, every address by range.
    expect(paths(hibp, '/breacheddomain/')).toHaveLength(0);
    expect(paths(hibp, '/breachedaccount/range/')).toHaveLength(3);
    expect(results.domains.domains[0]!.breaches).toMatchObject({ status: 'too-large', pwnCount: 3, cap: 1 });

    hibp.log.length = 0;
    hibp.fault('/api/v3/subscribeddomains', { type: 'status', status: 403, headers: { 'cf-ray': '8f2c1d3e4b5a6978-CDG' } });
    const started = await core.call<{ jobId: string }>('breach.checkAll', { force: true });
    await core.jobs.finished(started.jobId);
    results = await core.call<BreachResults>('breach.results');
    expect(paths(hibp, '/breachedaccount/range/')).toHaveLength(3);
    expect(results.domains.verified).toMatchObject({ domains: null, reason: 'blocked', httpStatus: 403, rayId: '8f2c1d3e4b5a6978-CDG' });
  });

  it('with a plan without stealer logs, asks none and says so', async () => {
    const hibp = await fake({ stealerLogs: false });
    const core = openCore(FAST);
    await practice(core, hibp, STAFF.slice(0, 3));
    const results = await checkAll(core);
    expect(paths(hibp, '/stealerlogsbyemaildomain/')).toHaveLength(0);
    expect(results.domains.stealerLogsInPlan).toBe(false);
    expect(results.domains.domains[0]!.stealerLogs).toMatchObject({ status: 'not-in-plan' });
    expect(results.domains.stealerLogs).toEqual([]);
  });

  it('keeps the last answered stealer logs when a later search fails, and drops a site HIBP no longer lists', async () => {
    const hibp = await fake();
    const core = openCore(FAST);
    await practice(core, hibp, STAFF.slice(0, 3));
    await checkAll(core);
    hibp.fault('/api/v3/stealerlogsbyemaildomain/', { type: 'hang' }, 1);
    let started = await core.call<{ jobId: string }>('breach.checkAll', { force: true });
    await core.jobs.finished(started.jobId);
    let results = await core.call<BreachResults>('breach.results');
    expect(results.domains.domains[0]!.stealerLogs).toMatchObject({ status: 'not-checked', reason: 'timeout', lastAnsweredAt: expect.any(String) });
    expect(results.domains.stealerLogs[0]!.websites.map((site) => site.website)).toEqual(['espacepro.ameli.fr', 'netflix.com']);

    hibp.setStealerLog(STAFF[2]!, ['espacepro.ameli.fr']);
    started = await core.call<{ jobId: string }>('breach.checkAll', { force: true });
    await core.jobs.finished(started.jobId);
    results = await core.call<BreachResults>('breach.results');
    expect(results.domains.stealerLogs[0]!.websites.map((site) => site.website)).toEqual(['espacepro.ameli.fr']);
  });
});
