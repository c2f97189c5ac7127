import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../electron/core/model/error-messages.ts';
import { comparableWord } from '../../electron/core/recovery/recovery-words.ts';
import { KeytarSecretStore } from '../../electron/core/store/keytar-secret-store.ts';
import { ARTEFACTS_DIR, screenshot, testKeychainService, type HygieSession } from '../support/browser-harness.ts';
import { wordsOnSheet } from '../support/recovery-sheet.ts';
import { recoveryWordForms } from '../support/secret-scan.ts';
import { folderSnapshot } from '../support/folder-snapshot.ts';
import { callCore, chooseSettingsTab, expectNoSeriousAxeViolations, fill, harnessPerFile, heading, messages, norm, openWithPractice, SAMPLE_PRACTICE } from './setup-fixtures.ts';

// The recovery kit end to end, in Chromium over the real router, store and keychain; the harness's
// recording dialogs stand in for the system's save and open dialogs (they answer with the path a
// test sets). The old computer saves its kit from Settings; a new computer, with a fresh data
// folder and a fresh keychain service, restores a backup from the sheet's words alone, after
// being told which word is wrong — with nothing touched until the words are right.

const files = harnessPerFile();
const { sessions } = files;
const fr = messages.fr;
const en = messages.en;

/** The USB stick the kit and a backup are carried on. */
const usb = mkdtempSync(join(tmpdir(), 'hygie-e2e-usb-'));
afterAll(() => rmSync(usb, { recursive: true, force: true }));

/** The page never holds the words: not in its text, not in its markup. */
async function expectNoWordsIn(session: HygieSession, key: string): Promise<void> {
  const html = (await session.page.content()).toLowerCase();
  for (const form of recoveryWordForms(key)) expect(html).not.toContain(form.toLowerCase());
}

interface OldComputer {
  dataDir: string;
  key: string;
  kit: string;
  backup: string;
}

let old: OldComputer | undefined;

/** The practice's computer: set up, kit saved from Settings, one more start for a daily backup. */
async function oldComputer(): Promise<OldComputer> {
  if (old) return old;
  const session = await openWithPractice(files.harness, { locale: 'fr-FR' });
  sessions.push(session);
  await callCore(session, 'staff.create', { firstName: 'Hélène', lastName: 'Lefèvre', role: 'secretary', roleLabel: null, emails: ['helene@cabinet-du-parc.fr'], services: ['amelipro'] });
  const { page } = session;
  await page.goto(`${session.url}#/settings?tab=provider`);
  await expect.poll(() => heading(page)).toBe(fr.pages.settings.title);
  const panel = page.getByRole('region', { name: fr.recovery.kit.title });
  await panel.scrollIntoViewIfNeeded();
  expect(norm(await panel.innerText())).toContain(norm(fr.recovery.kit.warning));
  await expectNoSeriousAxeViolations(page, 'settings, recovery kit');

  // Cancel in the save dialog: nothing written, said so.
  const save = panel.getByRole('button', { name: fr.recovery.kit.save, exact: true });
  session.dialogs.savePath = null;
  await save.click();
  await panel.getByRole('status').filter({ hasText: fr.recovery.kit.cancelled }).waitFor();
  expect(readdirSync(usb)).toEqual([]);

  // Save to the stick; the page learns the file's name, then opens it for printing.
  const kit = join(usb, 'kit-hygie.pdf');
  session.dialogs.savePath = kit;
  await save.click();
  await panel.getByRole('status').filter({ hasText: norm(fill(fr.recovery.kit.saved, { fileName: 'kit-hygie.pdf' })) }).waitFor();
  expect(session.dialogs.saveRequests.at(-1)?.filters).toEqual([{ name: 'Document PDF', extensions: ['pdf'] }]);
  expect(existsSync(kit)).toBe(true);
  await panel.getByRole('button', { name: fr.recovery.kit.open, exact: true }).click();
  await panel.getByText(fr.recovery.kit.opened).waitFor();
  expect(session.desktop.opened).toEqual([kit]);
  await screenshot(page, 'fr-settings-recovery-kit');
  mkdirSync(join(ARTEFACTS_DIR, 'screenshots'), { recursive: true });
  await panel.screenshot({ path: join(ARTEFACTS_DIR, 'screenshots', 'fr-settings-recovery-kit-panel.png') });

  // The journal says who saved a kit and when; the page never saw the words.
  await chooseSettingsTab(page, 'fr', 'journal');
  const journal = page.getByRole('region', { name: fr.audit.title });
  await journal.getByRole('button', { name: fr.audit.refresh, exact: true }).click();
  await journal.getByText(fr.recovery.journal.actions.generate).first().waitFor();
  const key = (await new KeytarSecretStore(session.keychainService).get('database-key'))!;
  await expectNoWordsIn(session, key);
  await session.close();

  // The next day's start takes the daily backup; the IT provider copies the newest to the stick.
  const again = await files.harness.open({ locale: 'fr-FR', dataDir: session.dataDir, keychainService: session.keychainService });
  sessions.push(again);
  await expect.poll(() => heading(again.page)).toBe(fr.pages.dashboard.title);
  await again.close();
  const [newest] = readdirSync(join(session.dataDir, 'backups')).filter((name) => name.endsWith('.db')).sort().reverse();
  const backup = join(usb, newest!);
  copyFileSync(join(session.dataDir, 'backups', newest!), backup);
  old = { dataDir: session.dataDir, key, kit, backup };
  return old;
}

describe('the recovery kit', () => {
  it('is saved from Settings where the save dialog says, and opened to be printed', async () => {
    const { kit, key } = await oldComputer();
    expect(await wordsOnSheet(kit)).toHaveLength(24);
    expect(key).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('restores the practice on a new computer from the first screen: a wrong word is named, nothing is touched until the words are right (fr)', async () => {
    const { kit, key, backup } = await oldComputer();
    const words = await wordsOnSheet(kit);
    const session = await files.harness.open({ locale: 'fr-FR', keychainService: testKeychainService() });
    sessions.push(session);
    const { page } = session;
    await expect.poll(() => heading(page)).toBe(fr.setup.title);
    const entry = page.getByRole('region', { name: fr.recovery.restore.entryTitle });
    await expectNoSeriousAxeViolations(page, 'first-run setup with the restore entry');
    await screenshot(page, 'fr-setup-restore-entry');
    await entry.getByRole('button', { name: fr.recovery.restore.entry, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(fr.recovery.restore.title);

    // Restore before choosing a file: asked for the file first.
    const submit = page.getByRole('button', { name: fr.recovery.restore.submit, exact: true });
    await submit.click();
    await page.getByText(fr.recovery.restore.needFile).waitFor();

    // The open dialog "picks" the backup on the stick; the page shows its name, not its path.
    session.dialogs.openPath = backup;
    await page.getByRole('button', { name: fr.recovery.restore.chooseFile, exact: true }).click();
    const fileName = backup.split(/[\\/]/u).pop()!;
    await page.getByText(norm(fill(fr.recovery.restore.chosen, { fileName }))).waitFor();
    expect(await page.content()).not.toContain(usb);
    expect(session.dialogs.openRequests[0]?.filters[0]).toEqual({ name: 'Sauvegarde d’Hygie', extensions: ['db'] });

    // One word mistyped: the field says which, and what it may be; nothing was written anywhere.
    const before = folderSnapshot(session.dataDir);
    const keyBefore = await new KeytarSecretStore(session.keychainService).get('database-key');
    const typo = [...words];
    typo[4] = `${comparableWord(words[4]!).slice(0, 5)}zz`;
    const input = page.getByRole('textbox', { name: fr.recovery.restore.wordsLabel });
    await input.fill(typo.join(' '));
    await page.getByText(fill(fr.recovery.restore.wordCount_other, { count: 24 })).waitFor();
    await submit.click();
    const fieldError = norm(fill(fr.recovery.restore.unknownWord, { position: 5, typed: typo[4]! }));
    await expect.poll(async () => norm(await page.locator('.form-field__error').innerText())).toContain(fieldError);
    expect(await page.locator('.form-field__error').innerText()).toContain(words[4]!);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(norm(await page.getByRole('alert').innerText())).toContain(norm(ERROR_MESSAGES['recovery-words-unknown-word'].message.fr));
    expect(folderSnapshot(session.dataDir)).toEqual(before);
    expect(await new KeytarSecretStore(session.keychainService).get('database-key')).toBe(keyBefore);
    await expectNoSeriousAxeViolations(page, 'restore, a wrong word');
    await screenshot(page, 'fr-restore-wrong-word');

    // Two words swapped: the checksum says the words do not go together.
    const swapped = [...words];
    [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
    await input.fill(swapped.join(' '));
    await submit.click();
    await expect.poll(async () => norm(await page.locator('.form-field__error').innerText())).toBe(norm(ERROR_MESSAGES['recovery-words-checksum'].message.fr));
    expect(folderSnapshot(session.dataDir)).toEqual(before);

    // The right words, typed in a hurry (capitals, no accents, numbers, line breaks): the practice opens.
    await input.fill(words.map((word, index) => `${index + 1}. ${comparableWord(word).toUpperCase()}`).join('\n'));
    await submit.click();
    await expect.poll(() => heading(page)).toBe(fr.pages.dashboard.title);
    expect(await callCore(session, 'practice.get')).toMatchObject({ name: SAMPLE_PRACTICE.name });
    expect(await new KeytarSecretStore(session.keychainService).get('database-key')).toBe(key);
    await expectNoWordsIn(session, key);
    await page.goto(`${session.url}#/settings?tab=journal`);
    await page.getByRole('region', { name: fr.audit.title }).getByText(fr.recovery.journal.actions.restore).waitFor();
    expect(session.consoleErrors).toEqual([]);
  });

  it('restores where the data’s key is missing, from the problem screen (en)', async () => {
    const { backup, kit, dataDir: oldDir } = await oldComputer();
    // Windows reinstalled: the data folder came back from a copy, the keychain is new and empty.
    const dataDir = mkdtempSync(join(tmpdir(), 'hygie-e2e-reinstalled-'));
    copyFileSync(join(oldDir, 'hygie.db'), join(dataDir, 'hygie.db'));
    const session = await files.harness.open({ locale: 'en-GB', dataDir, keychainService: testKeychainService() });
    sessions.push(session);
    const { page } = session;
    await expect.poll(() => heading(page)).toBe(en.storeProblem.title);
    expect(norm(await page.getByRole('alert').innerText())).toContain(norm(ERROR_MESSAGES['database-key-missing'].message.en));
    const entry = page.getByRole('region', { name: en.recovery.restore.problemTitle });
    await expectNoSeriousAxeViolations(page, 'key missing, with the kit entry');
    await screenshot(page, 'en-store-key-missing-kit');
    await entry.getByRole('button', { name: en.recovery.restore.entry, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(en.recovery.restore.title);

    // Back returns to the problem screen; then in again.
    await page.getByRole('button', { name: en.recovery.restore.back, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(en.storeProblem.title);
    await page.getByRole('button', { name: en.recovery.restore.entry, exact: true }).click();

    session.dialogs.openPath = backup;
    await page.getByRole('button', { name: en.recovery.restore.chooseFile, exact: true }).click();
    await page.getByRole('button', { name: en.recovery.restore.chooseAnother, exact: true }).waitFor();
    await page.getByRole('textbox', { name: en.recovery.restore.wordsLabel }).fill((await wordsOnSheet(kit)).join('  '));
    await expectNoSeriousAxeViolations(page, 'restore, ready');
    await screenshot(page, 'en-restore-ready');
    await page.getByRole('button', { name: en.recovery.restore.submit, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(en.pages.dashboard.title);
    // The unreadable file was set aside, not deleted.
    expect(readdirSync(dataDir).filter((name) => name.startsWith('hygie.db.unreadable-'))).toHaveLength(1);
    await session.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
});
