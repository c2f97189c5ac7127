import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { configurationFrom } from '../../electron/cli/configuration.ts';
import { openExistingStore } from '../../electron/cli/local-store.ts';
import { dataFolders } from '../../electron/core/data-dir.ts';
import type { DataFolder } from '../../electron/core/model/schemas/store-status.ts';
import { PreferencesFile } from '../../electron/core/settings/preferences-file.ts';
import { listBackups } from '../../electron/core/store/backups.ts';
import { LEFTOVER_NOTE, LEFTOVER_PREFIX, moveDataFolder } from '../../electron/core/store/data-folder-move.ts';
import { applyKey } from '../../electron/core/store/encrypted-database.ts';
import { StoreHost } from '../../electron/core/store/store-host.ts';
import { openStore } from '../../electron/core/store/store.ts';
import { openCore, PRACTICE } from '../support/core.ts';
import { forgetTestSecrets, testSecrets } from '../support/keychain.ts';

// Issue 14, item 6: %APPDATA% roams and is often redirected to a server share, where SQLite's
// write-ahead log is not safe. On Windows the database, its backups and the reports live under
// %LOCALAPPDATA%\Hygie, the preferences stay roaming, and an existing %APPDATA%\Hygie is moved on
// first start: copied, proven, switched, the old files kept in a clearly named folder. Windows is
// played on Linux: the folders come from an injected platform and environment, in temp folders.

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
afterAll(forgetTestSecrets);

/** A fake Windows profile: C:\Users\x\AppData\{Roaming,Local} as temp folders. */
function windowsProfile() {
  const home = mkdtempSync(join(tmpdir(), 'hygie-win-profile-'));
  roots.push(home);
  const env = { APPDATA: join(home, 'AppData', 'Roaming'), LOCALAPPDATA: join(home, 'AppData', 'Local') };
  const userData = join(env.APPDATA, 'Hygie'); // what Electron's app.getPath('userData') answers there
  return { home, env, userData, folders: dataFolders({ platform: 'win32', env, home, userData }) };
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** What an older Hygie left in %APPDATA%\Hygie: a store with data, a daily backup, a report, the preferences. */
async function olderHygieIn(roaming: string, secrets = testSecrets()) {
  const first = await openStore({ dataDir: roaming, secrets, actor: 'app:secretariat', now: () => new Date('2026-11-20T09:00:00Z') });
  first.practice.save(PRACTICE);
  first.staff.create({ firstName: 'Jeanne', lastName: 'Dupont', role: 'physician', roleLabel: null, emails: ['jeanne@cabinet-dupont.fr'], services: [] });
  first.close();
  // A second day: the daily backup.
  const store = await openStore({ dataDir: roaming, secrets, actor: 'app:secretariat', now: () => new Date('2026-11-21T09:00:00Z') });
  const reportDir = join(roaming, 'reports', '2026-11-21_100000-abcdef12');
  mkdirSync(reportDir, { recursive: true });
  writeFileSync(join(reportDir, 'hygie-rapport-2026-11-21.pdf'), '%PDF-1.7 report');
  writeFileSync(join(reportDir, 'hygie-rapport-2026-11-21.json'), '{"report":true}\n');
  const elsewhere = join(roaming, '..', 'chosen-by-hand.pdf');
  store.reports.record({
    id: '00000000-0000-4000-8000-000000000001',
    generatedAt: '2026-11-21T10:00:00.000Z',
    generatedBy: 'app:secretariat',
    language: 'fr',
    policy: 'cnil-2022',
    anonymised: false,
    score: 42,
    jsonSha256: 'a'.repeat(64),
    files: [
      { format: 'pdf', path: join(reportDir, 'hygie-rapport-2026-11-21.pdf'), bytes: 15 },
      { format: 'json', path: join(reportDir, 'hygie-rapport-2026-11-21.json'), bytes: 16 },
      { format: 'csv', path: elsewhere, bytes: 1 },
    ],
  });
  store.close();
  await new PreferencesFile(roaming).update({ language: 'en' });
  return { secrets, elsewhere };
}

describe('the data folders', () => {
  it('on Windows: the database local, the preferences roaming, the old roaming folder to move from', () => {
    const { env, home, userData, folders } = windowsProfile();
    expect(folders).toEqual({ dataDir: join(env.LOCALAPPDATA, 'Hygie'), preferencesDir: userData, legacyDataDir: userData });
    // LOCALAPPDATA unset (a stripped environment): the profile's own AppData\Local.
    expect(dataFolders({ platform: 'win32', env: { APPDATA: env.APPDATA }, home, userData }).dataDir).toBe(join(home, 'AppData', 'Local', 'Hygie'));
  });

  it('on macOS and Linux: one folder, nothing to move', () => {
    for (const platform of ['darwin', 'linux'] as const) {
      expect(dataFolders({ platform, env: {}, home: '/home/a', userData: '/home/a/.config/Hygie' })).toEqual({
        dataDir: '/home/a/.config/Hygie',
        preferencesDir: '/home/a/.config/Hygie',
        legacyDataDir: null,
      });
    }
  });

  it('HYGIE_DATA_DIR overrides everything, on Windows too: one folder, nothing moved', () => {
    const { env, home, userData } = windowsProfile();
    const chosen = join(home, 'D-drive', 'Hygie');
    expect(dataFolders({ platform: 'win32', env: { ...env, HYGIE_DATA_DIR: chosen }, home, userData })).toEqual({
      dataDir: chosen,
      preferencesDir: chosen,
      legacyDataDir: null,
    });
  });

  it('the command line decides them the same way', () => {
    const { env, folders } = windowsProfile();
    const configuration = configurationFrom({ ...env, USERPROFILE: 'unused' }, 'win32');
    expect(configuration.dataDir).toBe(folders.dataDir);
    expect(configuration.legacyDataDir).toBe(join(env.APPDATA, 'Hygie'));
    expect(configurationFrom({ ...env, HYGIE_DATA_DIR: folders.dataDir }, 'win32').legacyDataDir).toBeNull();
  });
});

describe('moving the data out of the roaming profile on first start', () => {
  it('copies, proves and switches: the data opens from %LOCALAPPDATA%, the old files are kept aside, never deleted', async () => {
    const { folders } = windowsProfile();
    const roaming = folders.legacyDataDir!;
    const { secrets, elsewhere } = await olderHygieIn(roaming);
    const oldDatabase = sha256(join(roaming, 'hygie.db'));
    const oldBackups = listBackups(roaming);
    expect(oldBackups).toHaveLength(1);

    const host = new StoreHost({ dataDir: folders.dataDir, legacyDataDir: roaming, secrets, actor: 'app:secretariat', now: () => new Date('2026-11-22T08:00:00Z') });
    const store = await host.open();
    expect(host.dataDir).toBe(folders.dataDir);
    expect(store.dataDir).toBe(folders.dataDir);
    expect(store.practice.get()?.name).toBe('Cabinet Dupont');
    expect(store.staff.list().map((person) => person.lastName)).toEqual(['Dupont']);
    // Backups and reports came along; the reports' recorded paths follow them, a hand-chosen one does not.
    expect(listBackups(folders.dataDir).map((backup) => backup.id)).toEqual(expect.arrayContaining(oldBackups.map((backup) => backup.id)));
    const [report] = store.reports.list();
    expect(report!.files.map((file) => file.path)).toEqual([
      join(folders.dataDir, 'reports', '2026-11-21_100000-abcdef12', 'hygie-rapport-2026-11-21.pdf'),
      join(folders.dataDir, 'reports', '2026-11-21_100000-abcdef12', 'hygie-rapport-2026-11-21.json'),
      elsewhere,
    ]);
    expect(readFileSync(report!.files[0]!.path, 'utf8')).toBe('%PDF-1.7 report');
    expect(store.dataFolder.move()).toMatchObject({ state: 'moved', from: roaming, to: folders.dataDir, at: '2026-11-22T08:00:00.000Z' });
    expect(store.audit.latest(5).map((entry) => entry.action)).toContain('store.data-folder-moved');
    host.close();

    // The old folder: the preferences stay (roaming), the data sits in one clearly named folder with a note.
    const leftovers = readdirSync(roaming).filter((name) => name.startsWith(LEFTOVER_PREFIX));
    expect(leftovers).toEqual(['hygie-data-moved-2026-11-22T08-00-00Z']);
    expect(readdirSync(roaming).sort()).toEqual([leftovers[0], 'preferences.json'].sort());
    const leftover = join(roaming, leftovers[0]!);
    expect(readdirSync(leftover).sort()).toEqual([LEFTOVER_NOTE, 'backups', 'hygie.db', 'reports'].sort());
    expect(sha256(join(leftover, 'hygie.db'))).toBe(oldDatabase); // byte for byte, untouched
    const note = readFileSync(join(leftover, LEFTOVER_NOTE), 'utf8');
    expect(note).toContain(folders.dataDir);
    expect(note).toMatch(/ne le supprime jamais/u);
    expect(note).toMatch(/never deletes it/u);
    expect(await new PreferencesFile(folders.preferencesDir).read()).toEqual({ language: 'en' });

    // The copy is a real SQLCipher file under the same key from the keychain.
    const copy = new Database(join(folders.dataDir, 'hygie.db'), { fileMustExist: true });
    applyKey(copy, (await secrets.get('database-key'))!);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();

    // Settings reads where the data is and what was moved.
    const core = openCore({ dataDir: folders.dataDir, secrets });
    try {
      const folder = await core.call<DataFolder>('store.dataFolder');
      expect(folder).toMatchObject({ folder: folders.dataDir, move: { state: 'moved', from: roaming, leftover } });
    } finally {
      core.close();
    }

    // Next start: nothing more to do.
    const again = await moveDataFolder({ from: roaming, to: folders.dataDir, secrets, now: new Date('2026-11-23T08:00:00Z') });
    expect(again).toEqual({ dataDir: folders.dataDir, move: null });
  });

  it('keeps using the old folder, untouched, while the copy cannot be proven (wrong key), and tries again next time', async () => {
    const { folders } = windowsProfile();
    const roaming = folders.legacyDataDir!;
    const { secrets } = await olderHygieIn(roaming);
    const key = (await secrets.get('database-key'))!;
    const before = sha256(join(roaming, 'hygie.db'));
    await secrets.set('database-key', 'ab'.repeat(32));

    const host = new StoreHost({ dataDir: folders.dataDir, legacyDataDir: roaming, secrets, actor: 'test' });
    const status = await host.status();
    // The old folder is the one in use: its own problem (the key) and its own backups are shown.
    expect(status).toMatchObject({ state: 'unavailable', error: { code: 'database-unreadable' } });
    if (status.state === 'unavailable') expect(status.backups).toHaveLength(1);
    expect(host.dataDir).toBe(roaming);
    expect(sha256(join(roaming, 'hygie.db'))).toBe(before);
    expect(existsSync(join(folders.dataDir, 'hygie.db'))).toBe(false);
    expect(existsSync(join(folders.dataDir, 'hygie.db.moving'))).toBe(false);
    expect(readdirSync(roaming).some((name) => name.startsWith(LEFTOVER_PREFIX))).toBe(false);

    // The key back (the right Windows session): Retry moves and opens.
    await secrets.set('database-key', key);
    expect(await host.status()).toMatchObject({ state: 'ready', practiceConfigured: true });
    expect(host.dataDir).toBe(folders.dataDir);
    host.close();
  });

  it('records a move that failed after the old folder opened, and works from the old folder meanwhile', async () => {
    const { folders } = windowsProfile();
    const roaming = folders.legacyDataDir!;
    const { secrets } = await olderHygieIn(roaming);
    // Something in the way of the copy: a folder where the copy's file goes.
    mkdirSync(join(folders.dataDir, 'hygie.db.moving'), { recursive: true });

    const host = new StoreHost({ dataDir: folders.dataDir, legacyDataDir: roaming, secrets, actor: 'test', now: () => new Date('2026-11-22T08:00:00Z') });
    const store = await host.open();
    expect(store.dataDir).toBe(roaming);
    expect(store.practice.get()?.name).toBe('Cabinet Dupont');
    expect(store.dataFolder.move()).toMatchObject({ state: 'failed', from: roaming, to: folders.dataDir, at: '2026-11-22T08:00:00.000Z' });
    const recorded = store.dataFolder.move();
    expect(recorded?.state === 'failed' ? recorded.code : null).toBe('ERR_FS_EISDIR');
    expect(store.audit.latest(5).map((entry) => entry.action)).toContain('store.data-folder-move-failed');
    host.close();
    expect(existsSync(join(folders.dataDir, 'hygie.db'))).toBe(false);

    // Out of the way, the next start moves it.
    rmSync(join(folders.dataDir, 'hygie.db.moving'), { recursive: true });
    const next = new StoreHost({ dataDir: folders.dataDir, legacyDataDir: roaming, secrets, actor: 'test' });
    expect((await next.open()).dataFolder.move()).toMatchObject({ state: 'moved' });
    next.close();
  });

  it('sets the old files aside at a later start when they could not be renamed right after the switch', async () => {
    const { folders } = windowsProfile();
    const roaming = folders.legacyDataDir!;
    const { secrets } = await olderHygieIn(roaming);
    // As after a switch whose renames failed (files held): the copy in use, the old files still there.
    const first = await moveDataFolder({ from: roaming, to: folders.dataDir, secrets, now: new Date('2026-11-22T08:00:00Z') });
    expect(first.move).toMatchObject({ state: 'moved' });
    const leftover = first.move!.state === 'moved' ? first.move!.leftover! : '';
    for (const name of readdirSync(leftover)) if (name !== LEFTOVER_NOTE) rmSync(join(leftover, name), { recursive: true });
    rmSync(leftover, { recursive: true });
    await olderHygieIn(roaming, secrets); // the old files, back under their own names

    const later = await moveDataFolder({ from: roaming, to: folders.dataDir, secrets, now: new Date('2026-11-23T08:00:00Z') });
    expect(later.dataDir).toBe(folders.dataDir);
    expect(later.move).toMatchObject({ state: 'moved', leftover: join(roaming, 'hygie-data-moved-2026-11-23T08-00-00Z') });
    expect(existsSync(join(roaming, 'hygie.db'))).toBe(false);
    expect(statSync(join(roaming, 'hygie-data-moved-2026-11-23T08-00-00Z', 'hygie.db')).size).toBeGreaterThan(0);
  });

  it('is what the command line does too, before reading the store', async () => {
    const { folders } = windowsProfile();
    const roaming = folders.legacyDataDir!;
    const { secrets } = await olderHygieIn(roaming);
    const store = await openExistingStore(folders.dataDir, secrets, roaming);
    expect(store?.dataDir).toBe(folders.dataDir);
    expect(store?.practice.get()?.name).toBe('Cabinet Dupont');
    store?.close();
    // And with nothing anywhere, still no database of its own.
    const { folders: empty } = windowsProfile();
    expect(await openExistingStore(empty.dataDir, secrets, empty.legacyDataDir)).toBeNull();
    expect(existsSync(join(empty.dataDir, 'hygie.db'))).toBe(false);
  });
});
