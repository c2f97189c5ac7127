import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../electron/core/model/error-messages.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import type { WalkthroughPlan } from '../../electron/core/model/schemas/walkthrough.ts';
import { walkthroughItemTitle } from '../../electron/core/model/walkthrough-item-texts.ts';
import { screenshot } from '../support/browser-harness.ts';
import { pdfInfo, pdfText, pdfToPngs, SHEET_ARTEFACTS_DIR } from '../support/report-checks.ts';
import { callCore, expectNoSeriousAxeViolations, fill, harnessPerFile, heading, messages, norm, openWithPractice } from './setup-fixtures.ts';

// Issue 17, item 4, end to end in Chromium over the real router and store: "Imprimer la fiche" on a
// person's walkthrough, pressed with the keyboard, asks where to save (the harness's recording
// dialog answers as the system's would), writes the sheet, and offers to open it to print; a place
// that cannot be written says so in the interface's language and leaves nothing. In English, with
// the mouse, a secretary's sheet. The sheets' pages are kept as PNGs.

const files = harnessPerFile();
const { sessions } = files;
const fr = messages.fr;
const en = messages.en;

const folder = mkdtempSync(join(tmpdir(), 'hygie-e2e-sheet-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const flat = (text: string) => text.replace(/\s+/gu, ' ').replace(/[\u202f\u00a0]/gu, ' ');

describe('the printed walkthrough sheet', () => {
  it('"Imprimer la fiche", with the keyboard: cancelled, refused with a clear error, then saved and opened to print', async () => {
    const session = await openWithPractice(files.harness, { locale: 'fr-FR' });
    sessions.push(session);
    const { page } = session;
    const person = await callCore<StaffMember>(session, 'staff.create', {
      firstName: 'Claire',
      lastName: 'Dupont',
      role: 'physician',
      roleLabel: null,
      emails: ['claire.dupont@cabinet-du-parc.fr'],
      services: ['amelipro', 'pro-sante-connect', 'mssante'],
    });
    await page.goto(`${session.url}#/walkthrough`);
    await expect.poll(() => heading(page)).toBe(fr.pages.walkthrough.title);
    await page.getByRole('link', { name: fill(fr.walkthrough.picker.startFor, { name: 'Claire Dupont' }) }).click();
    await page.getByText(fill(fr.walkthrough.person.heading, { name: 'Claire Dupont' })).waitFor();
    const button = page.getByRole('button', { name: fr.walkthrough.sheet.print, exact: true });

    // Cancel in the save dialog: nothing written, said so.
    session.dialogs.savePath = null;
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByText(fr.walkthrough.sheet.cancelled).waitFor();
    expect(session.dialogs.saveRequests.at(-1)?.defaultName).toMatch(/^Fiche parcours - Claire Dupont - \d{4}-\d{2}-\d{2}\.pdf$/u);

    // A folder that is not there (a USB stick pulled out): the error in plain French, nothing left.
    const gone = join(folder, 'usb', 'fiche.pdf');
    session.dialogs.savePath = gone;
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => norm(await page.getByRole('alert').allInnerTexts().then((texts) => texts.join(' ')))).toContain(norm(ERROR_MESSAGES['walkthrough-sheet-write-failed'].message.fr));
    expect(existsSync(gone)).toBe(false);
    await screenshot(page, 'walkthrough-sheet-fr-error');

    // Saved where chosen; then opened in the PDF reader to print it.
    const path = join(folder, 'fiche-claire.pdf');
    session.dialogs.savePath = path;
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByText(fill(fr.walkthrough.sheet.saved, { fileName: 'fiche-claire.pdf' })).waitFor();
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await expectNoSeriousAxeViolations(page, 'walkthrough, sheet saved');
    await screenshot(page, 'walkthrough-sheet-fr-saved');
    const open = page.getByRole('button', { name: fr.walkthrough.sheet.open, exact: true });
    await open.focus();
    await page.keyboard.press('Enter');
    await page.getByText(fr.walkthrough.sheet.opened).waitFor();
    expect(session.desktop.opened).toEqual([path]);

    const plan = await callCore<WalkthroughPlan>(session, 'walkthrough.plan', { staffId: person.id });
    const text = flat(await pdfText(path));
    expect(text).toContain(flat('la fiche de Claire Dupont'));
    for (const step of plan.steps) expect(text).toContain(flat(walkthroughItemTitle('fr', step.step, step.service)));
    const pages = Number((await pdfInfo(path)).Pages);
    expect(pages).toBeLessThanOrEqual(2);
    expect(await pdfToPngs(path, 'e2e-gp-fr', { first: 1, last: pages }, 60, SHEET_ARTEFACTS_DIR)).toHaveLength(pages);
  });

  it('"Print the sheet", with the mouse, for a secretary: her delegated amelipro items, no CPS/e-CPS one', async () => {
    const session = await openWithPractice(files.harness, { locale: 'en-GB' });
    sessions.push(session);
    const { page } = session;
    await callCore<StaffMember>(session, 'staff.create', {
      firstName: 'Hélène',
      lastName: 'Martin',
      role: 'secretary',
      roleLabel: null,
      emails: ['helene.martin@cabinet-du-parc.fr'],
      services: ['amelipro'],
    });
    await page.goto(`${session.url}#/walkthrough`);
    await expect.poll(() => heading(page)).toBe(en.pages.walkthrough.title);
    await page.getByRole('link', { name: fill(en.walkthrough.picker.startFor, { name: 'Hélène Martin' }) }).click();
    const path = join(folder, 'helene.pdf');
    session.dialogs.savePath = path;
    await page.getByRole('button', { name: en.walkthrough.sheet.print, exact: true }).click();
    await page.getByText(fill(en.walkthrough.sheet.saved, { fileName: 'helene.pdf' })).waitFor();
    await screenshot(page, 'walkthrough-sheet-en-saved');
    const text = flat(await pdfText(path));
    expect(text).toContain('Hélène Martin’s sheet');
    expect(text).toContain(walkthroughItemTitle('en', 'amelipro-delegation', 'amelipro'));
    expect(text).not.toContain(walkthroughItemTitle('en', 'enable-mfa', 'amelipro'));
    const pages = Number((await pdfInfo(path)).Pages);
    expect(await pdfToPngs(path, 'e2e-secretary-en', { first: 1, last: pages }, 60, SHEET_ARTEFACTS_DIR)).toHaveLength(pages);
  });
});
