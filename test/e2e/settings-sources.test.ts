import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../electron/core/model/schemas/corpora.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTEFACTS_DIR, screenshot, startHarness, type Harness } from '../support/browser-harness.ts';
import { findSecrets } from '../support/secret-scan.ts';
import { chooseSettingsTab, escapeRegExp, expectNoSeriousAxeViolations, heading, messages, openWithPractice, windowScreenshot } from './setup-fixtures.ts';

// Settings → Breach lists: a practice imports the list of addresses its IT provider sent
// after a leak, sees it listed with its count and date, and removes it.

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const fr = messages.fr;
const LEAKED = 'secretariat.leak@cabinet-dupont.fr';
const LIST = ['Nom;E-mail;Ville', `Secrétariat;${LEAKED};Lyon`, 'Dupont;jeanne.dupont@cabinet-dupont.fr;Lyon', 'Martin;pas-une-adresse;Lyon', 'Durand;paul.durand@orange.fr;Lyon'].join('\r\n');

describe('Settings: local breach sources', () => {
  it('imports a list of breached addresses, lists it with its count and date, and removes it', async () => {
    const session = await openWithPractice(harness, { locale: 'fr-FR' });
    const { page } = session;
    await page.getByRole('navigation').getByRole('link', { name: fr.nav.settings, exact: true }).click();
    await chooseSettingsTab(page, 'fr', 'provider');
    await expect.poll(() => heading(page)).toBe(fr.pages.settings.title);
    const panel = page.getByRole('region', { name: fr.sources.title });
    await panel.getByText(fr.sources.list.empty, { exact: true }).waitFor();

    // Import without a file: said at the form, nothing sent.
    await panel.getByRole('button', { name: fr.sources.import.submit, exact: true }).click();
    await panel.getByText(fr.sources.import.fileRequired, { exact: true }).waitFor();

    const chooser = page.waitForEvent('filechooser');
    await panel.getByRole('button', { name: fr.sources.import.choose, exact: true }).click();
    await (await chooser).setFiles({ name: 'fuite-logiciel-rdv.csv', mimeType: 'text/csv', buffer: Buffer.from(LIST, 'utf8') });
    const name = panel.getByRole('textbox', { name: new RegExp(`^${escapeRegExp(fr.sources.import.name)}`) });
    expect(await name.inputValue()).toBe('fuite-logiciel-rdv'); // the file's name as a first guess
    await name.fill('Fuite logiciel RDV');
    const date = panel.getByRole('textbox', { name: new RegExp(`^${escapeRegExp(fr.sources.import.date)}`) });
    await date.fill('31/02/2024');
    await panel.getByRole('button', { name: fr.sources.import.submit, exact: true }).click();
    await panel.getByText(fr.sources.import.dateInvalid, { exact: true }).waitFor();
    await date.fill('14/03/2024');
    await panel.getByRole('button', { name: fr.sources.import.submit, exact: true }).click();

    const status = panel.getByRole('status').filter({ hasText: 'Fuite logiciel RDV' });
    await status.waitFor();
    const said = await status.innerText();
    expect(said).toContain('3 adresses enregistrées');
    expect(said).toContain('Colonne lue\u202f: colonne 2 «\u202fE-mail\u202f»');
    expect(said).toContain('ligne 4');
    expect(said).not.toContain('pas-une-adresse'); // a refused line is shown by number, not content

    // Listed, with its count and date in French.
    const table = panel.getByRole('table', { name: fr.sources.list.title });
    const row = table.getByRole('row').filter({ hasText: 'Fuite logiciel RDV' });
    await row.waitFor();
    const rowText = await row.innerText();
    expect(rowText).toContain('14 mars 2024');
    expect(rowText).toContain('3 adresses');
    const corpora = (await session.router.call('corpora.list', undefined)) as { ok: true; value: Corpus[] };
    expect(corpora.value).toHaveLength(1);
    await expectNoSeriousAxeViolations(page, 'settings with a local breach source');
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-sources-fr');
    await panel.screenshot({ path: join(ARTEFACTS_DIR, 'screenshots', 'settings-sources-panel-fr.png') });

    // Removal asks first; Cancel has the focus.
    await row.getByRole('button', { name: `Supprimer la liste Fuite logiciel RDV`, exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await windowScreenshot(page, 'settings-sources-remove-fr');
    await dialog.getByRole('button', { name: fr.sources.remove.confirm, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await panel.getByText(fr.sources.list.empty, { exact: true }).waitFor();

    // The journal says both, and the data folder never held the address in clear.
    await chooseSettingsTab(page, 'fr', 'journal');
    const journal = page.getByRole('region', { name: fr.audit.title });
    await journal.getByText(fr.sources.journal.actions.import, { exact: true }).waitFor();
    await journal.getByText(fr.sources.journal.actions.remove, { exact: true }).waitFor();
    expect(session.consoleErrors).toEqual([]);
    const dataDir = session.dataDir;
    await session.close();
    expect(findSecrets(dataDir, [LEAKED])).toEqual([]);
  });

  it('imports a big list as a job: a progress bar with the time left, Cancel from the keyboard keeps nothing, then the summary', async () => {
    const session = await openWithPractice(harness, { locale: 'fr-FR' });
    const { page } = session;
    await page.getByRole('navigation').getByRole('link', { name: fr.nav.settings, exact: true }).click();
    await chooseSettingsTab(page, 'fr', 'provider');
    const panel = page.getByRole('region', { name: fr.sources.title });
    await panel.getByText(fr.sources.list.empty, { exact: true }).waitFor();
    const bigList = (lines: number) => Buffer.from(Array.from({ length: lines }, (_, index) => `patient${index + 1}@exemple.fr`).join('\n'), 'utf8');
    const startImport = async (lines: number, fileName: string) => {
      const chooser = page.waitForEvent('filechooser');
      await panel.getByRole('button', { name: /^Choisir (un|un autre) fichier/u }).click();
      await (await chooser).setFiles({ name: fileName, mimeType: 'text/plain', buffer: bigList(lines) });
      await panel.getByRole('textbox', { name: new RegExp(`^${escapeRegExp(fr.sources.import.date)}`) }).fill('02/11/2024');
      await panel.getByRole('button', { name: fr.sources.import.submit, exact: true }).click();
    };

    // A long one, cancelled from the keyboard while the bar moves.
    await startImport(200_000, 'tres-grosse-fuite.txt');
    const bar = panel.getByRole('progressbar', { name: fr.sources.import.progress.label });
    await bar.waitFor();
    await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(Number(await bar.getAttribute('max'))).toBe(200_000);
    await panel.getByText(/Temps restant estimé\s: /u).waitFor();
    await panel.getByText(/ \/ 200\s000 lignes lues$/u).waitFor();
    await panel.screenshot({ path: join(ARTEFACTS_DIR, 'screenshots', 'settings-sources-import-progress-fr.png') });
    const cancel = panel.getByRole('button', { name: fr.sources.import.progress.cancel, exact: true });
    await cancel.focus();
    await page.keyboard.press('Enter');
    await panel.getByRole('status').filter({ hasText: fr.sources.import.cancelled }).waitFor();
    await bar.waitFor({ state: 'detached' });
    await panel.getByText(fr.sources.list.empty, { exact: true }).waitFor();
    const afterCancel = (await session.router.call('corpora.list', undefined)) as { ok: true; value: Corpus[] };
    expect(afterCancel.value).toEqual([]);

    // A 50,000-line one, to the end: the same summary as ever, and the list.
    await startImport(50_000, 'grosse-fuite.txt');
    await panel.getByRole('status').filter({ hasText: /50\s000 adresses enregistrées/u }).waitFor({ timeout: 30_000 });
    await panel.getByRole('table', { name: fr.sources.list.title }).getByRole('row').filter({ hasText: 'tres-grosse-fuite' }).waitFor();
    await panel.screenshot({ path: join(ARTEFACTS_DIR, 'screenshots', 'settings-sources-import-done-fr.png') });
    await expectNoSeriousAxeViolations(page, 'settings after a big import');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('refuses a Pwned Passwords copy folder that does not exist, takes one pasted in quotes, and asks which CSV column to import, in English', async () => {
    const en = messages.en;
    const session = await openWithPractice(harness, { locale: 'en-GB' });
    const { page } = session;
    await page.getByRole('navigation').getByRole('link', { name: en.nav.settings, exact: true }).click();
    await chooseSettingsTab(page, 'en', 'provider');
    const panel = page.getByRole('region', { name: en.sources.title });
    const folder = panel.getByRole('textbox', { name: new RegExp(`^${escapeRegExp(en.sources.mirror.field)}`) });
    await folder.fill('relative/folder');
    await panel.getByRole('button', { name: en.sources.mirror.save, exact: true }).click();
    await panel.getByText(en.sources.mirror.invalid, { exact: true }).waitFor();
    await folder.fill('/nonexistent/hygie-pwned-copy');
    await panel.getByRole('button', { name: en.sources.mirror.save, exact: true }).click();
    await panel.getByRole('alert').filter({ hasText: 'This folder does not exist on this computer' }).waitFor();
    expect(await panel.getByText(/Password checks: online service/u).count()).toBe(1);
    await panel.screenshot({ path: join(ARTEFACTS_DIR, 'screenshots', 'settings-sources-mirror-en.png') });

    // Pasted from Explorer's "Copy as path", in double quotes: taken as the folder inside them (issue 14).
    const copy = mkdtempSync(join(tmpdir(), 'hygie-pwned-copy '));
    writeFileSync(join(copy, '5BAA6.txt'), '1E4C9B93F3F0682250B6CF8331B7EE68FD8:10437277\r\n');
    await folder.fill(`"${copy}"`);
    await panel.getByRole('button', { name: en.sources.mirror.save, exact: true }).click();
    await panel.getByText(en.sources.mirror.saved, { exact: true }).waitFor();
    await panel.getByText(`Password checks: local folder ${copy}`, { exact: true }).waitFor();
    expect(await folder.inputValue()).toBe(copy);
    await panel.getByRole('button', { name: en.sources.mirror.clear, exact: true }).click();
    await panel.getByText(en.sources.mirror.cleared, { exact: true }).waitFor();
    rmSync(copy, { recursive: true, force: true });

    // A CSV with two columns that could be the list: Hygie asks which one instead of guessing.
    const chooser = page.waitForEvent('filechooser');
    await panel.getByRole('button', { name: en.sources.import.choose, exact: true }).click();
    const twoColumns = ['email,sha1', `${LEAKED},${'ab'.repeat(20)}`, `other@cabinet-dupont.fr,${'cd'.repeat(20)}`].join('\n');
    await (await chooser).setFiles({ name: 'dump.csv', mimeType: 'text/csv', buffer: Buffer.from(twoColumns, 'utf8') });
    await panel.getByRole('textbox', { name: new RegExp(`^${escapeRegExp(en.sources.import.date)}`) }).fill('01/06/2025');
    await panel.getByRole('button', { name: en.sources.import.submit, exact: true }).click();
    await panel.getByRole('alert').filter({ hasText: 'Several columns of this file hold addresses or hashes' }).waitFor();
    await panel.getByRole('button', { name: new RegExp(escapeRegExp(en.sources.import.column)) }).click();
    await page.getByRole('option', { name: 'column 1 “email”', exact: true }).click();
    await panel.getByRole('button', { name: en.sources.import.submit, exact: true }).click();
    await panel.getByRole('status').filter({ hasText: '“dump” imported: 2 addresses recorded.' }).waitFor();
    await panel.getByRole('table', { name: en.sources.list.title }).getByRole('row').filter({ hasText: 'dump' }).waitFor();
    await session.close();
  });
});
