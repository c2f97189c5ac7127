import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../electron/core/model/error-messages.ts';
import { KeytarSecretStore } from '../../electron/core/store/keytar-secret-store.ts';
import {
  screenshot,
  startHarness,
  testKeychainService,
  UnreachableKeychain,
  type Harness,
} from '../support/browser-harness.ts';
import { chooseSettingsTab, expectNoSeriousAxeViolations, heading, messages, openWithPractice, SAMPLE_PRACTICE, windowScreenshot } from './setup-fixtures.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const fr = messages.fr;

describe('when Hygie cannot open its data', () => {
  it('says the keychain is unreachable and what to do, and opens once it is back (Retry)', async () => {
    const service = testKeychainService();
    const keychain = new UnreachableKeychain(new KeytarSecretStore(service));
    const session = await harness.open({ locale: 'fr-FR', keychainService: service, secrets: keychain });
    const { page } = session;

    await expect.poll(() => heading(page)).toBe(fr.storeProblem.title);
    const alert = page.getByRole('alert');
    expect(await alert.innerText()).toContain(ERROR_MESSAGES['keychain-unavailable'].message.fr);
    expect(await alert.innerText()).toContain(ERROR_MESSAGES['keychain-unavailable'].action.fr);
    // no app behind it, and no backup can help without the keychain
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByText(fr.storeProblem.backups.title).count()).toBe(0);
    // the data folder is named, for the IT provider, in the folded details
    await page.locator('.store-problem__details').getByText(fr.providerDetails.summary).click();
    await page.getByText(session.dataDir, { exact: true }).waitFor();
    await expectNoSeriousAxeViolations(page, 'keychain problem');
    await screenshot(page, 'fr-store-keychain-unavailable');

    // Retry while still unreachable: said so, with the time of the attempt.
    const retry = page.getByRole('button', { name: fr.storeProblem.retry, exact: true });
    await retry.click();
    await page.getByRole('status').filter({ hasText: fr.storeProblem.stillFailing.split('(')[0].trim() }).waitFor();
    expect(await heading(page)).toBe(fr.storeProblem.title);

    // The user starts the keyring, then Retry: the first-run setup opens (the data folder is new).
    keychain.reachable = true;
    await retry.click();
    await expect.poll(() => heading(page)).toBe(fr.setup.title);
    // nothing was ever written in clear while the keychain was away
    expect(await keychain.get('database-key')).toMatch(/\S/);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('says it in English on an English computer', async () => {
    const service = testKeychainService();
    const keychain = new UnreachableKeychain(new KeytarSecretStore(service));
    const session = await harness.open({ locale: 'en-GB', keychainService: service, secrets: keychain });
    const { page } = session;
    const en = messages.en;
    await expect.poll(() => heading(page)).toBe(en.storeProblem.title);
    const alert = page.getByRole('alert');
    expect(await alert.innerText()).toContain(ERROR_MESSAGES['keychain-unavailable'].message.en);
    expect(await alert.innerText()).toContain(ERROR_MESSAGES['keychain-unavailable'].action.en);
    await page.getByRole('button', { name: en.storeProblem.retry, exact: true }).waitFor();
    await screenshot(page, 'en-store-keychain-unavailable');
    await session.close();
  });

  it('offers the automatic backups for an unreadable database, changes nothing until asked, then restores', async () => {
    // A practice set up, then a second start: opening an existing database takes the daily backup.
    const first = await openWithPractice(harness, { locale: 'fr-FR' });
    const { dataDir, keychainService } = first;
    await expect.poll(() => heading(first.page)).toBe(fr.pages.dashboard.title);
    await first.close();
    const second = await harness.open({ locale: 'fr-FR', dataDir, keychainService });
    await expect.poll(() => heading(second.page)).toBe(fr.pages.dashboard.title);
    await second.close();
    const backups = readdirSync(join(dataDir, 'backups')).filter((name) => name.endsWith('.db'));
    expect(backups.length).toBeGreaterThan(0);

    // The database file is damaged.
    const databaseFile = join(dataDir, 'hygie.db');
    const garbage = randomBytes(readFileSync(databaseFile).length);
    writeFileSync(databaseFile, garbage);
    for (const suffix of ['-wal', '-shm']) expect(existsSync(databaseFile + suffix), suffix).toBe(false);

    const third = await harness.open({ locale: 'fr-FR', dataDir, keychainService });
    const { page } = third;
    await expect.poll(() => heading(page)).toBe(fr.storeProblem.title);
    const alert = page.getByRole('alert');
    expect(await alert.innerText()).toContain(ERROR_MESSAGES['database-unreadable'].message.fr);
    expect(await alert.innerText()).toContain(ERROR_MESSAGES['database-unreadable'].action.fr);
    const list = page.getByRole('list', { name: fr.storeProblem.backups.listLabel });
    await list.waitFor();
    expect(await list.getByRole('listitem').count()).toBe(backups.length);
    expect(await list.innerText()).toContain(fr.storeProblem.backups.reason.daily);
    expect(await list.innerText()).toContain(fr.storeProblem.backups.latest);
    await expectNoSeriousAxeViolations(page, 'unreadable database');
    await screenshot(page, 'fr-store-database-unreadable');
    // Looking changed nothing.
    expect(readFileSync(databaseFile).equals(garbage)).toBe(true);

    // The confirmation says the unreadable file is kept; Cancel (Escape) leaves everything as it was.
    const restore = list.getByRole('button', { name: fr.storeProblem.backups.restore, exact: true }).first();
    await restore.click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(fr.storeProblem.confirm.keptAside);
    // Cancel has focus: Enter alone never replaces the data.
    expect(
      await dialog.getByRole('button', { name: fr.storeProblem.confirm.cancel, exact: true }).evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await expectNoSeriousAxeViolations(page, 'restore confirmation');
    await windowScreenshot(page, 'fr-store-restore-confirm');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await restore.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(readFileSync(databaseFile).equals(garbage)).toBe(true);

    // Restore: the app opens with the practice intact; the damaged file sits aside, unchanged.
    await restore.click();
    await dialog.getByRole('button', { name: fr.storeProblem.confirm.confirm, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(fr.pages.dashboard.title);
    const practice = await third.router.call('practice.get', undefined);
    expect(practice).toMatchObject({ ok: true, value: { name: SAMPLE_PRACTICE.name, referent: SAMPLE_PRACTICE.referent } });
    const setAside = readdirSync(dataDir).filter((name) => name.startsWith('hygie.db.unreadable-'));
    expect(setAside).toHaveLength(1);
    expect(readFileSync(join(dataDir, setAside[0]!)).equals(garbage)).toBe(true);
    expect(readFileSync(databaseFile).equals(garbage)).toBe(false);

    // The journal says so.
    await page.getByRole('navigation').getByRole('link', { name: fr.nav.settings, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(fr.pages.settings.title);
    await chooseSettingsTab(page, 'fr', 'journal');
    await page.getByRole('table').getByText(fr.audit.actions.store['restore-backup'], { exact: true }).waitFor();
    expect(third.consoleErrors).toEqual([]);
    await third.close();
  });
});
