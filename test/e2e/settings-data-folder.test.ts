import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store/store.ts';
import { KeytarSecretStore } from '../../electron/core/store/keytar-secret-store.ts';
import { ARTEFACTS_DIR, startHarness, testKeychainService, type Harness } from '../support/browser-harness.ts';
import { chooseSettingsTab, expectNoSeriousAxeViolations, heading, messages, SAMPLE_PRACTICE } from './setup-fixtures.ts';

// Issue 14, item 2, as the secretary meets it: the daily backup cannot be written (here its folder
// is replaced by a file; on Windows an antivirus holding it does the same), and Hygie opens on the
// dashboard anyway. Settings › Data and backups says what happened and what to do, in plain words,
// with the system's code and the folder folded away for the IT provider.

let harness: Harness;
const dirs: string[] = [];
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A practice's data from an earlier day, whose backups folder is now a file. */
async function dataWithBrokenBackups(service: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'hygie-e2e-backups-'));
  dirs.push(dir);
  const store = await openStore({ dataDir: dir, secrets: new KeytarSecretStore(service), actor: 'e2e:setup', now: () => new Date('2026-01-05T08:00:00Z') });
  store.practice.save(SAMPLE_PRACTICE);
  store.close();
  rmSync(join(dir, 'backups'), { recursive: true, force: true });
  writeFileSync(join(dir, 'backups'), '');
  return dir;
}

describe('Settings: data and backups', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`opens despite a failed daily backup, and Settings says so with the details folded (${lang})`, async () => {
      const m = messages[lang];
      const service = testKeychainService();
      const dataDir = await dataWithBrokenBackups(service);
      const session = await harness.open({ locale: lang === 'fr' ? 'fr-FR' : 'en-GB', dataDir, keychainService: service });
      const { page } = session;
      // The app itself, not the start screen's error.
      await expect.poll(() => heading(page)).toBe(m.pages.dashboard.title);

      await page.getByRole('navigation').getByRole('link', { name: m.nav.settings, exact: true }).click();
      await expect.poll(() => heading(page)).toBe(m.pages.settings.title);
      await chooseSettingsTab(page, lang, 'provider');
      const panel = page.getByRole('region', { name: m.dataFolder.title });
      await panel.getByText(m.dataFolder.status.failed, { exact: true }).waitFor();
      const said = await panel.innerText();
      expect(said).toContain(m.dataFolder.failure.reassure);
      expect(said).toContain(m.dataFolder.failure.todo);
      // Folded: the code and the folder are not in the way until asked for.
      const details = panel.getByText(m.dataFolder.failure.details, { exact: true });
      await expect.poll(() => panel.getByText(join(dataDir, 'backups'), { exact: true }).isVisible()).toBe(false);
      await details.click();
      await panel.getByText(join(dataDir, 'backups'), { exact: true }).waitFor();
      expect(await panel.innerText()).toMatch(/EEXIST|ENOTDIR/u);
      expect(await panel.innerText()).toContain(m.dataFolder.failure.causes['not-a-folder']);
      await expectNoSeriousAxeViolations(page, `settings with a failed daily backup (${lang})`);
      await panel.scrollIntoViewIfNeeded();
      await panel.screenshot({ path: join(ARTEFACTS_DIR, 'screenshots', `settings-data-folder-failed-${lang}.png`) });

      // The journal says it once, in words.
      await chooseSettingsTab(page, lang, 'journal');
      const journal = page.getByRole('region', { name: m.audit.title });
      await journal.getByText(m.dataFolder.journal.actions.backupFailed).first().waitFor();
      await session.close();
    });
  }

  it('after a move out of the roaming profile, says where the old copy is, folded', async () => {
    const m = messages.fr;
    const service = testKeychainService();
    const dataDir = await dataWithBrokenBackups(service);
    rmSync(join(dataDir, 'backups'));
    const session = await harness.open({ locale: 'fr-FR', dataDir, keychainService: service });
    await session.store.use((store) =>
      store.dataFolder.recordMove({
        state: 'moved',
        at: '2026-01-06T08:00:00.000Z',
        from: 'C:\\Users\\secretariat\\AppData\\Roaming\\Hygie',
        to: 'C:\\Users\\secretariat\\AppData\\Local\\Hygie',
        leftover: 'C:\\Users\\secretariat\\AppData\\Roaming\\Hygie\\hygie-data-moved-2026-01-06T08-00-00Z',
      }),
    );
    const { page } = session;
    await page.goto(`${session.url}#/settings?tab=provider`);
    const panel = page.getByRole('region', { name: m.dataFolder.title });
    await panel.getByText(m.dataFolder.status.ok, { exact: true }).waitFor();
    await panel.getByText(m.dataFolder.move.movedTitle, { exact: true }).click();
    await panel.getByText(/hygie-data-moved-2026-01-06T08-00-00Z/u).waitFor();
    expect(await panel.innerText()).toContain('ne la supprime jamais');
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: join(ARTEFACTS_DIR, 'screenshots', 'settings-data-folder-moved-fr.png') });
    await session.close();
  });
});
