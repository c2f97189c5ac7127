import { describe, expect, it } from 'vitest';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import { screenshot } from '../support/browser-harness.ts';
import { fakeBreach, PRO_KEY, type FakeHibp } from '../support/fake-hibp.ts';
import { callCore, escapeRegExp, expectNoSeriousAxeViolations, fakeHibp, harnessPerFile, messages, norm, openWithPractice } from './setup-fixtures.ts';

// Watching, not only checking, end to end in Chromium with the real core and the fake HIBP: the
// verified domain searched whole, a stealer log on espacepro.ameli.fr as an urgent amelipro item
// with its steps, the domain's addresses not on the staff list ("add to staff" / "ignore"), the
// dashboard's last check, the cadence in Settings, HIBP's "Notify me" for a personal mailbox in
// the walkthrough, and — without a key — the notice of a new breach. French and English, axe clean.

const DOMAIN = 'cabinet-du-parc.fr';
const CLAIRE = `claire.martin@${DOMAIN}`;
const HELENE = `helene.lefevre@${DOMAIN}`;
const PAUL = 'paul.durand@gmail.com';
const FORMER = `ancien.stagiaire@${DOMAIN}`;
const DAY_MS = 24 * 60 * 60 * 1000;
const CORE = { jobs: { breach: { checker: { timeoutMs: 5_000, maxRetries: 0 } } } };

const files = harnessPerFile();
const { sessions } = files;

async function watchedHibp(stealerLogs = true): Promise<FakeHibp> {
  const hibp = await fakeHibp(files);
  hibp.setAccount(FORMER, ['Dropbox']);
  hibp.setAccount(PAUL, ['LinkedIn']);
  hibp.setStealerLog(CLAIRE, ['espacepro.ameli.fr', 'netflix.com']);
  hibp.setKey(PRO_KEY, { plan: 'Pro 1', rpm: 1_000, range: true, domains: [DOMAIN], stealerLogs });
  return hibp;
}

async function staffAndKey(session: Awaited<ReturnType<typeof openWithPractice>>, hibp: FakeHibp): Promise<StaffMember[]> {
  const people: StaffMember[] = [];
  for (const [firstName, lastName, role, email, services] of [
    ['Claire', 'Martin', 'physician', CLAIRE, ['amelipro']],
    ['Hélène', 'Lefèvre', 'secretary', HELENE, []],
    ['Paul', 'Durand', 'secretary', PAUL, []],
  ] as const) {
    people.push(await callCore<StaffMember>(session, 'staff.create', { firstName, lastName, role, roleLabel: null, emails: [email], services }));
  }
  await callCore(session, 'services.set', { hibpBaseUrl: hibp.baseUrl });
  await callCore(session, 'services.setHibpKey', { apiKey: PRO_KEY });
  return people;
}

describe('watching for breaches', () => {
  it('searches the verified domain once, shows the stolen amelipro password with its steps and the addresses off the staff list (fr)', async () => {
    const m = messages.fr;
    const hibp = await watchedHibp();
    const session = await openWithPractice(files.harness, { locale: 'fr-FR', core: CORE });
    sessions.push(session);
    const people = await staffAndKey(session, hibp);
    const { page } = session;

    await page.goto(`${session.url}#/breaches`);
    await page.getByRole('button', { name: m.breaches.run.checkAll }).click();
    await page.getByText(m.breaches.run.finished.completed).waitFor({ timeout: 20_000 });
    // One search for the two addresses of the domain; the Gmail one alone, by hash prefix.
    expect(hibp.log.filter((entry) => entry.path.startsWith('/api/v3/breacheddomain/'))).toHaveLength(1);
    expect(hibp.log.filter((entry) => entry.path.startsWith('/api/v3/breachedaccount/range/'))).toHaveLength(1);
    expect(norm(await page.locator('.domain-search-note').innerText())).toContain(`Pour les adresses de ${DOMAIN}, seul le nom du domaine est envoyé`);

    const stolen = page.getByRole('region', { name: m.watch.stealerLogs.title });
    const claire = stolen.locator(`[data-stealer="${CLAIRE}"]`);
    expect(norm(await claire.innerText())).toContain('amelipro — espacepro.ameli.fr');
    expect(await claire.locator('.status-chip').innerText()).toBe(m.watch.stealerLogs.chip);
    const steps = claire.locator('.wt-how__item');
    expect(await steps.count()).toBe(5);
    expect(norm(await steps.first().innerText())).toMatch(/Considérer l’ordinateur .* infecté/u);
    expect(await claire.getByRole('link', { name: new RegExp(escapeRegExp('Claire Martin')) }).getAttribute('href')).toBe(`#/walkthrough?person=${people[0]!.id}`);

    // Her addresses are in no breach, yet she is never shown green: her password was stolen.
    expect(await page.locator('[data-person="Claire Martin"] > .split-row .status-chip').innerText()).toBe(m.watch.stealerLogs.personChip);

    const aliases = page.getByRole('region', { name: m.watch.aliases.title });
    const former = aliases.locator(`[data-alias="${FORMER}"]`);
    expect(norm(await former.innerText())).toContain('Trouvée dans : Dropbox');
    await expectNoSeriousAxeViolations(page, 'breaches page with stealer logs and aliases');
    await screenshot(page, 'fr-breaches-watch');

    // "Ignorer" from the keyboard: the address is set aside, still listed, folded.
    await former.getByRole('button', { name: m.watch.aliases.ignoreLabel.replace('{{address}}', FORMER) }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => aliases.locator('details summary').innerText(), { timeout: 10_000 }).toBe(m.watch.aliases.ignoredTitle_one.replace('{{count}}', '1'));

    // The Actions page: the same critical finding, on amelipro, with its steps in order.
    await page.goto(`${session.url}#/actions`);
    const action = page.locator('.action-item[data-kind="stealer-log"]');
    await action.waitFor({ timeout: 10_000 });
    expect(await action.getAttribute('data-severity')).toBe('critical');
    expect(await action.getAttribute('data-id')).toMatch(/^stealer-log:amelipro:/u);
    expect(await action.getByRole('list', { name: m.watch.stealerLogs.steps }).getByRole('listitem').count()).toBe(5);
    await expectNoSeriousAxeViolations(page, 'actions page with the stealer-log finding');
    await screenshot(page, 'fr-actions-stealer-log');

    // The dashboard: the whole team checked today, the stolen password as the first action.
    await page.getByRole('link', { name: m.nav.dashboard }).click();
    const lastCheck = page.getByRole('region', { name: m.watch.lastCheck.title });
    await expect.poll(() => lastCheck.locator('.last-check__age').innerText(), { timeout: 10_000 }).toBe(m.watch.lastCheck.today);
    expect(await lastCheck.locator('.status-chip').innerText()).toBe(m.watch.lastCheck.okChip);
    expect(norm(await page.locator('main').innerText())).toContain('Un mot de passe tapé sur un ordinateur infecté a été volé');
    await expectNoSeriousAxeViolations(page, 'dashboard with the last check');
    await screenshot(page, 'fr-dashboard-last-check');

    // Settings: the cadence, kept.
    await page.getByRole('link', { name: m.nav.settings }).click();
    const watchSettings = page.getByRole('region', { name: m.watch.settings.title });
    const days = watchSettings.getByRole('textbox', { name: new RegExp(escapeRegExp(m.watch.settings.days)) });
    await expect.poll(() => days.inputValue(), { timeout: 10_000 }).toBe('30');
    await days.fill('7');
    await watchSettings.getByRole('button', { name: m.watch.settings.save }).click();
    await expect.poll(async () => norm(await watchSettings.getByRole('status').innerText())).toBe(norm(m.watch.settings.saved.replace('{{count}}', '7')));
    expect(await callCore<{ recheckDays: number }>(session, 'watch.status')).toMatchObject({ recheckDays: 7, startAtLogin: null });
    await expectNoSeriousAxeViolations(page, 'settings with the watch section');
    await screenshot(page, 'fr-settings-watch');

    // The walkthrough of the person with a Gmail address offers HIBP's "Notify me"; she signs up herself.
    await page.goto(`${session.url}#/walkthrough?person=${people[2]!.id}`);
    const offer = page.getByRole('region', { name: m.watch.notifyMe.title });
    await offer.waitFor({ timeout: 10_000 });
    expect(await offer.getByRole('link', { name: m.watch.notifyMe.open }).getAttribute('href')).toBe('https://haveibeenpwned.com/NotifyMe');
    await offer.getByRole('button', { name: m.watch.notifyMe.doneLabel.replace('{{email}}', PAUL) }).click();
    await expect.poll(() => offer.getAttribute('data-notify-me')).toBe('subscribed');
    expect(norm(await offer.innerText())).toContain('Inscription notée le');
    await expectNoSeriousAxeViolations(page, 'walkthrough with the Notify me offer');
    await screenshot(page, 'fr-walkthrough-notify-me');
    // A mailbox on the practice's domain has no such offer: its domain search covers it.
    await page.goto(`${session.url}#/walkthrough?person=${people[1]!.id}`);
    await page.locator('.wt-step').waitFor();
    expect(await page.getByRole('region', { name: m.watch.notifyMe.title }).count()).toBe(0);
    expect(session.consoleErrors).toEqual([]);
  });

  it('adds an address of the domain to the staff, says what the plan lacks, and without a key tells of a new breach (en)', async () => {
    const m = messages.en;
    const hibp = await watchedHibp(false);
    let offsetMs = 0;
    const session = await openWithPractice(files.harness, { locale: 'en-GB', core: { ...CORE, watch: { now: () => new Date(Date.now() + offsetMs), timeoutMs: 3_000 } } });
    sessions.push(session);
    await staffAndKey(session, hibp);
    const { page } = session;

    await page.goto(`${session.url}#/breaches`);
    await page.getByRole('button', { name: m.breaches.run.checkAll }).click();
    await page.getByText(m.breaches.run.finished.completed).waitFor({ timeout: 20_000 });
    // A plan without stealer logs: one sentence says what the practice is missing.
    expect(await page.locator('[data-stealer-logs="not-in-plan"] p').first().innerText()).toBe(m.watch.stealerLogs.missing);
    expect(await page.getByRole('region', { name: m.watch.stealerLogs.title }).count()).toBe(0);

    // "Add to staff": a new person with that mailbox; the address leaves the list.
    const aliases = page.getByRole('region', { name: m.watch.aliases.title });
    await aliases.getByRole('button', { name: m.watch.aliases.addLabel.replace('{{address}}', FORMER) }).click();
    const form = aliases.getByRole('form', { name: m.watch.aliases.formTitle.replace('{{address}}', FORMER) });
    await form.getByRole('textbox', { name: new RegExp(`^${m.watch.aliases.firstName}`) }).fill('Lucie');
    await form.getByRole('textbox', { name: new RegExp(`^${m.watch.aliases.lastName}`) }).fill('Bernard');
    await expectNoSeriousAxeViolations(page, 'breaches page, adding an address to the staff');
    await screenshot(page, 'en-breaches-add-alias');
    await form.getByRole('button', { name: m.watch.aliases.save }).click();
    await expect.poll(() => aliases.count(), { timeout: 10_000 }).toBe(0);
    await page.locator(`[data-email="${FORMER}"]`).waitFor();
    expect(await page.locator(`[data-person="Lucie Bernard"]`).count()).toBe(1);

    // Without a key, a breach HIBP adds the next day is told, with what to do.
    await session.watcher.runNow();
    await callCore(session, 'services.removeHibpKey');
    await new Promise((resolve) => setTimeout(resolve, 5));
    hibp.addBreach(fakeBreach('ClinicLeak', { Title: 'Clinic Leak', AddedDate: new Date().toISOString() }));
    offsetMs = DAY_MS;
    expect(await session.watcher.runNow()).toMatchObject({ newBreach: { name: 'ClinicLeak' }, noticed: true });
    await page.getByRole('link', { name: m.nav.dashboard }).click();
    const notice = page.getByRole('region', { name: m.watch.notice.title });
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.innerText()).toContain('\u201cClinic Leak\u201d was added to Have I Been Pwned');
    expect(await page.getByRole('region', { name: m.watch.lastCheck.title }).locator('.text-hint').first().innerText()).toContain(m.watch.lastCheck.manual);
    await expectNoSeriousAxeViolations(page, 'dashboard with a new breach notice');
    await screenshot(page, 'en-dashboard-new-breach');
    await notice.getByRole('button', { name: m.watch.notice.dismiss }).click();
    await expect.poll(() => page.getByRole('region', { name: m.watch.notice.title }).count()).toBe(0);
    expect(session.consoleErrors).toEqual([]);
  });
});
