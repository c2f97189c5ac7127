import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../electron/core/model/error-messages.ts';
import type { ReportRecord } from '../../electron/core/model/schemas/report.ts';
import { screenshot, type HygieSession } from '../support/browser-harness.ts';
import { seedPractice } from '../support/practice-seed.ts';
import { runBreachCheck, seedChecks, seedStaff } from './dashboard-seed.ts';
import { callCore, expectNoSeriousAxeViolations, fakeHibp, fill, harnessPerFile, heading, norm, messages, openWithPractice, type Lang } from './setup-fixtures.ts';

// The Reports page end to end: Chromium, the real router, store and report writer, a recording
// desktop in place of Electron's shell. Generate with the keyboard only (busy state, then focus
// on the new report), the hash shown equals the SHA-256 of the JSON on disk, Open and Show in
// folder hand the report's own paths to the desktop, a file gone is said and cannot be opened.

const CORE_OPTIONS = { jobs: { breach: { concurrency: 1, checker: { timeoutMs: 5_000, maxRetries: 0 } } } };
/** Building the model and rendering the PDF take about a second; a loaded machine may take more. */
const GENERATE_TIMEOUT = 30_000;

const files = harnessPerFile();
const { sessions } = files;

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

async function open(lang: Lang): Promise<HygieSession> {
  const hibp = await fakeHibp(files);
  const session = await openWithPractice(files.harness, { locale: lang === 'fr' ? 'fr-FR' : 'en-GB', core: CORE_OPTIONS });
  sessions.push(session);
  const seeded = await seedStaff(session, hibp);
  await seedChecks(session, seeded);
  await runBreachCheck(session);
  const { page } = session;
  await page.goto(`${session.url}#/reports`);
  await expect.poll(() => heading(page)).toBe(messages[lang].pages.reports.title);
  return session;
}

/** Press Tab until `target` has the focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`focus never reached ${target.toString()}`);
}

/** Hold reports.generate at the router until released, so the busy state can be looked at. */
function holdGenerate(session: HygieSession): () => void {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const call = session.router.call;
  session.router.call = async (name, input) => {
    if (name === 'reports.generate') {
      await gate;
      session.router.call = call;
    }
    return call(name, input);
  };
  return release;
}

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.textContent ?? ''}`);
}

describe('the Reports page', () => {
  it('generates a report with the keyboard, lists it with the hash of its JSON, opens and shows its files, and says when one is gone (fr)', async () => {
    const m = messages.fr.reports;
    const session = await open('fr');
    const { page, context } = session;
    await page.getByText(m.list.empty).waitFor();

    // Something in the way of the reports folder: the store refuses, the page says why and what to do.
    const reportsRoot = join(session.dataDir, 'reports');
    writeFileSync(reportsRoot, 'not a folder');
    await page.locator('#page-title').focus();
    const generate = page.getByRole('button', { name: m.generate.button, exact: true });
    await tabTo(page, generate);
    await page.keyboard.press('Enter');
    const alert = page.locator('.report-generate').getByRole('alert');
    await alert.waitFor({ timeout: GENERATE_TIMEOUT });
    expect(norm(await alert.innerText())).toContain(norm(ERROR_MESSAGES['report-write-failed'].message.fr));
    expect(norm(await alert.innerText())).toContain(norm(ERROR_MESSAGES['report-write-failed'].action.fr));
    rmSync(reportsRoot);

    // Who signs, typed (issue 18): the report prints these names, never the computer's login.
    await page.getByRole('textbox', { name: m.generate.signers.responsible }).fill('Dr Paul Müller');
    await page.getByRole('textbox', { name: m.generate.signers.preparedBy }).fill('Lucie Blanc');

    // Generate again, keyboard only: the button says it works and a progress bar shows, until it is written.
    const release = holdGenerate(session);
    await tabTo(page, page.getByRole('button', { name: m.generate.button, exact: true }));
    await page.keyboard.press('Enter');
    const busy = page.getByRole('button', { name: m.generate.busy, exact: true });
    await busy.waitFor();
    expect(await busy.getAttribute('data-pending')).toBe('true');
    await page.getByRole('progressbar', { name: m.generate.progress }).waitFor();
    expect(await page.locator('.report-generate__status').innerText()).toBe(m.generate.working);
    expect(await alert.count()).toBe(0);
    await screenshot(page, 'fr-reports-generating');
    release();

    // Focus lands on the new report's heading; the live region says it is there, in words.
    await expect.poll(() => focusedText(page), { timeout: GENERATE_TIMEOUT }).toMatch(/^H3:Rapport du /u);
    const [record, ...others] = await callCore<ReportRecord[]>(session, 'reports.list');
    expect(others).toEqual([]);
    const path = (format: string) => record!.files.find((file) => file.format === format)!.path;
    expect(norm(await page.locator('.report-generate__status').innerText())).toBe(norm(m.generate.done));
    const written = JSON.parse(readFileSync(path('json'), 'utf8')) as { generatedBy: string; signature: { responsible: string; nextReview: string } };
    expect(written.generatedBy).toBe('Lucie Blanc');
    expect(written.signature.responsible).toBe('Dr Paul Müller');
    expect(written.signature.nextReview).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    // The one-page summary sits beside the full report.
    expect(path('summary')).toMatch(/-resume\.pdf$/u);
    expect(await page.getByRole('progressbar').count()).toBe(0);

    // The hash and the folder are for the IT provider: folded under the report, opened from the keyboard.
    const item = page.locator(`[data-report="${record!.id}"]`);
    await tabTo(page, item.getByText(messages.fr.providerDetails.summary));
    await page.keyboard.press('Enter');
    expect(norm(await item.locator('.report-item__details').innerText())).toContain(dirname(path('pdf')));
    // The hash shown is the SHA-256 of the JSON file's bytes on disk.
    const shown = (await item.locator('.report-hash__value').innerText()).trim();
    expect(shown).toMatch(/^[0-9a-f]{64}$/u);
    expect(shown).toBe(sha256(path('json')));
    expect(shown).toBe(record!.jsonSha256);
    expect(norm(await item.innerText())).toContain(messages.fr.policy.options['cnil-2022'].name);
    expect(norm(await item.innerText())).toContain(m.list.anonymisedNo);
    expect(norm(await item.innerText())).toContain(fill(m.list.scoreValue, { score: record!.score! }));
    await expectNoSeriousAxeViolations(page, 'reports list');
    await screenshot(page, 'fr-reports-listed');

    // Copy the hash: into the clipboard, or, if the system refuses, selected for Ctrl+C.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.url).origin });
    await tabTo(page, item.getByRole('button', { name: m.list.copy, exact: true }));
    await page.keyboard.press('Enter');
    await item.getByText(m.list.copied).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    await page.evaluate(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) });
    });
    await page.keyboard.press('Enter');
    await item.getByText(m.list.copyFailed).waitFor();
    expect(await page.evaluate(() => window.getSelection()?.toString().trim())).toBe(shown);

    // Open the PDF, then Show in folder: the desktop is handed the report's own paths.
    await tabTo(page, item.getByRole('button', { name: fill(m.list.open, { format: 'PDF' }), exact: true }));
    await page.keyboard.press('Enter');
    await item.getByText(fill(m.list.opened, { format: 'PDF' })).waitFor();
    expect(session.desktop.opened).toEqual([path('pdf')]);
    await tabTo(page, item.getByRole('button', { name: m.list.reveal, exact: true }));
    await page.keyboard.press('Enter');
    await item.getByText(m.list.revealed).waitFor();
    expect(session.desktop.revealed).toEqual([path('pdf')]);

    // The system has no application for CSV: the failure is said, with what to do.
    session.desktop.openError = 'No application knows how to open this file';
    await item.getByRole('button', { name: fill(m.list.open, { format: 'CSV' }), exact: true }).click();
    const openAlert = item.getByRole('alert');
    await openAlert.waitFor();
    expect(norm(await openAlert.innerText())).toContain(norm(ERROR_MESSAGES['report-open-failed'].message.fr));
    session.desktop.openError = '';

    // The JSON deleted since: said so on its line, and its Open button is off; the PDF still opens.
    rmSync(path('json'));
    await page.reload();
    const again = page.locator(`[data-report="${record!.id}"]`);
    const json = again.locator('[data-format="json"]');
    await json.getByText(m.list.missing).waitFor();
    expect(await json.getByRole('button', { name: fill(m.list.open, { format: 'JSON' }) }).isDisabled()).toBe(true);
    expect(await again.locator('[data-format="pdf"]').getByRole('button').isDisabled()).toBe(false);
    await expectNoSeriousAxeViolations(page, 'reports with a missing file');
    await screenshot(page, 'fr-reports-missing-file');
    expect(session.consoleErrors).toEqual([]);
  }, 90_000);

  it('generates an anonymised report in the language chosen, newest first (en)', async () => {
    const m = messages.en.reports;
    const session = await open('en');
    const { page } = session;
    await page.getByText(m.list.empty).waitFor();

    // A first report in English, then one in French with initials only, chosen with the keyboard.
    await page.getByRole('button', { name: m.generate.button, exact: true }).click();
    await expect.poll(() => focusedText(page), { timeout: GENERATE_TIMEOUT }).toMatch(/^H3:Report of /u);

    const language = page.getByRole('button', { name: new RegExp(m.generate.language) });
    await language.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: messages.en.languageNames.fr }).waitFor();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => language.innerText()).toContain(messages.en.languageNames.fr);
    await tabTo(page, page.getByRole('checkbox', { name: m.generate.anonymise }));
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: m.generate.anonymise }).isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: m.generate.button, exact: true }));
    await page.keyboard.press('Enter');

    await expect.poll(async () => (await callCore<ReportRecord[]>(session, 'reports.list')).length, { timeout: GENERATE_TIMEOUT }).toBe(2);
    const [newest, older] = await callCore<ReportRecord[]>(session, 'reports.list');
    expect(newest!.language).toBe('fr');
    expect(newest!.anonymised).toBe(true);
    expect(older!.language).toBe('en');
    await expect.poll(() => focusedText(page), { timeout: GENERATE_TIMEOUT }).toBe(`H3:${await page.locator(`[data-report="${newest!.id}"] h3`).innerText()}`);

    // Newest first, each with its own hash; the newest marked as such.
    const items = page.locator('.report-item');
    expect(await items.count()).toBe(2);
    expect(await items.first().getAttribute('data-report')).toBe(newest!.id);
    expect(await items.first().locator('.status-chip').innerText()).toBe(m.list.latest);
    expect(norm(await items.first().innerText())).toContain(m.list.anonymisedYes);
    expect(norm(await items.first().innerText())).toContain(messages.en.languageNames.fr);
    // Each report's hash is in its folded details, for the IT provider.
    for (const index of [0, 1]) await items.nth(index).getByText(messages.en.providerDetails.summary).click();
    expect((await items.first().locator('.report-hash__value').innerText()).trim()).toBe(sha256(newest!.files.find((file) => file.format === 'json')!.path));
    expect((await items.nth(1).locator('.report-hash__value').innerText()).trim()).toBe(older!.jsonSha256);
    // The French report's files carry French names.
    expect(newest!.files.map((file) => basename(file.path))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^hygie-rapport-\d{4}-\d{2}-\d{2}\.pdf$/u)]),
    );
    await expectNoSeriousAxeViolations(page, 'reports (en)');
    await screenshot(page, 'en-reports-listed');
    expect(session.consoleErrors).toEqual([]);
  }, 90_000);

  it('shows the progress of a long report with Stop, stays responsive meanwhile, and Stop leaves no report (fr, issue 19)', async () => {
    const m = messages.fr.reports;
    const session = await openWithPractice(files.harness, { locale: 'fr-FR', core: CORE_OPTIONS });
    sessions.push(session);
    // A large practice, written straight into the store: its report takes seconds.
    await session.store.use((store) => seedPractice(store, 300));
    const { page } = session;
    await page.goto(`${session.url}#/reports`);
    await expect.poll(() => heading(page)).toBe(messages.fr.pages.reports.title);
    await page.getByText(m.list.empty).waitFor();
    await page.getByRole('button', { name: m.generate.button, exact: true }).click();

    // The job's bar, with a value, the step under way, and Stop.
    const box = page.locator('.report-progress');
    await box.waitFor({ timeout: GENERATE_TIMEOUT });
    const bar = box.getByRole('progressbar', { name: m.generate.progress });
    await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: GENERATE_TIMEOUT }).toBeGreaterThan(0);
    expect(Object.values(m.stages)).toContain(norm(await box.locator('.job-progress__status').innerText()));
    // The window stays responsive: another call answers while the report is made.
    const answered = await page.evaluate(async () => {
      const bridge = (window as unknown as { hygie: { reports: { list(): Promise<{ ok: boolean }> } } }).hygie;
      return (await bridge.reports.list()).ok;
    });
    expect(answered).toBe(true);
    expect(await box.isVisible()).toBe(true);
    await screenshot(page, 'fr-reports-progress');

    await box.getByRole('button', { name: m.generate.cancel }).click();
    await page.getByText(ERROR_MESSAGES['report-cancelled'].message.fr).waitFor({ timeout: GENERATE_TIMEOUT });
    await box.waitFor({ state: 'detached' });
    expect(await callCore<ReportRecord[]>(session, 'reports.list')).toEqual([]);
    await screenshot(page, 'fr-reports-cancelled');
    expect(session.consoleErrors).toEqual([]);
  }, 180_000);
});
