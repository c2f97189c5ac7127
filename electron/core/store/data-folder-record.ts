import { HygieError } from '../model/hygie-error.ts';
import type { BackupFailure, DataFolderMove } from '../model/schemas/store-status.ts';
import type { AuditLog } from './audit-log.ts';
import type { SettingsRepository } from './settings-repository.ts';

// What went wrong (or was done) around the database file rather than inside it: the daily backup
// that could not be taken, the move out of a roaming profile. Kept in the store's settings so that
// Settings can show it after a restart; each change of state is also a line in the audit log.

const DAILY_FAILURE_KEY = 'backups.daily-failure';

/** What is recorded of a failure: the system's code (EBUSY, ENOTDIR…) or Hygie's own. */
export function failureCode(error: unknown): string {
  if (error instanceof HygieError) return error.code;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code.slice(0, 40) : 'unknown';
}
const MOVE_KEY = 'data-folder.move';

export class DataFolderRecord {
  readonly #settings: SettingsRepository;
  readonly #audit: AuditLog;

  constructor(settings: SettingsRepository, audit: AuditLog) {
    this.#settings = settings;
    this.#audit = audit;
  }

  dailyBackupFailure(): BackupFailure | null {
    return this.#settings.get<BackupFailure | null>(DAILY_FAILURE_KEY, null);
  }

  /** One more opening without its daily backup; the journal says so the first time only. */
  dailyBackupFailed(at: Date, code: string, folder: string): void {
    const previous = this.dailyBackupFailure();
    const failure: BackupFailure = {
      firstFailedAt: previous?.firstFailedAt ?? at.toISOString(),
      lastFailedAt: at.toISOString(),
      attempts: (previous?.attempts ?? 0) + 1,
      code,
      folder,
    };
    this.#settings.set(DAILY_FAILURE_KEY, failure);
    if (!previous) this.#audit.append('store.backup-failed', null, { systemCode: code });
  }

  dailyBackupTaken(backupId: string): void {
    const previous = this.dailyBackupFailure();
    if (!previous) return;
    this.#settings.set(DAILY_FAILURE_KEY, null);
    this.#audit.append('store.backup-recovered', backupId, { failedSince: previous.firstFailedAt });
  }

  move(): DataFolderMove | null {
    return this.#settings.get<DataFolderMove | null>(MOVE_KEY, null);
  }

  recordMove(move: DataFolderMove): void {
    const previous = this.move();
    this.#settings.set(MOVE_KEY, move);
    // The same failure at every start, or the old files renamed later: no new line in the journal.
    if (previous?.state === move.state && previous.from === move.from && (move.state === 'moved' || (previous.state === 'failed' && previous.code === move.code))) return;
    if (move.state === 'moved') this.#audit.append('store.data-folder-moved', null, { from: move.from, to: move.to, leftover: move.leftover });
    else this.#audit.append('store.data-folder-move-failed', null, { from: move.from, to: move.to, systemCode: move.code });
  }
}
