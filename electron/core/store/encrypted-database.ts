import Database from 'better-sqlite3-multiple-ciphers';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { HygieError } from '../model/hygie-error.ts';
import { asStoreError } from './sqlite-errors.ts';

// Opening the SQLCipher file. SQLCipher 4's format (through SQLite3 Multiple Ciphers), so an IT
// provider can open a copy with the standard sqlcipher tool and the key from the keychain. The
// key is 256 random bits given raw (x'…'): no passphrase, so no slow key derivation at open.

export type SqliteDatabase = BetterSqlite3.Database;

export function applyKey(db: SqliteDatabase, keyHex: string): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${keyHex}'"`);
}

/**
 * Open and prove the key right before anything can write: reading the schema fails on a wrong
 * key, a foreign or truncated file; the quick check then reads every page. On failure the
 * connection is closed and the file is exactly as it was.
 */
export function openEncryptedDatabase(path: string, keyHex: string, options: { mustExist: boolean; busyTimeoutMs: number }): SqliteDatabase {
  let db: SqliteDatabase | undefined;
  try {
    db = new Database(path, { fileMustExist: options.mustExist, timeout: options.busyTimeoutMs });
    applyKey(db, keyHex);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    const check = quickCheck(db);
    if (check !== 'ok') throw new HygieError('database-unreadable', { check: String(check).slice(0, 200) });
    return db;
  } catch (error) {
    db?.close();
    throw asStoreError(error);
  }
}

/**
 * SQLite's quick check, run once the key has read the schema. A page that cannot even be read
 * (SQLCipher's page check fails) is reported like one the check finds bad: with `check` in the
 * details, which tells a damaged file (right key) from a wrong key (the schema read fails).
 */
function quickCheck(db: SqliteDatabase): unknown {
  try {
    return db.pragma('quick_check', { simple: true });
  } catch (error) {
    const explained = asStoreError(error);
    if (explained instanceof HygieError && explained.code === 'database-unreadable') {
      throw new HygieError('database-unreadable', { ...explained.details, check: 'unreadable-page' }, { cause: error });
    }
    throw explained;
  }
}

/** Settings for a database proven readable: write-ahead log, foreign keys enforced. */
export function configureDatabase(db: SqliteDatabase): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
}
