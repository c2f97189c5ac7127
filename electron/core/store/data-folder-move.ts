import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HygieError } from '../model/hygie-error.ts';
import type { DataFolderMove } from '../model/schemas/store-status.ts';
import { retryWhileLocked, type LockRetryOptions } from '../locked-file-retry.ts';
import { TEXTS } from '../text/messages.ts';
import { fill, type Language } from '../text/template.ts';
import { BACKUPS_FOLDER, DATABASE_FILE, databasePath } from './backups.ts';
import { failureCode } from './data-folder-record.ts';
import { databaseKey } from './database-key.ts';
import { openEncryptedDatabase } from './encrypted-database.ts';
import { moveReportPaths } from './report-repository.ts';
import type { SecretStore } from './secret-store.ts';

// Moving the data out of a roaming profile (see data-dir.ts): on Windows an older Hygie kept
// hygie.db, backups/ and reports/ in %APPDATA%\Hygie, which domains redirect to a server share
// where SQLite's write-ahead log is not safe. On first start the database is copied to
// %LOCALAPPDATA%\Hygie, the copy is proven (same bytes, opens with the key from the keychain,
// passes SQLite's integrity check), then put in use. Only then are the old files renamed into a
// clearly named folder beside them, with a note saying what it is; Hygie never deletes them.
// Anything going wrong before the switch leaves the old folder as it was and in use for this
// start; the move is tried again at the next one.

const REPORTS_FOLDER = 'reports';
/** What moves; everything else in the old folder (preferences, Electron's own files) stays. */
const DATA_ITEMS = [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, BACKUPS_FOLDER, REPORTS_FOLDER] as const;
/** The old files' folder, inside the old data folder: `hygie-data-moved-<UTC stamp>`. */
export const LEFTOVER_PREFIX = 'hygie-data-moved-';
export const LEFTOVER_NOTE = 'LISEZMOI - README.txt';

export interface DataFolderMoveOptions {
  from: string;
  to: string;
  secrets: SecretStore;
  now: Date;
  busyTimeoutMs?: number;
  retry?: LockRetryOptions;
}

export interface DataFolderMoveResult {
  /** The folder to open the store in for this start. */
  dataDir: string;
  /** What to record in that store; null when there was nothing to do. */
  move: DataFolderMove | null;
}

function hasDatabase(dir: string): boolean {
  return existsSync(databasePath(dir));
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function stamp(date: Date): string {
  return date.toISOString().replace(/:/gu, '-').replace(/\.\d{3}Z$/u, 'Z');
}

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/**
 * Copy hygie.db to `<to>/hygie.db.moving` from a consistent state: the log checkpointed into the
 * file, then a read transaction held while copying, so no other program's checkpoint can rewrite
 * the file under the copy. Returns the key it was opened with.
 */
async function copyDatabase(options: DataFolderMoveOptions, staging: string): Promise<string> {
  const key = await databaseKey(options.secrets, true);
  const source = openEncryptedDatabase(databasePath(options.from), key, { mustExist: true, busyTimeoutMs: options.busyTimeoutMs ?? 5000 });
  try {
    const [checkpoint] = source.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (checkpoint && checkpoint.busy !== 0) throw new HygieError('database-busy', { step: 'move' });
    source.prepare('BEGIN').run();
    source.prepare('SELECT count(*) FROM sqlite_master').get();
    for (const suffix of ['', '-wal', '-shm']) rmSync(staging + suffix, { force: true });
    copyFileSync(databasePath(options.from), staging);
    if (sha256(staging) !== sha256(databasePath(options.from))) throw new HygieError('database-unreadable', { step: 'move-copy-differs' });
    source.prepare('COMMIT').run();
  } finally {
    source.close();
  }
  return key;
}

/** The copy opens with the key, its report paths now point into the new folder, and it is whole. */
function verifyCopy(options: DataFolderMoveOptions, staging: string, key: string): void {
  const copy = openEncryptedDatabase(staging, key, { mustExist: true, busyTimeoutMs: options.busyTimeoutMs ?? 5000 });
  try {
    moveReportPaths(copy, join(options.from, REPORTS_FOLDER), join(options.to, REPORTS_FOLDER));
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new HygieError('database-unreadable', { step: 'move-integrity', check: String(check).slice(0, 200) });
  } finally {
    copy.close(); // the last connection: its log is folded into the file and removed
  }
}

/** backups/ and reports/ copied whole; each file checked for its size. */
function copyFolder(options: DataFolderMoveOptions, name: string): void {
  const source = join(options.from, name);
  if (!existsSync(source)) return;
  const target = join(options.to, name);
  cpSync(source, target, { recursive: true, force: true, preserveTimestamps: true });
  for (const file of filesUnder(source)) {
    const copied = join(target, file);
    if (!existsSync(copied) || statSync(copied).size !== statSync(join(source, file)).size) {
      throw new HygieError('database-unwritable', { step: 'move-copy-folder', folder: name });
    }
  }
}

/** The note beside the old files (text/files.*.ts), French then English: who opens the folder reads one. */
function leftoverNote(options: DataFolderMoveOptions): string {
  const values = { when: options.now.toISOString(), to: options.to };
  const lines = (language: Language) => TEXTS[language].files.leftoverNote.map((line) => fill(line, values));
  return [...lines('fr'), '', ...lines('en'), ''].join('\r\n');
}

/**
 * The old files, renamed into `hygie-data-moved-<stamp>` beside them; what cannot be renamed now
 * (held by another program) is tried again at the next start. Returns the folder, or null when
 * nothing could be set aside.
 */
function setAsideOldFiles(options: DataFolderMoveOptions): string | null {
  const present = DATA_ITEMS.filter((name) => existsSync(join(options.from, name)));
  if (present.length === 0) return null;
  const leftover = join(options.from, `${LEFTOVER_PREFIX}${stamp(options.now)}`);
  let moved = 0;
  try {
    mkdirSync(leftover, { recursive: true });
    // With a byte-order mark, so that every Notepad shows the accents.
    writeFileSync(join(leftover, LEFTOVER_NOTE), `\ufeff${leftoverNote(options)}`);
  } catch {
    return null;
  }
  for (const name of present) {
    try {
      retryWhileLocked(() => renameSync(join(options.from, name), join(leftover, name)), options.retry);
      moved += 1;
    } catch {
      // Still held: left where it is, under its own name, and set aside at the next start.
    }
  }
  return moved > 0 ? leftover : null;
}

/**
 * Decide the folder of this start, moving the data first when an older Hygie left it in `from`.
 * Never throws: a failed move is a result (the old folder stays in use), recorded by the caller.
 */
export async function moveDataFolder(options: DataFolderMoveOptions): Promise<DataFolderMoveResult> {
  const { from, to, now } = options;
  if (!hasDatabase(from)) return { dataDir: to, move: null };
  if (hasDatabase(to)) {
    // Moved at an earlier start; what is still in the old folder is the old copy.
    const leftover = setAsideOldFiles(options);
    return { dataDir: to, move: leftover ? { state: 'moved', at: now.toISOString(), from, to, leftover } : null };
  }
  const staging = `${databasePath(to)}.moving`;
  try {
    mkdirSync(to, { recursive: true });
    const key = await copyDatabase(options, staging);
    verifyCopy(options, staging, key);
    copyFolder(options, BACKUPS_FOLDER);
    copyFolder(options, REPORTS_FOLDER);
    retryWhileLocked(() => renameSync(staging, databasePath(to)), options.retry);
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm']) {
      try {
        rmSync(staging + suffix, { force: true });
      } catch {
        // A stale half copy has no database's name; the next attempt replaces it.
      }
    }
    return { dataDir: from, move: { state: 'failed', at: now.toISOString(), from, to, code: failureCode(error) } };
  }
  return { dataDir: to, move: { state: 'moved', at: now.toISOString(), from, to, leftover: setAsideOldFiles(options) } };
}
