import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ActionList } from '../../electron/core/model/schemas/actions.ts';
import type { Report, ReportRecord } from '../../electron/core/model/schemas/report.ts';
import { screenshot, type HygieSession } from '../support/browser-harness.ts';
import { runBreachCheck, seedChecks, seedStaff, type Seeded } from './dashboard-seed.ts';
import { callCore, chooseWithKeyboard, expectNoSeriousAxeViolations, fakeHibp, fill, harnessPerFile, heading, messages, norm, openWithPractice, type Lang } from './setup-fixtures.ts';

// The Actions page end to end: Chromium, the real router and store, the fake HIBP on loopback.
// Every finding the report lists is on the page (compared with the report's own JSON), late ones
// say "en retard" in red, a status is set with the keyboard alone ("plus tard" asks a day,
// "risque accepté" a reason), filters work from the keyboard and from the address, and statuses
// survive a reload and reach the report.

const CORE_OPTIONS = { jobs: { breach: { concurrency: 1, checker: { timeoutMs: 5_000, maxRetries: 0 } } } };
const files = harnessPerFile();

/** Added 200 days ago: an unfinished walkthrough (due 90 or 180 days after) is late. */
const LONG_AGO = new Date(Date.now() - 200 * 86_400_000).toISOString();

async function open(lang: Lang): Promise<{ session: HygieSession; seeded: Seeded }> {
  const hibp = await fakeHibp(files);
  const session = await openWithPractice(files.harness, { locale: lang === 'fr' ? 'fr-FR' : 'en-GB', core: CORE_OPTIONS });
  files.sessions.push(session);
  const seeded = await seedStaff(session, hibp);
  await seedChecks(session, seeded);
  await runBreachCheck(session);
  await session.store.use((store) => store.db.prepare('UPDATE staff SET created_at = ?').run(LONG_AGO));
  return { session, seeded };
}

async function goToActions(page: Page, lang: Lang, query = ''): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/actions${query}`);
  await expect.poll(() => heading(page)).toBe(messages[lang].pages.actions.title);
  await page.locator('.actions-overview').waitFor();
}

const rows = (page: Page) => page.locator('.action-item');
const row = (page: Page, id: string) => page.locator(`.action-item[data-id="${id}"]`);

async function ids(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((items) => items.map((item) => item.getAttribute('data-id') ?? ''));
}

async function reportJson(session: HygieSession, language: Lang): Promise<Report> {
  const record = await callCore<ReportRecord>(session, 'reports.generate', { language, anonymise: false });
  return JSON.parse(readFileSync(record.files.find((file) => file.format === 'json')!.path, 'utf8')) as Report;
}

/** Open a row's status dialog from the keyboard: focus its button, press Enter. */
async function openStatusDialog(page: Page, id: string): Promise<Locator> {
  await row(page, id).locator('.action-item__change').focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

/** Move the dialog's radio group to `label` with the arrow keys, from the radio that has focus. */
async function arrowTo(page: Page, dialog: Locator, label: string): Promise<void> {
  for (let step = 0; step < 4; step += 1) {
    if ((await dialog.getByRole('radio', { name: label, exact: true }).isChecked())) return;
    await page.keyboard.press('ArrowDown');
  }
  expect(await dialog.getByRole('radio', { name: label, exact: true }).isChecked()).toBe(true);
}

/** Tab forward until `target` has focus (at most `limit` presses). */
async function tabTo(page: Page, target: Locator, limit = 12): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    if (await target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('the target never got the focus');
}

/**
 * react-aria's date field announces each typed segment through its live announcer, which keeps the
 * messages for 7 s; one of them names the field by an id that leaves with the dialog, and axe
 * reads that as an image without a name. Wait for the announcer to let them go before checking.
 */
async function announcerCleared(page: Page): Promise<void> {
  await expect.poll(() => page.locator('[aria-live] [role="img"]').count(), { timeout: 15_000 }).toBe(0);
}

describe('the Actions page', () => {
  it('lists every finding the report lists, late ones in red, sets statuses and filters with the keyboard, keeps them after a reload (fr)', async () => {
    const m = messages.fr.actions;
    const { session, seeded } = await open('fr');
    const { page } = session;
    await goToActions(page, 'fr');

    // Every finding of the report, in its order, with what to do, who and the points.
    const report = await reportJson(session, 'fr');
    await expect.poll(() => rows(page).count()).toBe(report.findings.length);
    expect(await ids(rows(page))).toEqual(report.findings.map((finding) => finding.id));
    for (const finding of report.findings) {
      const item = row(page, finding.id);
      expect(await item.locator('h3').innerText()).toBe(finding.title);
      const text = norm(await item.innerText());
      expect(text).toContain(norm(fill(m.item.whatToDo, { action: finding.action })));
      expect(text).toContain(norm(fill(m.item.owner, { owner: finding.owner })));
      expect(text).toContain(finding.points === 0 ? norm(m.item.notScored) : `+${finding.points} point`);
    }
    // Late: the word, in red.
    const late = report.findings.find((finding) => finding.overdue);
    expect(late, 'a late finding').toBeDefined();
    const due = row(page, late!.id).locator('.next-action__due--overdue');
    expect(norm(await due.innerText())).toMatch(/^En retard/u);
    expect(await due.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(161, 33, 26)');
    // Things not checked are listed as things to check, and the page never says all is well.
    expect(await page.locator('.to-check__item').count()).toBe((await callCore<ActionList>(session, 'actions.list', { language: 'fr' })).toCheck.length);
    expect(await page.locator('.actions-overview__clear').count()).toBe(0);
    await expectNoSeriousAxeViolations(page, 'actions (fr)');
    await screenshot(page, 'fr-actions');

    // "Risque accepté" asks a reason: without one, nothing is saved and the field says why.
    const critical = report.findings.find((finding) => finding.kind === 'mfa-none')!;
    let dialog = await openStatusDialog(page, critical.id);
    await arrowTo(page, dialog, m.status.accepted);
    const reason = dialog.getByRole('textbox', { name: m.dialog.reason });
    await tabTo(page, dialog.getByRole('button', { name: m.dialog.save, exact: true }));
    await page.keyboard.press('Enter');
    await expect.poll(async () => norm(await dialog.innerText())).toContain(norm(m.dialog.reasonMissing));
    await tabTo(page, reason, 20);
    await page.keyboard.type('Carte CPS commandée, livraison en avril.');
    await expectNoSeriousAxeViolations(page, 'status dialog (fr)');
    await screenshot(page, 'fr-actions-dialog-accepted');
    await tabTo(page, dialog.getByRole('button', { name: m.dialog.save, exact: true }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row(page, critical.id).getAttribute('data-status')).toBe('accepted');
    expect(norm(await row(page, critical.id).locator('.action-item__status').innerText())).toContain('Motif : Carte CPS commandée, livraison en avril.');
    expect(norm(await page.getByRole('status').first().innerText())).toBe(norm(fill(m.dialog.saved, { status: m.status.accepted })));

    // "Plus tard" asks a day, typed into the date field.
    const weak = report.findings.find((finding) => finding.kind === 'weak-password')!;
    dialog = await openStatusDialog(page, weak.id);
    await arrowTo(page, dialog, m.status.later);
    await page.keyboard.press('Tab');
    await page.keyboard.type('15012099');
    await tabTo(page, dialog.getByRole('button', { name: m.dialog.save, exact: true }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row(page, weak.id).getAttribute('data-status')).toBe('later');
    expect(norm(await row(page, weak.id).locator('.action-item__status').innerText())).toContain('Prévu pour le 15 janvier 2099');

    // "Fait": said to wait for a check; the finding stays listed.
    const breach = report.findings.find((finding) => finding.kind === 'breached-mailbox')!;
    dialog = await openStatusDialog(page, breach.id);
    await arrowTo(page, dialog, m.status.done);
    await tabTo(page, dialog.getByRole('button', { name: m.dialog.save, exact: true }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row(page, breach.id).getAttribute('data-status')).toBe('done');
    expect(norm(await row(page, breach.id).innerText())).toContain('nouvelle vérification');
    expect(await rows(page).count()).toBe(report.findings.length);
    await screenshot(page, 'fr-actions-statuses');

    // Filter by person, then by area, with the keyboard; the address keeps the filter.
    await chooseWithKeyboard(page, m.filters.person, 'Hélène Lefèvre');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain(`person=${seeded.helene.id}`);
    const helene = (await callCore<ActionList>(session, 'actions.list', { language: 'fr' })).actions.filter((item) => item.person?.id === seeded.helene.id);
    await expect.poll(() => ids(rows(page))).toEqual(helene.map((item) => item.id));
    await chooseWithKeyboard(page, m.filters.area, m.areas.walkthrough);
    // Wait for the address first: if all of Hélène's findings are walkthrough ones, the rows
    // already match before the area filter applies, and only the things to check would differ.
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('area=walkthrough');
    await expect.poll(() => ids(rows(page))).toEqual(helene.filter((item) => item.area === 'walkthrough').map((item) => item.id));
    await expect
      .poll(() => page.locator('.to-check__item').evaluateAll((items) => items.every((item) => item.getAttribute('data-area') === 'walkthrough')))
      .toBe(true);
    await announcerCleared(page);
    await expectNoSeriousAxeViolations(page, 'actions filtered (fr)');
    await screenshot(page, 'fr-actions-filtered');
    await page.locator('.action-filters__clear').click();
    await expect.poll(() => rows(page).count()).toBe(report.findings.length);

    // After a reload, and in the report: the statuses are kept.
    await page.reload();
    await expect.poll(() => row(page, critical.id).getAttribute('data-status')).toBe('accepted');
    expect(await row(page, weak.id).getAttribute('data-status')).toBe('later');
    const again = await reportJson(session, 'fr');
    expect(again.findings.find((finding) => finding.id === critical.id)!.status).toMatchObject({ value: 'accepted', reason: 'Carte CPS commandée, livraison en avril.' });
    expect(again.findings.find((finding) => finding.id === weak.id)!.status).toMatchObject({ value: 'later', until: '2099-01-15' });
    expect(session.consoleErrors).toEqual([]);
  });

  it('speaks English, sets "later" with the keyboard, and the dashboard leads to it filtered (en)', async () => {
    const m = messages.en.actions;
    const d = messages.en.dashboard;
    const { session } = await open('en');
    const { page } = session;
    await page.reload();
    await expect.poll(() => heading(page)).toBe(messages.en.pages.dashboard.title);

    // Points as whole numbers on the dashboard.
    await page.locator('.score-parts__points').first().waitFor();
    for (const text of await page.locator('.score-parts__points').allInnerTexts()) expect(norm(text)).toMatch(/^\d+ \/ \d+ points$/u);
    // "N items are not checked yet" leads to what is not checked, and says the same number.
    const list = await callCore<ActionList>(session, 'actions.list', { language: 'en' });
    const unchecked = page.locator('.score-now__unchecked').getByRole('link');
    expect(norm(await unchecked.innerText())).toBe(norm(fill(d.score.notChecked_other, { count: list.toCheck.length })));
    await unchecked.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe(messages.en.pages.actions.title);
    await expect.poll(() => page.locator('.to-check__item').count()).toBe(list.toCheck.length);
    expect(await rows(page).count()).toBe(0);
    expect(await page.locator('.actions-found').count()).toBe(0);
    await expectNoSeriousAxeViolations(page, 'actions to check (en)');
    await screenshot(page, 'en-actions-to-check');

    // The next three's "see all" leads to every problem found.
    await page.goBack();
    await expect.poll(() => heading(page)).toBe(messages.en.pages.dashboard.title);
    await page.locator('.next-actions__all').click();
    await expect.poll(() => rows(page).count()).toBe(list.actions.length);
    expect(await page.locator('.actions-to-check').count()).toBe(0);
    expect(norm(await rows(page).first().innerText())).toContain(list.actions[0]!.title);

    // "Later" with a day typed in the date field (day, month, year in British English).
    const target = list.actions.find((item) => item.kind === 'mfa-none')!;
    const dialog = await openStatusDialog(page, target.id);
    expect(await dialog.getByRole('heading').innerText()).toBe(m.dialog.title);
    await arrowTo(page, dialog, m.status.later);
    await page.keyboard.press('Tab');
    await page.keyboard.type('01032099');
    await expectNoSeriousAxeViolations(page, 'status dialog (en)');
    await screenshot(page, 'en-actions-dialog-later');
    await tabTo(page, dialog.getByRole('button', { name: m.dialog.save, exact: true }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row(page, target.id).getAttribute('data-status')).toBe('later');
    expect(norm(await row(page, target.id).locator('.action-item__status').innerText())).toContain('Planned for 1 March 2099');
    // Set aside: the dashboard's next three no longer show it.
    const summary = await callCore<{ nextActions: { id: string }[] }>(session, 'dashboard.summary', { language: 'en' });
    expect(summary.nextActions.map((finding) => finding.id)).not.toContain(target.id);

    // Filter by area with the keyboard.
    await chooseWithKeyboard(page, m.filters.area, m.areas.passwords);
    await expect.poll(() => ids(rows(page))).toEqual(list.actions.filter((item) => item.area === 'passwords').map((item) => item.id));
    await announcerCleared(page);
    await expectNoSeriousAxeViolations(page, 'actions filtered (en)');
    await screenshot(page, 'en-actions-filtered');
    expect(session.consoleErrors).toEqual([]);
  });

  it('asks for the staff first when there is nobody to check (fr)', async () => {
    const session = await openWithPractice(files.harness, { locale: 'fr-FR', core: CORE_OPTIONS });
    files.sessions.push(session);
    const { page } = session;
    await goToActions(page, 'fr');
    expect(norm(await page.locator('.actions-overview').innerText())).toContain(norm(messages.fr.actions.empty.noStaff));
    expect(await page.locator('.actions-overview__clear').count()).toBe(0);
    await expectNoSeriousAxeViolations(page, 'actions without staff');
    await screenshot(page, 'fr-actions-empty');
    await page.getByRole('link', { name: messages.fr.actions.empty.toStaff, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(messages.fr.pages.staff.title);
  });
});
