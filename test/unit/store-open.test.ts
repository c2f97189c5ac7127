import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { HygieError } from '../../electron/core/model/hygie-error.ts';
import { applyKey } from '../../electron/core/store/encrypted-database.ts';
import { listBackups } from '../../electron/core/store/backups.ts';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from '../../electron/core/store/migrations.ts';
import { StoreHost } from '../../electron/core/store/store-host.ts';
import { openStore, type Store } from '../../electron/core/store/store.ts';
import { forgetTestSecrets, testSecrets, UnreachableKeychain } from '../support/keychain.ts';
import { findSecrets, listFiles } from '../support/secret-scan.ts';
import { PRACTICE } from '../support/core.ts';

const dirs: string[] = [];
const open: Store[] = [];

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hygie-store-'));
  dirs.push(dir);
  return dir;
}

async function opened(options: Parameters<typeof openStore>[0]): Promise<Store> {
  const store = await openStore(options);
  open.push(store);
  return store;
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

async function failure(promise: Promise<unknown>): Promise<HygieError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HygieError) return error;
    throw error;
  }
  throw new Error('expected a HygieError, but the promise resolved');
}


afterEach(() => {
  for (const store of open.splice(0)) store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
afterAll(forgetTestSecrets);

describe('opening the encrypted store', () => {
  it('creates an encrypted SQLite file on first run, with its random 256-bit key in the keychain', async () => {
    const dir = dataDir();
    const secrets = testSecrets();
    const store = await opened({ dataDir: dir, secrets, actor: 'test' });
    store.practice.save(PRACTICE);
    store.close();

    const key = await secrets.get('database-key');
    expect(key).toMatch(/^[0-9a-f]{64}$/u);
    const file = readFileSync(join(dir, 'hygie.db'));
    expect(file.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
    expect(file.includes(Buffer.from('Cabinet Dupont'))).toBe(false);
    // Without the key, plain SQLite cannot read it.
    const plain = new Database(join(dir, 'hygie.db'));
    expect(() => plain.prepare('SELECT * FROM sqlite_master').all()).toThrow(/not a database/u);
    plain.close();
    expect(findSecrets(dir, [key!])).toEqual([]);
  });

  it('uses WAL, enforces foreign keys and stands at the latest schema version', async () => {
    const store = await opened({ dataDir: dataDir(), secrets: testSecrets(), actor: 'test' });
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.schemaVersion).toBe(SCHEMA_VERSION);
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['account', 'audit_log', 'check_result', 'practice', 'report', 'staff', 'staff_email', 'walkthrough_progress']),
    );
    expect(() =>
      store.db.prepare("INSERT INTO account (id, staff_id, service, created_at) VALUES ('a', 'nobody', 'amelipro', 'now')").run(),
    ).toThrow(/FOREIGN KEY/u);
  });

  it("finds one person's walkthrough answers through an index, not by reading every answer of the practice", async () => {
    const store = await opened({ dataDir: dataDir(), secrets: testSecrets(), actor: 'test' });
    const plan = store.db
      .prepare('EXPLAIN QUERY PLAN SELECT step FROM walkthrough_progress WHERE staff_id = ?')
      .all('someone')
      .map((row) => (row as { detail: string }).detail);
    expect(plan.join('\n')).toMatch(/USING (COVERING )?INDEX walkthrough_progress_staff/u);
  });

  it('reopens with the key from the keychain and finds the data again', async () => {
    const dir = dataDir();
    const secrets = testSecrets();
    (await opened({ dataDir: dir, secrets, actor: 'test' })).practice.save(PRACTICE);
    open.pop()!.close();
    const again = await opened({ dataDir: dir, secrets, actor: 'test' });
    expect(again.practice.get()?.name).toBe('Cabinet Dupont');
  });

  it('refuses a database whose key is not in the keychain, and creates no second database', async () => {
    const dir = dataDir();
    (await opened({ dataDir: dir, secrets: testSecrets(), actor: 'test' })).practice.save(PRACTICE);
    open.pop()!.close();
    const before = listFiles(dir);
    const hash = sha256(join(dir, 'hygie.db'));
    const error = await failure(openStore({ dataDir: dir, secrets: testSecrets(), actor: 'test' }));
    expect(error.code).toBe('database-key-missing');
    expect(listFiles(dir)).toEqual(before);
    expect(sha256(join(dir, 'hygie.db'))).toBe(hash);
  });

  it('says "unreadable" for a wrong key and leaves the file untouched', async () => {
    const dir = dataDir();
    const secrets = testSecrets();
    (await opened({ dataDir: dir, secrets, actor: 'test' })).practice.save(PRACTICE);
    open.pop()!.close();
    const hash = sha256(join(dir, 'hygie.db'));
    await secrets.set('database-key', 'ab'.repeat(32));
    const error = await failure(openStore({ dataDir: dir, secrets, actor: 'test' }));
    expect(error.code).toBe('database-unreadable');
    expect(sha256(join(dir, 'hygie.db'))).toBe(hash);
  });

  it.each([
    ['overwritten with garbage', (path: string) => writeFileSync(path, Buffer.alloc(8192, 0x5a))],
    ['truncated to half', (path: string) => truncateSync(path, Math.floor(readFileSync(path).length / 2))],
    ['truncated to nothing', (path: string) => truncateSync(path, 0)],
  ])('a database %s is refused untouched, and the last automatic backup is offered', async (_label, damage) => {
    const dir = dataDir();
    const secrets = testSecrets();
    const first = await opened({ dataDir: dir, secrets, actor: 'test' });
    first.practice.save(PRACTICE);
    for (let i = 0; i < 200; i += 1) {
      first.staff.create({ firstName: 'P', lastName: `N${i}`, role: 'nurse', roleLabel: null, emails: [`p${i}@x.fr`], services: [] });
    }
    open.pop()!.close();
    // Opening an existing database takes the daily backup.
    (await opened({ dataDir: dir, secrets, actor: 'test' })).close();
    expect(listBackups(dir)).toHaveLength(1);

    const path = join(dir, 'hygie.db');
    damage(path);
    const hash = sha256(path);
    const host = new StoreHost({ dataDir: dir, secrets, actor: 'test' });
    const status = await host.status();
    expect(status.state).toBe('unavailable');
    if (status.state !== 'unavailable') return;
    expect(status.error.code).toBe('database-unreadable');
    expect(status.error.message.fr).toMatch(/illisible/u);
    expect(status.error.message.en).toMatch(/cannot be read/u);
    expect(status.backups).toHaveLength(1);
    expect(sha256(path)).toBe(hash);

    const restored = await host.restoreBackup(status.backups[0]!.id);
    expect(restored).toMatchObject({ state: 'ready', practiceConfigured: true });
    const store = await host.open();
    expect(store.staff.list()).toHaveLength(200);
    const aside = readdirSync(dir).filter((name) => name.startsWith('hygie.db.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(sha256(join(dir, aside[0]!))).toBe(hash); // kept aside, byte for byte
    expect(store.audit.latest(1)[0]).toMatchObject({ action: 'store.restore-backup' });
    host.close();
  });

  it('refuses a database written by a newer Hygie and leaves it untouched', async () => {
    const dir = dataDir();
    const secrets = testSecrets();
    const store = await opened({ dataDir: dir, secrets, actor: 'test' });
    store.db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    open.pop()!.close();
    const hash = sha256(join(dir, 'hygie.db'));
    const error = await failure(openStore({ dataDir: dir, secrets, actor: 'test' }));
    expect(error.code).toBe('database-too-new');
    expect(error.details).toMatchObject({ found: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION });
    expect(sha256(join(dir, 'hygie.db'))).toBe(hash);
  });

  it('backs up before a migration; the backup opens with the same key at the old version', async () => {
    const dir = dataDir();
    const secrets = testSecrets();
    (await opened({ dataDir: dir, secrets, actor: 'test' })).practice.save(PRACTICE);
    open.pop()!.close();
    const next: Migration[] = [...MIGRATIONS, { version: SCHEMA_VERSION + 1, name: 'test', sql: 'ALTER TABLE staff ADD COLUMN nickname TEXT;' }];
    const upgraded = await opened({ dataDir: dir, secrets, actor: 'test', migrations: next });
    expect(upgraded.schemaVersion).toBe(SCHEMA_VERSION + 1);
    const backup = listBackups(dir).find((entry) => entry.reason === 'before-migration');
    expect(backup?.schemaVersion).toBe(SCHEMA_VERSION);

    const copy = new Database(join(dir, 'backups', backup!.id), { fileMustExist: true });
    applyKey(copy, (await secrets.get('database-key'))!);
    expect(copy.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(copy.prepare('SELECT name FROM practice').pluck().get()).toBe('Cabinet Dupont');
    copy.close();
  });

  it('rolls a failed migration back completely: the database stays at its version', async () => {
    const dir = dataDir();
    const secrets = testSecrets();
    (await opened({ dataDir: dir, secrets, actor: 'test' })).close();
    const broken: Migration[] = [
      ...MIGRATIONS,
      { version: SCHEMA_VERSION + 1, name: 'half', sql: 'CREATE TABLE extra (id INTEGER); INSERT INTO no_such_table VALUES (1);' },
    ];
    await expect(openStore({ dataDir: dir, secrets, actor: 'test', migrations: broken })).rejects.toThrow(/no_such_table/u);
    const store = await opened({ dataDir: dir, secrets, actor: 'test' });
    expect(store.schemaVersion).toBe(SCHEMA_VERSION);
    expect(store.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").pluck().get()).toBe(0);
  });

  it('takes a daily backup at most once a day', async () => {
    const dir = dataDir();
    const secrets = testSecrets();
    let now = new Date('2026-11-23T08:00:00Z');
    const at = () => now;
    (await opened({ dataDir: dir, secrets, actor: 'test', now: at })).close();
    expect(listBackups(dir)).toHaveLength(0); // a new, empty database needs none
    for (const time of ['2026-11-23T09:00:00Z', '2026-11-23T18:00:00Z', '2026-11-24T09:30:00Z']) {
      now = new Date(time);
      (await opened({ dataDir: dir, secrets, actor: 'test', now: at })).close();
    }
    expect(listBackups(dir).map((backup) => backup.takenAt)).toEqual(['2026-11-24T09:30:00.000Z', '2026-11-23T09:00:00.000Z']);
  });

  it('says "in use" when another program holds the write lock', async () => {
    const dir = dataDir();
    const secrets = testSecrets();
    const store = await opened({ dataDir: dir, secrets, actor: 'test', busyTimeoutMs: 200 });
    const other = new Database(join(dir, 'hygie.db'));
    applyKey(other, (await secrets.get('database-key'))!);
    other.prepare('BEGIN IMMEDIATE').run();
    try {
      const error = (() => {
        try {
          store.practice.save(PRACTICE);
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(error).toBeDefined();
      const host = new StoreHost({ dataDir: dir, secrets, actor: 'test', busyTimeoutMs: 200 });
      const { createCore } = await import('../../electron/core/api/core.ts');
      const { router } = createCore(
        { dataDir: dir, store: host, appInfo: { name: 'Hygie', version: '0', shell: 'cli', platform: 'linux', versions: {} } },
        { error: () => {} },
      );
      const result = await router.call('practice.save', PRACTICE);
      expect(result).toMatchObject({ ok: false, error: { code: 'database-busy' } });
      host.close();
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
  });

  it('stops with the keychain explanation when the keychain is unreachable, writing no database', async () => {
    const dir = dataDir();
    const host = new StoreHost({ dataDir: dir, secrets: new UnreachableKeychain(testSecrets()), actor: 'test' });
    const status = await host.status();
    expect(status).toMatchObject({ state: 'unavailable', error: { code: 'keychain-unavailable' }, backups: [] });
    if (status.state === 'unavailable') {
      expect(status.error.action.fr).toMatch(/trousseau/u);
      expect(status.error.action.en).toMatch(/keychain/u);
    }
    expect(existsSync(join(dir, 'hygie.db'))).toBe(false);
  });

  it('keeps the audit log append-only', async () => {
    const store = await opened({ dataDir: dataDir(), secrets: testSecrets(), actor: 'app:secretariat' });
    store.practice.save(PRACTICE);
    expect(store.audit.latest()).toEqual([expect.objectContaining({ action: 'practice.create', actor: 'app:secretariat' })]);
    expect(() => store.db.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(/append-only/u);
    expect(() => store.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/u);
  });
});
