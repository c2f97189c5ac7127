import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { HygieError } from '../../electron/core/model/hygie-error.ts';
import type { DataFolder } from '../../electron/core/model/schemas/store-status.ts';
import { isFileLockedError, LOCK_RETRY_DELAYS_MS, retryWhileLocked, retryWhileLockedAsync } from '../../electron/core/locked-file-retry.ts';
import { PreferencesFile } from '../../electron/core/settings/preferences-file.ts';
import { listBackups, takeBackup, type BackupFiles } from '../../electron/core/store/backups.ts';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from '../../electron/core/store/migrations.ts';
import { StoreHost } from '../../electron/core/store/store-host.ts';
import { openStore, type Store } from '../../electron/core/store/store.ts';
import { openCore, PRACTICE } from '../support/core.ts';
import { forgetTestSecrets, testSecrets } from '../support/keychain.ts';

// Issue 14, item 2: on Windows an antivirus or the indexer holds a new file for a moment, and a
// rename or removal then fails with EBUSY/EPERM/EACCES. Those are retried for a few seconds; a
// daily backup that still fails is a warning recorded for Settings, never a reason not to open.
// The backup before a migration protects the data: without it, no migration.

const dirs: string[] = [];
const open: Store[] = [];

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hygie-backup-fail-'));
  dirs.push(dir);
  return dir;
}

async function opened(options: Parameters<typeof openStore>[0]): Promise<Store> {
  const store = await openStore(options);
  open.push(store);
  return store;
}

function closeAll(): void {
  for (const store of open.splice(0)) store.close();
}

function locked(code: string): Error {
  return Object.assign(new Error(`${code}: resource busy or locked, rename`), { code, syscall: 'rename' });
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A database with the practice and two people, closed, at the latest schema. */
async function populated(dir: string, secrets = testSecrets(), now = () => new Date('2026-11-23T08:00:00Z')) {
  const store = await opened({ dataDir: dir, secrets, actor: 'test', now });
  store.practice.save(PRACTICE);
  for (const lastName of ['Dupont', 'Martin']) {
    store.staff.create({ firstName: 'P', lastName, role: 'nurse', roleLabel: null, emails: [`${lastName.toLowerCase()}@x.fr`], services: [] });
  }
  closeAll();
  return secrets;
}

afterEach(() => {
  closeAll();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
afterAll(forgetTestSecrets);

describe('retrying a file Windows holds for a moment', () => {
  it('tries again after EBUSY, with a growing pause, and returns what the operation returns', () => {
    const pauses: number[] = [];
    let attempts = 0;
    const result = retryWhileLocked(
      () => {
        attempts += 1;
        if (attempts <= 2) throw locked('EBUSY');
        return 'done';
      },
      { sleep: (ms) => pauses.push(ms) },
    );
    expect(result).toBe('done');
    expect(attempts).toBe(3);
    expect(pauses).toEqual([50, 100]);
  });

  it('counts EPERM and EACCES as "held" on Windows only, where they are how a sharing violation shows', () => {
    expect(['EBUSY', 'EPERM', 'EACCES'].map((code) => isFileLockedError(locked(code), 'win32'))).toEqual([true, true, true]);
    expect(['EBUSY', 'EPERM', 'EACCES'].map((code) => isFileLockedError(locked(code), 'linux'))).toEqual([true, false, false]);
    expect(isFileLockedError(locked('ENOSPC'), 'win32')).toBe(false);
    expect(isFileLockedError(new Error('no code'), 'win32')).toBe(false);

    let attempts = 0;
    expect(() =>
      retryWhileLocked(
        () => {
          attempts += 1;
          throw locked('EPERM');
        },
        { platform: 'linux', sleep: () => {} },
      ),
    ).toThrow(/EPERM/u);
    expect(attempts).toBe(1); // a lasting refusal elsewhere: no pointless wait
  });

  it('gives up after about three and a half seconds of pauses, with the last error', () => {
    const pauses: number[] = [];
    let attempts = 0;
    expect(() =>
      retryWhileLocked(
        () => {
          attempts += 1;
          throw locked('EBUSY');
        },
        { sleep: (ms) => pauses.push(ms) },
      ),
    ).toThrow(/EBUSY/u);
    expect(attempts).toBe(LOCK_RETRY_DELAYS_MS.length + 1);
    expect(pauses).toEqual([...LOCK_RETRY_DELAYS_MS]);
    expect(pauses.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(4000);
  });

  it('really waits between attempts when no pause is injected (the blocking form)', () => {
    let attempts = 0;
    const started = performance.now();
    retryWhileLocked(() => {
      attempts += 1;
      if (attempts === 1) throw locked('EBUSY');
    });
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('retries the promise form the same way', async () => {
    const pauses: number[] = [];
    let attempts = 0;
    await retryWhileLockedAsync(
      async () => {
        attempts += 1;
        if (attempts <= 2) throw locked('EACCES');
      },
      { platform: 'win32', sleepAsync: async (ms) => void pauses.push(ms) },
    );
    expect(pauses).toEqual([50, 100]);
  });
});

describe('a backup whose file is held', () => {
  it('is taken anyway when the rename fails with EBUSY twice, then succeeds', async () => {
    const target = dataDir();
    const secrets = await populated(target);
    const db = await opened({ dataDir: target, secrets, actor: 'test' });
    const renames: string[] = [];
    let refusals = 0;
    const files: BackupFiles = {
      copyFileSync,
      mkdirSync,
      rmSync,
      renameSync(from, to) {
        renames.push(to);
        if (refusals < 2) {
          refusals += 1;
          throw locked('EBUSY');
        }
        renameSync(from, to);
      },
    };
    const pauses: number[] = [];
    const backupsBefore = listBackups(target).length;
    const backup = takeBackup(db.db, target, 'daily', SCHEMA_VERSION, new Date('2030-01-01T10:00:00Z'), {
      files,
      retry: { sleep: (ms) => pauses.push(ms) },
    });
    expect(renames).toHaveLength(3);
    expect(pauses).toEqual([50, 100]);
    expect(listBackups(target)).toHaveLength(backupsBefore + 1);
    expect(listBackups(target)[0]!.id).toBe(backup.id);
    expect(readdirSync(join(target, 'backups')).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});

describe('a daily backup that cannot be taken', () => {
  it('does not stop the store from opening: the data is there and the warning is recorded', async () => {
    const dir = dataDir();
    const secrets = await populated(dir);
    // The backups folder replaced by a file: no backup can be written there.
    rmSync(join(dir, 'backups'), { recursive: true, force: true });
    writeFileSync(join(dir, 'backups'), 'not a folder');

    let now = new Date('2026-11-24T09:00:00Z');
    const store = await opened({ dataDir: dir, secrets, actor: 'app:secretariat', now: () => now });
    expect(store.practice.get()?.name).toBe('Cabinet Dupont');
    expect(store.staff.list()).toHaveLength(2);
    const failure = store.dataFolder.dailyBackupFailure();
    expect(failure).toMatchObject({ firstFailedAt: '2026-11-24T09:00:00.000Z', attempts: 1, folder: join(dir, 'backups') });
    expect(['EEXIST', 'ENOTDIR']).toContain(failure!.code);
    expect(store.audit.latest(1)[0]).toMatchObject({ action: 'store.backup-failed', details: { systemCode: failure!.code } });
    // Work goes on, and is kept.
    store.staff.create({ firstName: 'A', lastName: 'Bernard', role: 'secretary', roleLabel: null, emails: ['a.bernard@x.fr'], services: [] });
    closeAll();

    // The next day, still failing: the same warning, counted, one line in the journal only.
    now = new Date('2026-11-25T09:00:00Z');
    const again = await opened({ dataDir: dir, secrets, actor: 'app:secretariat', now: () => now });
    expect(again.staff.list()).toHaveLength(3);
    expect(again.dataFolder.dailyBackupFailure()).toMatchObject({ firstFailedAt: '2026-11-24T09:00:00.000Z', lastFailedAt: '2026-11-25T09:00:00.000Z', attempts: 2 });
    expect(again.audit.latest(50).filter((entry) => entry.action === 'store.backup-failed')).toHaveLength(1);
    closeAll();

    // Once the folder is a folder again, the next opening takes the backup and clears the warning.
    rmSync(join(dir, 'backups'));
    now = new Date('2026-11-26T09:00:00Z');
    const mended = await opened({ dataDir: dir, secrets, actor: 'app:secretariat', now: () => now });
    expect(mended.dataFolder.dailyBackupFailure()).toBeNull();
    expect(listBackups(dir).map((backup) => backup.takenAt)).toEqual(['2026-11-26T09:00:00.000Z']);
    expect(mended.audit.latest(1)[0]).toMatchObject({ action: 'store.backup-recovered', details: { failedSince: '2026-11-24T09:00:00.000Z' } });
  });

  it('still opens when the copy stays locked past the retries (antivirus), and says EBUSY', async () => {
    const dir = dataDir();
    const secrets = await populated(dir);
    let copies = 0;
    const files: BackupFiles = {
      copyFileSync: () => {
        copies += 1;
        throw locked('EBUSY');
      },
      mkdirSync,
      renameSync,
      rmSync,
    };
    const store = await opened({
      dataDir: dir,
      secrets,
      actor: 'test',
      now: () => new Date('2026-11-24T09:00:00Z'),
      backupIo: { files, retry: { sleep: () => {} } },
    });
    expect(copies).toBe(LOCK_RETRY_DELAYS_MS.length + 1);
    expect(store.staff.list()).toHaveLength(2);
    expect(store.dataFolder.dailyBackupFailure()).toMatchObject({ code: 'EBUSY' });
    expect(listBackups(dir)).toEqual([]);
  });

  it('is what Settings reads through the router, with the backups kept', async () => {
    const dir = dataDir();
    const secrets = await populated(dir);
    rmSync(join(dir, 'backups'), { recursive: true, force: true });
    writeFileSync(join(dir, 'backups'), '');
    const core = openCore({ dataDir: dir, secrets });
    try {
      const folder = await core.call<DataFolder>('store.dataFolder');
      expect(folder.folder).toBe(dir);
      expect(folder.backups).toEqual([]); // a file in place of the folder holds none
      expect(folder.dailyBackupFailure).toMatchObject({ folder: join(dir, 'backups'), attempts: 1 });
      expect(folder.move).toBeNull();
    } finally {
      core.close();
    }
  });
});

describe('the backup before a migration', () => {
  it('stops the migration when it cannot be taken: the database stays as it was, at its version', async () => {
    const dir = dataDir();
    const secrets = await populated(dir);
    rmSync(join(dir, 'backups'), { recursive: true, force: true });
    writeFileSync(join(dir, 'backups'), 'not a folder');
    const before = sha256(join(dir, 'hygie.db'));
    const next: Migration[] = [...MIGRATIONS, { version: SCHEMA_VERSION + 1, name: 'test', sql: 'ALTER TABLE staff ADD COLUMN nickname TEXT;' }];

    const error = await openStore({ dataDir: dir, secrets, actor: 'test', migrations: next }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(HygieError);
    expect((error as HygieError).code).toBe('backup-before-migration-failed');
    expect((error as HygieError).details).toMatchObject({ folder: join(dir, 'backups') });
    expect(sha256(join(dir, 'hygie.db'))).toBe(before);

    // The start screen says it, with Retry; no backup is offered (none is needed, nothing changed).
    const host = new StoreHost({ dataDir: dir, secrets, actor: 'test', migrations: next });
    const status = await host.status();
    expect(status).toMatchObject({ state: 'unavailable', error: { code: 'backup-before-migration-failed' }, backups: [] });
    if (status.state === 'unavailable') expect(status.error.message.en).toMatch(/update did not happen/u);

    // The folder mended, Retry migrates, after a backup at the old version.
    rmSync(join(dir, 'backups'));
    expect(await host.status()).toMatchObject({ state: 'ready', schemaVersion: SCHEMA_VERSION + 1 });
    expect(listBackups(dir).find((backup) => backup.reason === 'before-migration')?.schemaVersion).toBe(SCHEMA_VERSION);
    host.close();
  });
});

describe('the preferences file', () => {
  it('is saved when Windows holds it for a moment (rename refused twice with EPERM)', async () => {
    const dir = dataDir();
    let refusals = 0;
    const pauses: number[] = [];
    const preferences = new PreferencesFile(dir, {
      rename: async (from, to) => {
        if (refusals < 2) {
          refusals += 1;
          throw locked('EPERM');
        }
        renameSync(from, to);
      },
      retry: { platform: 'win32', sleepAsync: async (ms) => void pauses.push(ms) },
    });
    expect(await preferences.update({ language: 'en' })).toEqual({ language: 'en' });
    expect(pauses).toEqual([50, 100]);
    expect(await new PreferencesFile(dir).read()).toEqual({ language: 'en' });
    expect(readdirSync(dir)).toEqual(['preferences.json']);
  });
});
