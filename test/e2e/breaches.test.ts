import type { Page } from 'playwright-core';
import { ERROR_MESSAGES } from '../../electron/core/model/error-messages.ts';
import type { BreachResults } from '../../electron/core/model/schemas/breach-check.ts';
import { describe, expect, it } from 'vitest';
import { screenshot, type HygieSession } from '../support/browser-harness.ts';
import { CORE_KEY, PRO_KEY, type FakeHibp } from '../support/fake-hibp.ts';
import { callCore, escapeRegExp, expectNoSeriousAxeViolations, fakeHibp, harnessPerFile, messages, openWithPractice } from './setup-fixtures.ts';

// The Breaches page end to end: Chromium, the real router and store, and the fake HIBP on loopback.
// "Check all staff" runs as a job: progress bar with ETA, survives navigation, cancel; each
// address shows what was found, or why it could not be checked, with a retry.

const BREACHED = 'account-exists@hibp-integration-tests.com';
const MANY = 'multiple-breaches@hibp-integration-tests.com';
const CLEAN = 'helene.lefevre@cabinet-du-parc.fr';
const RAY_ID = '8f2c1d3e4b5a6978-CDG';

// One address at a time, so that the progress bar can be watched between two answers.
const CORE_OPTIONS = { jobs: { breach: { concurrency: 1, checker: { timeoutMs: 5_000, maxRetries: 0 } } } };

const files = harnessPerFile();
const { sessions } = files;

async function must(session: HygieSession, name: string, input?: unknown): Promise<unknown> {
  const envelope = await session.router.call(name, input);
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.code}`);
  return envelope.value;
}

async function addStaff(session: HygieSession, hibp: FakeHibp): Promise<void> {
  await must(session, 'staff.create', { firstName: 'Hélène', lastName: 'Lefèvre', role: 'secretary', roleLabel: null, emails: [CLEAN], services: [] });
  await must(session, 'staff.create', {
    firstName: 'François',
    lastName: 'Garçon',
    role: 'physician',
    roleLabel: null,
    emails: [BREACHED, MANY],
    services: ['amelipro'],
  });
  await must(session, 'services.set', { hibpBaseUrl: hibp.baseUrl });
  await must(session, 'services.setHibpKey', { apiKey: CORE_KEY });
}

function personCard(page: Page, name: string) {
  return page.locator(`[data-person="${name}"]`);
}

function emailCard(page: Page, email: string) {
  return page.locator(`[data-email="${email}"]`);
}

describe('the Breaches page', () => {
  it('checks the whole team with a progress bar, shows breaches and what could not be checked, and retries (fr)', async () => {
    const m = messages.fr.breaches;
    const hibp = await fakeHibp(files);
    // A longer client timeout: the held answer must not time out while the test is away.
    const core = { jobs: { breach: { ...CORE_OPTIONS.jobs.breach, checker: { ...CORE_OPTIONS.jobs.breach.checker, timeoutMs: 60_000 } } } };
    const session = await openWithPractice(files.harness, { locale: 'fr-FR', core });
    sessions.push(session);
    await addStaff(session, hibp);
    // Hélène's lookup is blocked once by the service's firewall; the others answer slowly enough to watch.
    hibp.fault(`/api/v3/breachedaccount/${encodeURIComponent(CLEAN)}`, { type: 'status', status: 403, headers: { 'cf-ray': RAY_ID } }, 1);
    // The last address is held until the test has been away and back, so the job cannot end
    // while the user is on the Staff page, however slow the machine is.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    hibp.fault('/api/v3/breachedaccount/', { type: 'slow', delayMs: 1_500 }, 1);
    hibp.fault('/api/v3/breachedaccount/', { type: 'held', until: held }, 1);
    const { page } = session;
    await page.goto(`${session.url}#/breaches`);

    await expect.poll(() => page.locator('[data-mode]').getAttribute('data-mode'), { timeout: 15_000 }).toBe('unknown');
    await expect.poll(() => page.locator('[data-status="not-checked"] .status-tile__value').innerText(), { timeout: 15_000 }).toBe('3');
    await page.getByRole('button', { name: m.run.checkAll }).click();

    const progress = page.getByRole('progressbar', { name: m.progress.label });
    await progress.waitFor();
    expect(await progress.getAttribute('max')).toBe('3');
    await expect.poll(() => page.locator('.breach-progress').innerText(), { timeout: 15_000 }).toMatch(/En cours\u202f: .+@/u);
    await expect.poll(() => page.locator('.breach-progress .job-progress__eta').innerText(), { timeout: 15_000 }).toMatch(/Temps restant/u);
    // Results show as each address finishes, while the job goes on.
    await expect.poll(() => page.locator('.breach-progress .job-progress__count').innerText(), { timeout: 15_000 }).toMatch(/^[12] sur 3 adresses$/u);
    await expect.poll(() => page.locator('.breach-email .status-chip').allInnerTexts(), { timeout: 15_000 }).not.toEqual([m.status.neverChecked, m.status.neverChecked, m.status.neverChecked]);
    expect(Number(await progress.getAttribute('value'))).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'fr-breaches-progress');

    // The job goes on while the user is elsewhere; back on the page, its progress is there again.
    await page.getByRole('link', { name: messages.fr.nav.staff }).click();
    await page.getByRole('heading', { level: 1, name: messages.fr.pages.staff.title }).waitFor();
    await page.getByRole('link', { name: messages.fr.nav.breaches }).click();
    await page.getByRole('heading', { level: 1, name: messages.fr.pages.breaches.title }).waitFor();
    await progress.waitFor();
    release();

    await page.getByText(m.run.finished.completed).waitFor({ timeout: 20_000 });
    expect(await progress.count()).toBe(0);

    // Direct mode (a Core plan): the page says, in words, that each address was sent; the plan
    // and the endpoint are folded for the IT provider.
    const modeNotice = page.locator('.breach-mode');
    expect(await page.locator('[data-mode]').getAttribute('data-mode')).toBe('direct');
    expect(await modeNotice.innerText()).toContain(m.mode.direct);
    expect(await modeNotice.innerText()).not.toContain('/breachedaccount/');
    await modeNotice.getByText(messages.fr.providerDetails.summary).click();
    expect(await modeNotice.innerText()).toContain('GET /breachedaccount/');

    const garcon = personCard(page, 'François Garçon');
    expect(await garcon.locator('.status-chip').first().innerText()).toBe(m.status.personBreached);
    const many = emailCard(page, MANY);
    for (const title of ['Adobe', 'LinkedIn', 'Dropbox']) await many.getByRole('heading', { level: 4, name: title }).waitFor();
    expect(await many.innerText()).toContain('Password hints');
    expect(await many.innerText()).toMatch(/Fuite du 4 octobre 2013/u);
    // HIBP's HTML keeps its emphasis, never a link or a script.
    const description = many.locator('.breach-item__description').first();
    expect(await description.locator('em').count()).toBe(1);
    expect(await many.locator('.breach-item__description a, .breach-item__description script').count()).toBe(0);
    expect(await garcon.getByRole('heading', { level: 4, name: m.actions.title }).count()).toBe(1);
    expect(await garcon.getByRole('link', { name: m.actions.walkthrough }).getAttribute('href')).toBe('#/walkthrough');

    const helene = emailCard(page, CLEAN);
    expect(await helene.locator('.status-chip').innerText()).toBe(m.status.notChecked);
    expect(await helene.innerText()).toContain(m.reason.blocked);
    // The firewall's ray id is for the IT provider, folded under the sentence.
    expect(await helene.innerText()).not.toContain(RAY_ID);
    await helene.getByText(messages.fr.providerDetails.summary).click();
    expect(await helene.innerText()).toContain(RAY_ID);
    // Not checked is counted on its own, never as clean.
    expect(await page.locator('[data-status="breached"] .status-tile__value').innerText()).toBe('2');
    expect(await page.locator('[data-status="clean"] .status-tile__value').innerText()).toBe('0');
    expect(await page.locator('[data-status="not-checked"] .status-tile__value').innerText()).toBe('1');
    await expectNoSeriousAxeViolations(page, 'breaches page with results');
    await screenshot(page, 'fr-breaches-results');

    // Retry from the keyboard.
    const retry = helene.getByRole('button', { name: new RegExp(escapeRegExp(CLEAN)) });
    await retry.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => helene.locator('.status-chip').innerText(), { timeout: 20_000 }).toBe(m.status.clean);
    expect(await page.locator('[data-status="clean"] .status-tile__value').innerText()).toBe('1');
    expect(await page.locator('[data-status="not-checked"] .status-tile__value').innerText()).toBe('0');
    expect(session.consoleErrors).toEqual([]);
  });

  it('says what to do with nobody to check, then cancels a running check (en)', async () => {
    const m = messages.en.breaches;
    const hibp = await fakeHibp(files);
    const session = await openWithPractice(files.harness, { locale: 'en-GB', core: CORE_OPTIONS });
    sessions.push(session);
    const { page } = session;
    await page.goto(`${session.url}#/breaches`);
    await page.getByText(m.empty.noStaffTitle).waitFor();
    expect(await page.getByRole('link', { name: m.empty.noStaffLink }).getAttribute('href')).toBe('#/staff');
    await screenshot(page, 'en-breaches-empty');

    await addStaff(session, hibp);
    await page.reload();
    await page.getByRole('button', { name: m.run.checkAll }).click();
    await page.getByText(m.run.finished.completed).waitFor({ timeout: 20_000 });
    await emailCard(page, MANY).getByRole('heading', { level: 4, name: 'Adobe' }).waitFor();
    // The mode is read again once the check has ended (the key's plan is learnt during it): wait for it.
    await expect.poll(() => page.locator('.breach-mode').innerText(), { timeout: 10_000 }).toContain(m.mode.direct);
    await screenshot(page, 'en-breaches-results');

    // A second run that hangs, cancelled by the user.
    hibp.fault('/api/v3/breachedaccount/', { type: 'hang' });
    await page.getByRole('button', { name: m.run.checkAllAgain }).click();
    const progress = page.getByRole('progressbar', { name: m.progress.label });
    await progress.waitFor();
    await expect.poll(() => page.locator('.breach-progress').innerText(), { timeout: 15_000 }).toMatch(/Now checking: .+@/u);
    await screenshot(page, 'en-breaches-progress');
    await page.getByRole('button', { name: m.run.cancel }).click();
    await page.getByText(m.run.finished.cancelled).waitFor({ timeout: 10_000 });
    expect(await progress.count()).toBe(0);

    const many = emailCard(page, MANY);
    await expect.poll(() => many.innerText(), { timeout: 15_000 }).toContain(m.reason.cancelled);
    // The earlier answer stays visible: a cancelled check does not make a breached address look safe.
    expect(await many.innerText()).toMatch(/this address was in: Adobe, LinkedIn, Dropbox/u);
    expect(await emailCard(page, MANY).locator('.status-chip').innerText()).toBe(m.status.breached);
    expect(await page.locator('[data-status="breached"] .status-tile__value').innerText()).toBe('2');
    expect(await page.locator('[data-status="clean"] .status-tile__value').innerText()).toBe('0');
    expect(await page.locator('[data-status="not-checked"] .status-tile__value').innerText()).toBe('1');
    expect(await emailCard(page, CLEAN).innerText()).toContain(m.reason.cancelled);
    await screenshot(page, 'en-breaches-cancelled');
    expect(session.consoleErrors).toEqual([]);
  });

  // Issue 13, F2: an hour's retry-after ends the check at once, and each address says when to retry.
  it('ends the check at once when HIBP asks to wait an hour, and says after what time to retry (fr)', async () => {
    const m = messages.fr.breaches;
    const hibp = await fakeHibp(files);
    const session = await openWithPractice(files.harness, { locale: 'fr-FR', core: CORE_OPTIONS });
    sessions.push(session);
    await addStaff(session, hibp);
    hibp.fault('/api/v3/breachedaccount/', { type: 'status', status: 429, headers: { 'retry-after': '3600' } });
    const { page } = session;
    await page.goto(`${session.url}#/breaches`);
    const started = Date.now();
    await page.getByRole('button', { name: m.run.checkAll }).click();
    await page.getByText(m.run.finished.completed).waitFor({ timeout: 20_000 });
    expect(Date.now() - started).toBeLessThan(20_000);
    // One refusal, and nothing more was sent to be refused too.
    expect(hibp.log.filter((entry) => entry.path.startsWith('/api/v3/breachedaccount/'))).toHaveLength(1);

    const results = (await must(session, 'breach.results')) as BreachResults;
    const retryAt = results.persons.flatMap((person) => person.emails)[0]!.results[0]!.outcome;
    expect(retryAt).toMatchObject({ status: 'not-checked', reason: 'rate-limited', retryAt: expect.any(String) });
    const time = new Intl.DateTimeFormat('fr-FR', { timeStyle: 'short' }).format(new Date((retryAt as { retryAt: string }).retryAt));
    const sameDay = new Date((retryAt as { retryAt: string }).retryAt).toDateString() === new Date().toDateString();
    for (const email of [CLEAN, BREACHED, MANY]) {
      const card = emailCard(page, email);
      // The cards are read again after the job's last event: wait for that read, not for a fixed time.
      await card.locator('.status-chip', { hasText: m.status.notChecked }).waitFor({ timeout: 10_000 });
      expect(await card.locator('.status-chip').innerText()).toBe(m.status.notChecked);
      const text = await card.innerText();
      expect(text).toContain('Le service demande d’attendre');
      if (sameDay) expect(text).toContain(`Réessayez après ${time}.`);
    }
    expect(await page.locator('[data-status="not-checked"] .status-tile__value').innerText()).toBe('3');
    expect(await page.locator('[data-status="clean"] .status-tile__value').innerText()).toBe('0');
    await expectNoSeriousAxeViolations(page, 'breaches page, HIBP asks to wait');
    await screenshot(page, 'fr-breaches-rate-limited-until');
    expect(session.consoleErrors).toEqual([]);
  });

  // Issue 15, item 10: each finished address makes the page read its person again, not everyone.
  it('reads one person again per finished address, and everything only when the check starts and ends (fr)', async () => {
    const m = messages.fr.breaches;
    const hibp = await fakeHibp(files);
    const session = await openWithPractice(files.harness, { locale: 'fr-FR', core: CORE_OPTIONS });
    sessions.push(session);
    const people = ['Anne', 'Bruno', 'Chloé', 'David'];
    for (const firstName of people) {
      const key = firstName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      await must(session, 'staff.create', {
        firstName,
        lastName: 'Martin',
        role: 'secretary',
        roleLabel: null,
        emails: [`${key}@cabinet-du-parc.fr`, `${key}.martin@cabinet-du-parc.fr`],
        services: [],
      });
    }
    await must(session, 'services.set', { hibpBaseUrl: hibp.baseUrl });
    // A Pro plan (100 a minute): eight addresses in a few seconds.
    await must(session, 'services.setHibpKey', { apiKey: PRO_KEY });
    const { page } = session;
    await page.goto(`${session.url}#/breaches`);
    await expect.poll(() => page.locator('[data-status="not-checked"] .status-tile__value').innerText(), { timeout: 15_000 }).toBe('8');

    session.calls.length = 0;
    await page.getByRole('button', { name: m.run.checkAll }).click();
    await page.getByText(m.run.finished.completed).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('[data-status="clean"] .status-tile__value').innerText(), { timeout: 10_000 }).toBe('8');
    expect(await page.locator('[data-status="not-checked"] .status-tile__value').innerText()).toBe('0');

    const asked = (name: string) => session.calls.filter((call) => call === name).length;
    // Eight addresses: eight reads of one person each…
    expect(asked('breach.person')).toBe(8);
    // …and everything read only as the check starts (asked, seen, at work) and when it ends, however many addresses.
    expect(asked('breach.results')).toBeGreaterThanOrEqual(2);
    expect(asked('breach.results')).toBeLessThanOrEqual(4);
    expect(session.consoleErrors).toEqual([]);
  });

  it('after a reload, still says why the last check stopped and what to do, and resumes an interrupted one (fr)', async () => {
    const m = messages.fr.breaches;
    const busy = ERROR_MESSAGES['database-busy'];
    const hibp = await fakeHibp(files);
    const session = await openWithPractice(files.harness, { locale: 'fr-FR', core: CORE_OPTIONS });
    sessions.push(session);
    await addStaff(session, hibp);
    const before = await callCore<BreachResults>(session, 'breach.results');
    const items = before.persons.flatMap((person) => person.emails).map((email) => ({ key: email.accountId, label: email.email }));
    // A check that stopped earlier on a database another program kept locked, as the runner
    // records it (the lock itself is provoked in test/unit/breach-check-job.test.ts: here the
    // browser would be frozen with the test process while SQLite waits on it).
    await session.store.use((store) => {
      store.jobs.create({ id: 'job-failed-on-lock', kind: 'breach-check', params: {}, owner: 'e2e' }, items);
      store.jobs.finish('job-failed-on-lock', 'failed', { code: 'database-busy', details: { sqlite: 'SQLITE_BUSY' } });
    });
    const { page } = session;
    await page.goto(`${session.url}#/breaches`);
    // The reload must reload the Breaches page itself: wait until the hash change has been taken.
    await page.getByRole('heading', { level: 1, name: messages.fr.pages.breaches.title }).waitFor();
    await page.reload();
    const banner = page.locator('.breach-last-run').getByRole('alert');
    await banner.waitFor({ timeout: 20_000 });
    expect(await banner.innerText()).toContain(busy.message.fr);
    expect(await banner.innerText()).toContain(busy.action.fr);
    // The code is for the IT provider: folded under the sentences until asked for.
    expect(await banner.innerText()).not.toContain('database-busy');
    await banner.getByText(messages.fr.providerDetails.summary).click();
    expect(await banner.innerText()).toContain('database-busy');
    expect(await page.locator('.breach-last-run').innerText()).toMatch(/La dernière vérification \(lancée le .+\) s’est arrêtée sur cette erreur/u);
    await expectNoSeriousAxeViolations(page, 'breaches page after a failed check');
    await screenshot(page, 'fr-breaches-last-run-failed');

    // Retry from the banner: the check runs again, and the page then says it finished.
    await banner.getByRole('button', { name: messages.fr.errorBanner.retry }).click();
    await page.getByText(m.run.finished.completed).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('.breach-last-run').innerText(), { timeout: 10_000 }).toContain(m.run.lastRunState.completed);
    expect(await page.locator('.breach-last-run').getByRole('alert').count()).toBe(0);

    // A check left unfinished with nobody on it (Hygie closed): said as interrupted, never as
    // finished, and resumed on request.
    await session.store.use((store) => {
      store.jobs.create({ id: 'job-interrupted', kind: 'breach-check', params: {}, owner: 'e2e' }, items);
      store.jobs.release('job-interrupted', 'e2e');
    });
    await page.reload();
    const lastRun = page.locator('.breach-last-run[data-state="interrupted"]');
    await lastRun.waitFor({ timeout: 15_000 });
    expect(await lastRun.innerText()).toContain(m.run.lastRunState.interrupted);
    expect(await lastRun.innerText()).toContain(m.run.interrupted);
    expect(await lastRun.innerText()).not.toContain(m.run.lastRunState.completed);
    await screenshot(page, 'fr-breaches-interrupted');
    await lastRun.getByRole('button', { name: m.run.resume }).click();
    await page.getByText(m.run.finished.completed).waitFor({ timeout: 20_000 });
    expect((await callCore<BreachResults>(session, 'breach.results')).lastRun).toMatchObject({ jobId: 'job-interrupted', state: 'completed' });
    expect(session.consoleErrors).toEqual([]);
  });
});
