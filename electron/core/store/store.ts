import { existsSync, mkdirSync, statSync } from 'node:fs';
import { HygieError } from '../model/hygie-error.ts';
import { AuditLog } from './audit-log.ts';
import { BreachCatalogueRepository } from './breach-catalogue-repository.ts';
import { backupsDir, dailyBackupDue, databasePath, listBackups, takeBackup, type BackupIo } from './backups.ts';
import { DataFolderRecord, failureCode } from './data-folder-record.ts';
import type { DataFolderMove } from '../model/schemas/store-status.ts';
import { databaseKey } from './database-key.ts';
import { configureDatabase, openEncryptedDatabase, type SqliteDatabase } from './encrypted-database.ts';
import { MIGRATIONS, migrate, schemaVersionOf, type Migration } from './migrations.ts';
import { PracticeRepository } from './practice-repository.ts';
import type { SecretStore } from './secret-store.ts';
import { SettingsRepository } from './settings-repository.ts';
import { CorpusRepository } from './corpus-repository.ts';
import { MailDomainRepository } from './mail-domain-repository.ts';
import { BreachResultsRepository } from './breach-results-repository.ts';
import { JobRepository } from './job-repository.ts';
import { MfaStatusRepository } from './mfa-status-repository.ts';
import { WalkthroughRepository } from './walkthrough-repository.ts';
import { SharedAccountRepository } from './shared-account-repository.ts';
import { asStoreError, withStoreErrors } from './sqlite-errors.ts';
import { StaffRepository } from './staff-repository.ts';
import { PasswordRepository } from './password-repository.ts';
import { ScoreHistoryRepository } from './score-history-repository.ts';
import { ReportRepository } from './report-repository.ts';
import { FindingStatusRepository } from './finding-status-repository.ts';
import { DomainSearchRepository } from './domain-search-repository.ts';
import { NotifyMeRepository } from './notify-me-repository.ts';

export interface OpenStoreOptions {
  dataDir: string;
  secrets: SecretStore;
  /** Who is acting, for the audit log: e.g. "app:jdupont" or "cli:jdupont". */
  actor: string;
  now?: () => Date;
  /** How long a write waits for another program's lock before failing with database-busy. */
  busyTimeoutMs?: number;
  /** The schema's migrations; tests pass extra ones to exercise upgrades. */
  migrations?: readonly Migration[];
  /** File operations of the backups (tests make them fail); default node:fs, retried while locked. */
  backupIo?: BackupIo;
  /** What happened when the data folder was moved before this opening, to record in the store. */
  move?: DataFolderMove | null;
}

/** The open, migrated, encrypted database and the repositories over it. */
export class Store {
  readonly db: SqliteDatabase;
  readonly dataDir: string;
  readonly schemaVersion: number;
  readonly audit: AuditLog;
  readonly practice: PracticeRepository;
  readonly staff: StaffRepository;
  readonly settings: SettingsRepository;
  readonly breachCatalogue: BreachCatalogueRepository;
  readonly corpora: CorpusRepository;
  readonly mailDomain: MailDomainRepository;
  readonly jobs: JobRepository;
  readonly breachResults: BreachResultsRepository;
  readonly mfa: MfaStatusRepository;
  readonly walkthrough: WalkthroughRepository;
  /** Shared mailboxes and accounts: a name, an owner, the people who use them. */
  readonly sharedAccounts: SharedAccountRepository;
  readonly passwords: PasswordRepository;
  readonly scoreHistory: ScoreHistoryRepository;
  readonly reports: ReportRepository;
  /** What the practice said about each finding (the Actions page). */
  readonly findingStatuses: FindingStatusRepository;
  /** HIBP's searches of verified domains, their stealer-log websites, the aliases set aside. */
  readonly domainSearch: DomainSearchRepository;
  /** Personal mailboxes whose owner subscribed to HIBP's "Notify me". */
  readonly notifyMe: NotifyMeRepository;
  /** The daily backup's failures and the data folder's move, for Settings. */
  readonly dataFolder: DataFolderRecord;
  /** Who is acting ("app:jdupont"), for records that name who entered them. */
  readonly actor: string;

  constructor(db: SqliteDatabase, dataDir: string, actor: string, now: () => Date) {
    this.db = db;
    this.dataDir = dataDir;
    this.schemaVersion = schemaVersionOf(db);
    this.audit = new AuditLog(db, actor, now);
    this.practice = new PracticeRepository(db, this.audit, now);
    this.staff = new StaffRepository(db, this.audit, now);
    this.settings = new SettingsRepository(db);
    this.breachCatalogue = new BreachCatalogueRepository(db);
    this.corpora = new CorpusRepository(db, this.audit, actor, now);
    this.mailDomain = new MailDomainRepository(db, now);
    this.jobs = new JobRepository(db, actor, now);
    this.breachResults = new BreachResultsRepository(db);
    this.mfa = new MfaStatusRepository(db, this.audit, now);
    this.walkthrough = new WalkthroughRepository(db, this.audit, actor, now);
    this.sharedAccounts = new SharedAccountRepository(db, this.audit, now);
    this.passwords = new PasswordRepository(db);
    this.scoreHistory = new ScoreHistoryRepository(db);
    this.reports = new ReportRepository(db, this.audit);
    this.findingStatuses = new FindingStatusRepository(db, this.audit, actor, now);
    this.domainSearch = new DomainSearchRepository(db, this.audit, actor, now);
    this.notifyMe = new NotifyMeRepository(db, this.audit, actor, now);
    this.dataFolder = new DataFolderRecord(this.settings, this.audit);
    this.actor = actor;
  }

  /** Run `work` in one IMMEDIATE transaction (all or nothing), with SQLite errors explained. */
  transaction<T>(work: () => T): T {
    return withStoreErrors(() => this.db.transaction(work).immediate());
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * The copy taken before a migration protects the data the migration rewrites: without it, no
 * migration. Nothing has been changed at that point; the database stays at its version.
 */
function backupBeforeMigration(db: SqliteDatabase, options: OpenStoreOptions, version: number, at: Date): void {
  try {
    takeBackup(db, options.dataDir, 'before-migration', version, at, options.backupIo);
  } catch (error) {
    throw new HygieError('backup-before-migration-failed', { code: failureCode(error), folder: backupsDir(options.dataDir) }, { cause: error });
  }
}

/** The daily copy is a convenience, not a condition: a failure is recorded for Settings, never thrown. */
function dailyBackup(store: Store, options: OpenStoreOptions, version: number, at: Date): void {
  let taken: string;
  try {
    if (!dailyBackupDue(options.dataDir, at)) return;
    taken = takeBackup(store.db, options.dataDir, 'daily', version, at, options.backupIo).id;
  } catch (error) {
    store.dataFolder.dailyBackupFailed(at, failureCode(error), backupsDir(options.dataDir));
    return;
  }
  store.dataFolder.dailyBackupTaken(taken);
}

/**
 * Open the practice's database: key from the keychain (created on first run), proven readable,
 * refused if written by a newer Hygie, backed up before any migration (or not migrated) and at
 * most daily (a failed daily backup is recorded, not fatal). Every refusal leaves the file
 * exactly as it was.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const now = options.now ?? (() => new Date());
  mkdirSync(options.dataDir, { recursive: true });
  const path = databasePath(options.dataDir);
  // A zero-length file with backups beside it is a truncated database, not a fresh one.
  const size = existsSync(path) ? statSync(path).size : -1;
  const exists = size > 0 || (size === 0 && listBackups(options.dataDir).length > 0);
  const key = await databaseKey(options.secrets, exists);
  // SQLite would happily treat the empty file as a new database; here it is a lost one.
  if (size === 0 && exists) throw new HygieError('database-unreadable', { reason: 'empty-file' });
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations[migrations.length - 1]!.version;
  const db = openEncryptedDatabase(path, key, { mustExist: exists, busyTimeoutMs: options.busyTimeoutMs ?? 5000 });
  try {
    const found = schemaVersionOf(db);
    if (found > latest) throw new HygieError('database-too-new', { found, supported: latest });
    configureDatabase(db);
    if (found > 0 && found < latest) backupBeforeMigration(db, options, found, now());
    migrate(db, found, migrations);
    const store = new Store(db, options.dataDir, options.actor, now);
    if (options.move) store.dataFolder.recordMove(options.move);
    if (found > 0) dailyBackup(store, options, latest, now());
    return store;
  } catch (error) {
    db.close();
    throw asStoreError(error);
  }
}
