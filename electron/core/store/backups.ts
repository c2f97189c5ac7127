import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HygieError } from '../model/hygie-error.ts';
import type { BackupInfo } from '../model/schemas/store-status.ts';
import { retryWhileLocked, type LockRetryOptions } from '../locked-file-retry.ts';
import type { SqliteDatabase } from './encrypted-database.ts';

// Automatic backups: before every migration and at most daily. A backup is a copy of the
// encrypted file after a WAL checkpoint, so it is as encrypted as the original and opens with
// the same key from the keychain.

export const DATABASE_FILE = 'hygie.db';
export const BACKUPS_FOLDER = 'backups';
const KEEP_PER_REASON = 10;

export type BackupReason = BackupInfo['reason'];

/** The file operations a backup or a restore makes; tests hand in one that fails on purpose. */
export interface BackupFiles {
  copyFileSync(source: string, target: string): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { force: true }): void;
  mkdirSync(path: string, options: { recursive: true }): unknown;
}

export interface BackupIo {
  files?: BackupFiles;
  retry?: LockRetryOptions;
}

const NODE_FILES: BackupFiles = { copyFileSync, renameSync, rmSync, mkdirSync };

/** Each file operation, retried while Windows (an antivirus, the indexer) holds the file. */
function lockTolerant(io: BackupIo): BackupFiles {
  const files = io.files ?? NODE_FILES;
  const retry = <T>(operation: () => T) => retryWhileLocked(operation, io.retry);
  return {
    copyFileSync: (source, target) => retry(() => files.copyFileSync(source, target)),
    renameSync: (from, to) => retry(() => files.renameSync(from, to)),
    rmSync: (path, options) => retry(() => files.rmSync(path, options)),
    mkdirSync: (path, options) => retry(() => files.mkdirSync(path, options)),
  };
}

const NAME = /^hygie-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(before-migration|daily)-v(\d+)\.db$/u;

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

export function backupsDir(dataDir: string): string {
  return join(dataDir, BACKUPS_FOLDER);
}

/** A date as it appears in file names: 2026-11-23T10-15-30-123Z. */
export function stamp(date: Date): string {
  return date.toISOString().replace(/:/gu, '-').replace('.', '-');
}

function parseStamp(text: string): string {
  // 2026-11-23T10-15-30-123Z → 2026-11-23T10:15:30.123Z
  return text.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/u, 'T$1:$2:$3.$4Z');
}

/** Backups on disk, newest first. Files that are not Hygie's backups are ignored. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return []; // a file in its place holds no backup
  const backups: BackupInfo[] = [];
  for (const name of readdirSync(dir)) {
    const match = NAME.exec(name);
    if (!match) continue;
    backups.push({
      id: name,
      takenAt: parseStamp(match[1]!),
      reason: match[2] as BackupReason,
      schemaVersion: Number(match[3]),
      sizeBytes: statSync(join(dir, name)).size,
    });
  }
  return backups.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** Copy the (checkpointed) database file into the backups folder, then prune old ones. */
export function takeBackup(
  db: SqliteDatabase,
  dataDir: string,
  reason: BackupReason,
  schemaVersion: number,
  now: Date,
  io: BackupIo = {},
): BackupInfo {
  const files = lockTolerant(io);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const dir = backupsDir(dataDir);
  files.mkdirSync(dir, { recursive: true });
  const id = `hygie-${stamp(now)}-${reason}-v${schemaVersion}.db`;
  const target = join(dir, id);
  try {
    files.copyFileSync(databasePath(dataDir), `${target}.partial`);
    files.renameSync(`${target}.partial`, target); // a crash mid-copy never leaves a half backup under a valid name
  } catch (error) {
    try {
      files.rmSync(`${target}.partial`, { force: true });
    } catch {
      // Left behind: it has no backup's name, so it is never offered nor counted.
    }
    throw error;
  }
  pruneBackups(dataDir, reason, files);
  return { id, takenAt: now.toISOString(), reason, schemaVersion, sizeBytes: statSync(target).size };
}

function pruneBackups(dataDir: string, reason: BackupReason, files: BackupFiles): void {
  const old = listBackups(dataDir).filter((backup) => backup.reason === reason).slice(KEEP_PER_REASON);
  for (const backup of old) {
    try {
      files.rmSync(join(backupsDir(dataDir), backup.id), { force: true });
    } catch {
      // Still held after the retries: one backup too many is kept until the next one prunes it.
    }
  }
}

/** A daily backup is due when none was taken in the last 24 hours. */
export function dailyBackupDue(dataDir: string, now: Date): boolean {
  const newest = listBackups(dataDir)[0];
  return !newest || now.getTime() - Date.parse(newest.takenAt) >= 24 * 60 * 60 * 1000;
}

/**
 * Put a backup in place of the database. The database it replaces is not deleted: it is renamed
 * beside it (hygie.db.unreadable-<date>), with its WAL, for the IT provider to look at.
 */
export function restoreBackup(dataDir: string, backupId: string, now: Date, io: BackupIo = {}): { setAside: string | null } {
  const { copyFileSync, renameSync } = lockTolerant(io);
  if (!NAME.test(backupId)) throw new HygieError('backup-not-found');
  const source = join(backupsDir(dataDir), backupId);
  if (!existsSync(source)) throw new HygieError('backup-not-found');
  const current = databasePath(dataDir);
  let setAside: string | null = null;
  if (existsSync(current)) {
    setAside = `${current}.unreadable-${stamp(now)}`;
    renameSync(current, setAside);
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(current + suffix)) renameSync(current + suffix, setAside + suffix);
    }
  }
  copyFileSync(source, `${current}.partial`);
  renameSync(`${current}.partial`, current);
  return { setAside };
}
