import { afterEach, describe, expect, it } from 'vitest';
import type { DesktopNotice } from '../../electron/core/api/desktop-notifier.ts';
import type { WatchStatus } from '../../electron/core/model/schemas/watch.ts';
import type { BreachResults } from '../../electron/core/model/schemas/breach-check.ts';
import { closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';
import { fakeBreach, PRO_KEY, startFakeHibp, type FakeHibp } from '../support/fake-hibp.ts';

// The daily watch: one public call a day (/latestbreach) notices a breach HIBP added since the
// staff's last full check and starts one re-check — the usual job, resumable and paced — or,
// without a key, tells the practice; a re-check older than the cadence runs the same way; what a
// re-check finds that was not known before becomes a desktop notification.

const DOMAIN = PRACTICE.emailDomain;
const MARIE = `marie.curie@${DOMAIN}`;
const PAUL = 'paul.martin@gmail.com';
const DAY_MS = 24 * 60 * 60 * 1000;
const fakes: FakeHibp[] = [];
afterEach(async () => {
  await closeAllCores();
  for (const fake of fakes.splice(0)) await fake.close();
});

async function fake(): Promise<FakeHibp> {
  const started = await startFakeHibp({ accounts: { [PAUL]: ['Adobe'] } });
  started.setKey(PRO_KEY, { plan: 'Pro 1', rpm: 1_000, range: true, domains: [DOMAIN] });
  fakes.push(started);
  return started;
}

/** A core; `after`: the same data folder and keychain as an earlier one (Hygie started again). */
function core(options: { after?: Core; offsetMs?: number; notices?: DesktopNotice[] } = {}): Core {
  return openCore({
    ...(options.after ? { dataDir: options.after.dataDir, secrets: options.after.secrets } : {}),
    ...(options.notices ? { notify: (notice: DesktopNotice) => options.notices!.push(notice) } : {}),
    core: {
      jobs: { breach: { checker: { timeoutMs: 3_000, maxRetries: 0 } } },
      watch: { now: () => new Date(Date.now() + (options.offsetMs ?? 0)), timeoutMs: 2_000 },
    },
  });
}

async function practice(target: Core, hibp: FakeHibp, key = true): Promise<void> {
  await target.call('practice.save', PRACTICE);
  for (const [firstName, email] of [['Marie', MARIE], ['Paul', PAUL]] as const) {
    await target.call('staff.create', { firstName, lastName: 'Test', role: 'secretary', roleLabel: null, emails: [email], services: [] });
  }
  await target.call('services.set', { hibpBaseUrl: hibp.baseUrl });
  if (key) await target.call('services.setHibpKey', { apiKey: PRO_KEY });
}

async function fullCheck(target: Core): Promise<void> {
  const started = await target.call<{ jobId: string }>('breach.checkAll');
  await target.jobs.finished(started.jobId);
}

const latestCalls = (hibp: FakeHibp) => hibp.log.filter((entry) => entry.path === '/api/v3/latestbreach').length;

describe('the daily watch for new breaches', () => {
  it('starts one re-check when /latestbreach shows a breach added since the last check; a second start the same day does not', async () => {
    const hibp = await fake();
    const first = core();
    await practice(first, hibp);
    await fullCheck(first);
    // The first look only learns what is newest: nothing is new yet.
    expect(await first.watcher.runNow()).toMatchObject({ askedLatest: true, newBreach: null, recheck: null });

    // A breach is added to HIBP after the check, Marie's address in it; the next day's look sees it.
    await new Promise((resolve) => setTimeout(resolve, 5));
    hibp.addBreach(fakeBreach('CabinetLeak', { AddedDate: new Date().toISOString(), Title: 'Cabinet Leak' }));
    hibp.setAccount(MARIE, ['CabinetLeak']);
    const nextDay = core({ after: first, offsetMs: DAY_MS });
    first.close();
    const run = await nextDay.watcher.runNow();
    expect(run).toMatchObject({ askedLatest: true, newBreach: { name: 'CabinetLeak' }, recheck: { trigger: 'new-breach' } });
    expect(await nextDay.jobs.finished(run.recheck!.jobId)).toBe('completed');
    const results = await nextDay.call<BreachResults>('breach.results');
    expect(results.persons.flatMap((person) => person.emails).find((email) => email.email === MARIE)!.status).toBe('breached');
    expect(latestCalls(hibp)).toBe(2);

    // Hygie started again the same day: nothing asked, nothing started.
    const again = core({ after: first, offsetMs: DAY_MS });
    nextDay.close();
    expect(await again.watcher.runNow()).toEqual({ askedLatest: false, newBreach: null, recheck: null, noticed: false });
    expect(latestCalls(hibp)).toBe(2);
    const status = await again.call<WatchStatus>('watch.status');
    expect(status.lastRecheck).toMatchObject({ trigger: 'new-breach', breach: 'CabinetLeak' });
    expect(status.latest!.breach).toMatchObject({ name: 'CabinetLeak', title: 'Cabinet Leak' });
  });

  it('tells the practice what a re-check found that was not known, as a desktop notification', async () => {
    const hibp = await fake();
    const notices: DesktopNotice[] = [];
    const target = core({ notices });
    await practice(target, hibp);
    await fullCheck(target);
    await target.watcher.runNow();
    await new Promise((resolve) => setTimeout(resolve, 5));
    hibp.addBreach(fakeBreach('CabinetLeak', { AddedDate: new Date().toISOString() }));
    hibp.setAccount(MARIE, ['CabinetLeak']);
    hibp.setStealerLog(MARIE, ['espacepro.ameli.fr']);
    const later = core({ after: target, offsetMs: DAY_MS, notices });
    target.close();
    const run = await later.watcher.runNow();
    await later.jobs.finished(run.recheck!.jobId);
    await expect.poll(() => notices.length).toBe(1);
    expect(notices[0]).toEqual({
      title: 'Hygie\u202f: une vérification a trouvé du nouveau',
      body: '1 adresse du cabinet figure dans une nouvelle fuite. 1 mot de passe a été volé sur un ordinateur infecté. Ouvrez Hygie, page Fuites de données, pour savoir quoi faire.',
    });
    // A manual check that finds nothing new tells nobody.
    await later.call('breach.checkAll', { force: true }).then((started) => later.jobs.finished((started as { jobId: string }).jobId));
    expect(notices).toHaveLength(1);
  });

  it('without a key, tells the practice a new breach exists instead, until it is dismissed', async () => {
    const hibp = await fake();
    const notices: DesktopNotice[] = [];
    const target = core({ notices });
    await practice(target, hibp);
    await fullCheck(target);
    await target.watcher.runNow();
    await target.call('services.removeHibpKey');
    await new Promise((resolve) => setTimeout(resolve, 5));
    hibp.addBreach(fakeBreach('CabinetLeak', { AddedDate: new Date().toISOString(), Title: 'Cabinet Leak' }));
    const later = core({ after: target, offsetMs: DAY_MS, notices });
    target.close();
    expect(await later.watcher.runNow()).toMatchObject({ newBreach: { name: 'CabinetLeak' }, recheck: null, noticed: true });
    expect(notices).toEqual([{ title: 'Hygie\u202f: une nouvelle fuite de données est connue', body: expect.stringContaining('«\u202fCabinet Leak\u202f»') }]);
    let status = await later.call<WatchStatus>('watch.status');
    expect(status).toMatchObject({ hasKey: false, notice: { name: 'CabinetLeak', title: 'Cabinet Leak' } });
    status = await later.call<WatchStatus>('watch.dismissNotice');
    expect(status.notice).toBeNull();
  });

  it('with an address never checked there is no full check: a new breach is told all the same', async () => {
    const hibp = await fake();
    const target = core();
    // No key, never checked: the first look only learns HIBP's newest breach.
    await practice(target, hibp, false);
    expect(await target.watcher.runNow()).toMatchObject({ newBreach: null, noticed: false });
    await new Promise((resolve) => setTimeout(resolve, 5));
    hibp.addBreach(fakeBreach('CabinetLeak', { AddedDate: new Date().toISOString(), Title: 'Cabinet Leak' }));
    const later = core({ after: target, offsetMs: DAY_MS });
    target.close();
    expect(await later.watcher.runNow()).toMatchObject({ newBreach: { name: 'CabinetLeak' }, noticed: true });
    expect(await later.call<WatchStatus>('watch.status')).toMatchObject({ daysSinceLastCheck: null, notice: { name: 'CabinetLeak' } });
  });

  it('runs a re-check when the last one is older than the cadence, once that day', async () => {
    const hibp = await fake();
    const target = core();
    await practice(target, hibp);
    await fullCheck(target);
    expect((await target.watcher.runNow()).recheck).toBeNull();
    expect(await target.call<WatchStatus>('watch.status')).toMatchObject({ due: false, daysSinceLastCheck: 0, recheckDays: 30 });
    const later = core({ after: target, offsetMs: 31 * DAY_MS });
    target.close();
    const run = await later.watcher.runNow();
    expect(run.recheck).toMatchObject({ trigger: 'due' });
    await later.jobs.finished(run.recheck!.jobId);
    expect((await later.watcher.runNow()).recheck).toBeNull();
  });

  it('asks /latestbreach again at the next look when it did not answer, and never starts a job on a failure', async () => {
    const hibp = await fake();
    const target = core();
    await practice(target, hibp);
    await fullCheck(target);
    hibp.fault('/api/v3/latestbreach', { type: 'status', status: 503 }, 1);
    expect(await target.watcher.runNow()).toMatchObject({ askedLatest: true, newBreach: null, recheck: null });
    expect((await target.call<WatchStatus>('watch.status')).latest).toMatchObject({ failure: { reason: 'unavailable', httpStatus: 503 } });
    expect(await target.watcher.runNow()).toMatchObject({ askedLatest: true });
    expect((await target.call<WatchStatus>('watch.status')).latest).toMatchObject({ failure: null, breach: { name: expect.any(String) } });
    expect(latestCalls(hibp)).toBe(2);
  });

  it('keeps the cadence the practice sets, within 1 to 365 days, and offers no login item without a desktop', async () => {
    const hibp = await fake();
    const target = core();
    await practice(target, hibp);
    expect(await target.call<WatchStatus>('watch.setSettings', { recheckDays: 7 })).toMatchObject({ recheckDays: 7, startAtLogin: null });
    await expect(target.call('watch.setSettings', { recheckDays: 0 })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(target.call('watch.setSettings', { recheckDays: 400 })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(target.call('watch.setSettings', { startAtLogin: true })).rejects.toMatchObject({ code: 'desktop-unavailable' });
  });

  it('turns "start with the computer" on and off through the login item, off by default', async () => {
    let enabled = false;
    const target = openCore({ loginItem: { enabled: () => enabled, setEnabled: (value) => (enabled = value) } });
    await target.call('practice.save', PRACTICE);
    expect((await target.call<WatchStatus>('watch.status')).startAtLogin).toBe(false);
    expect((await target.call<WatchStatus>('watch.setSettings', { startAtLogin: true })).startAtLogin).toBe(true);
    expect(enabled).toBe(true);
    expect((await target.call<WatchStatus>('watch.setSettings', { startAtLogin: false })).startAtLogin).toBe(false);
  });
});
