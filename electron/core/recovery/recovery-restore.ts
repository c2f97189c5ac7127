import { copyFileSync, existsSync, mkdtempSync, openSync, readSync, closeSync, renameSync as renameOnce, rmSync as rmOnce, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { HygieError } from '../model/hygie-error.ts';
import { retryWhileLocked } from '../locked-file-retry.ts';
import type { StoreStatus } from '../model/schemas/store-status.ts';
import { databasePath, listBackups, stamp } from '../store/backups.ts';
import { openEncryptedDatabase, type SqliteDatabase } from '../store/encrypted-database.ts';
import { SCHEMA_VERSION, schemaVersionOf } from '../store/migrations.ts';
import { asStoreError } from '../store/sqlite-errors.ts';
import type { StoreHost } from '../store/store-host.ts';
import { keysFromWords, type RecoveredKey } from './recovery-words.ts';

// Windows' antivirus or indexer may hold a file just written for a moment (locked-file-retry.ts).
const renameSync = (from: string, to: string): void => retryWhileLocked(() => renameOnce(from, to));
const rmSync = (path: string, options: Parameters<typeof rmOnce>[1]): void => retryWhileLocked(() => rmOnce(path, options));

// "Restore on a new PC": a backup file and the kit's 24 words. In this order, so that a refusal
// changes nothing at all:
// 1. the words are read (a typo is named before any file is opened);
// 2. the data folder is looked at: Hygie never replaces data it can read (only the empty database
//    a first start creates, a database whose key is missing, or one it cannot read);
// 3. the backup is copied into a private temporary folder and opened there with the key (the
//    store's own check: schema, then every page), and its write-ahead log folded in. Opening it
//    where it lies would create -wal and -shm files beside it, on the user's USB stick;
// 4. only then: the copy goes into the data folder under a temporary name, the key into the
//    keychain (read back), what it replaces is set aside (an empty first-start database is
//    deleted: it holds nothing), and the copy takes the database's name.
// A failure in step 4 puts the previous key back. The temporary folder is always removed.

export type ReplacedState = 'nothing' | 'blank' | 'database-key-missing' | 'database-unreadable';

/** A backup larger than this is not one of Hygie's (a practice's database is a few megabytes). */
const MAX_BACKUP_BYTES = 2 * 1024 * 1024 * 1024;
const SQLITE_PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** A database with no row in any table: what a first start creates before the practice is set up. */
export function isBlankDatabase(db: SqliteDatabase): boolean {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  return tables.every((table) => db.prepare(`SELECT NOT EXISTS (SELECT 1 FROM "${table.replace(/"/gu, '""')}")`).pluck().get() === 1);
}

/** What a restore would replace; throws when the folder holds data Hygie can read (or cannot tell). */
async function replaceableState(host: StoreHost): Promise<ReplacedState> {
  // No database file: nothing to replace, and asking the store's status would create one.
  if (!existsSync(databasePath(host.dataDir))) return 'nothing';
  const status = await host.status();
  if (status.state === 'ready') {
    if (!(await host.use((store) => isBlankDatabase(store.db)))) throw new HygieError('recovery-data-present');
    return 'blank';
  }
  const { code, details } = status.error;
  if (code === 'database-key-missing' || code === 'database-unreadable') return code;
  // The keychain out of reach, the file held by another program, data from a newer Hygie: not now.
  throw new HygieError(code, details);
}

/** The chosen file, copied (with its write-ahead log, if one lies beside it) into `folder`. */
function stageBackup(source: string, folder: string): string {
  let size: number;
  try {
    const stat = statSync(source);
    if (!stat.isFile()) throw new HygieError('recovery-backup-unreadable', { reason: 'not-a-file' });
    size = stat.size;
  } catch (error) {
    if (error instanceof HygieError) throw error;
    throw new HygieError('recovery-backup-unreadable', { reason: (error as NodeJS.ErrnoException).code ?? 'io' }, { cause: error });
  }
  if (size === 0) throw new HygieError('recovery-backup-unreadable', { reason: 'empty' });
  if (size > MAX_BACKUP_BYTES) throw new HygieError('recovery-backup-not-hygie', { reason: 'too-large' });
  const staged = join(folder, 'hygie.db');
  try {
    copyFileSync(source, staged);
    const wal = `${source}-wal`;
    if (existsSync(wal) && statSync(wal).isFile()) copyFileSync(wal, `${staged}-wal`);
  } catch (error) {
    throw new HygieError('recovery-backup-unreadable', { reason: (error as NodeJS.ErrnoException).code ?? 'io' }, { cause: error });
  }
  return staged;
}

function startsLikePlainSqlite(path: string): boolean {
  const header = Buffer.alloc(SQLITE_PLAIN_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  return header.equals(SQLITE_PLAIN_HEADER);
}

/** Check one open candidate: Hygie's schema, not newer than this Hygie; then fold its log in. */
function acceptOpened(db: SqliteDatabase): void {
  const version = schemaVersionOf(db);
  const hasPractice = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'practice'").get() !== undefined;
  if (version === 0 || !hasPractice) throw new HygieError('recovery-backup-not-hygie', { reason: 'schema' });
  if (version > SCHEMA_VERSION) throw new HygieError('database-too-new', { found: version, supported: SCHEMA_VERSION });
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** The key (of those the words can be) that opens the staged copy; else why none does. */
function keyOpening(staged: string, keys: readonly RecoveredKey[]): RecoveredKey {
  for (const key of keys) {
    let db: SqliteDatabase;
    try {
      db = openEncryptedDatabase(staged, key.keyHex, { mustExist: true, busyTimeoutMs: 2000 });
    } catch (error) {
      if (!(error instanceof HygieError) || error.code !== 'database-unreadable') throw error;
      // The schema was read but a page was not: the right key, a damaged file.
      if (error.details?.check !== undefined) throw new HygieError('recovery-backup-damaged', { check: error.details.check });
      continue;
    }
    try {
      acceptOpened(db);
    } finally {
      db.close();
    }
    return key;
  }
  // A plain SQLite file (not encrypted) or a size no SQLCipher file has cannot be Hygie's.
  if (startsLikePlainSqlite(staged) || statSync(staged).size % 512 !== 0) throw new HygieError('recovery-backup-not-hygie', { reason: 'format' });
  throw new HygieError('recovery-words-wrong-backup');
}

const SIDE_FILES = ['-wal', '-shm'] as const;

/** Make room for the restored file: an empty first-start database goes; anything else is set aside. */
function clearDatabaseName(dataDir: string, state: ReplacedState, now: Date): string | null {
  const current = databasePath(dataDir);
  if (state === 'blank' || state === 'nothing') {
    for (const suffix of ['', ...SIDE_FILES]) rmSync(current + suffix, { force: true });
    return null;
  }
  const aside = `${current}.unreadable-${stamp(now)}`;
  renameSync(current, aside);
  for (const suffix of SIDE_FILES) if (existsSync(current + suffix)) renameSync(current + suffix, aside + suffix);
  return aside;
}

async function putKeyBack(host: StoreHost, previous: string | null): Promise<void> {
  try {
    if (previous === null) await host.secrets.delete('database-key');
    else await host.secrets.set('database-key', previous);
  } catch {
    // The keychain failed us twice: the error being reported already says it is out of reach.
  }
}

/**
 * The key in the keychain may be the only one that opens this computer's own backups (a deleted
 * or damaged database, backups still there): replacing it would lock them. An empty first-start
 * database's key opens nothing worth keeping.
 */
function refuseToOrphanLocalBackups(host: StoreHost, previous: string | null, key: RecoveredKey, state: ReplacedState): void {
  if (previous === null || previous === key.keyHex || state === 'blank') return;
  if (listBackups(host.dataDir).length > 0) throw new HygieError('recovery-local-backups-other-key');
}

/** Put the verified copy in place and its key in the keychain; undo the key if the files fail. */
async function install(host: StoreHost, staged: string, key: RecoveredKey, previous: string | null, state: ReplacedState, now: Date): Promise<void> {
  const target = databasePath(host.dataDir);
  const incoming = `${target}.restoring`;
  host.close();
  try {
    copyFileSync(staged, incoming);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw asWriteError(error);
  }
  try {
    await host.secrets.set('database-key', key.keyHex);
    // Read it back: a keychain that accepts a write and loses it would lock the data out.
    if ((await host.secrets.get('database-key')) !== key.keyHex) throw new HygieError('keychain-unavailable', { reason: 'not-persisted' });
  } catch (error) {
    rmSync(incoming, { force: true });
    await putKeyBack(host, previous);
    throw error;
  }
  let aside: string | null = null;
  try {
    aside = clearDatabaseName(host.dataDir, state, now);
    renameSync(incoming, target);
  } catch (error) {
    rmSync(incoming, { force: true });
    if (aside && !existsSync(target)) renameSync(aside, target);
    await putKeyBack(host, previous);
    throw asWriteError(error);
  }
}

function asWriteError(error: unknown): unknown {
  if (error instanceof HygieError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') return new HygieError('database-busy', { reason: code }, { cause: error });
  if (typeof code === 'string') return new HygieError('database-unwritable', { reason: code }, { cause: error });
  return asStoreError(error);
}

/**
 * Restore `backupPath` with the kit's words into the host's data folder. Returns the store's
 * status once opened (a backup from an older Hygie is migrated as on any start, after its
 * before-migration backup). Every refusal leaves the data folder and the keychain as they were.
 */
export async function restoreWithRecoveryWords(host: StoreHost, backupPath: string, words: string, now: Date = new Date()): Promise<StoreStatus> {
  const keys = keysFromWords(words);
  const state = await replaceableState(host);
  const staging = mkdtempSync(join(tmpdir(), 'hygie-restore-'));
  try {
    const staged = stageBackup(backupPath, staging);
    const key = keyOpening(staged, keys);
    const previous = await host.secrets.get('database-key');
    refuseToOrphanLocalBackups(host, previous, key, state);
    await install(host, staged, key, previous, state, now);
    const status = await host.status();
    if (status.state === 'ready') {
      await host.use((store) =>
        store.audit.append('store.restore-recovery-kit', basename(backupPath), { replaced: state, wordList: key.language }),
      );
    }
    return status;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
