import { apiError } from '../model/envelope.ts';
import { HygieError } from '../model/hygie-error.ts';
import type { StoreStatus } from '../model/schemas/store-status.ts';
import { listBackups, restoreBackup } from './backups.ts';
import { moveDataFolder } from './data-folder-move.ts';
import type { SecretStore } from './secret-store.ts';
import { asStoreError } from './sqlite-errors.ts';
import { openStore, type OpenStoreOptions, type Store } from './store.ts';

// Holds the one open Store of a process (the app's main process or the CLI). Opening is lazy
// and retried on each request until it succeeds, so "start the keyring, then Retry" works
// without restarting Hygie.

/** Failures for which an older backup can help; a missing keychain is not one of them. */
const BACKUP_CAN_HELP = new Set(['database-unreadable', 'database-too-new']);

export interface StoreHostOptions extends OpenStoreOptions {
  /**
   * Where an older Hygie kept the database (Windows: %APPDATA%\Hygie, see data-dir.ts): moved to
   * `dataDir` before the first opening. While the move cannot be made, the old folder is used.
   */
  legacyDataDir?: string | null;
}

export class StoreHost {
  readonly #options: StoreHostOptions;
  #store: Store | undefined;
  #opening: Promise<Store> | undefined;
  readonly #openListeners = new Set<(store: Store) => void>();
  /** The folder in use: `dataDir`, or the legacy one while the move has not been made. */
  #dataDir: string;

  constructor(options: StoreHostOptions) {
    this.#options = options;
    this.#dataDir = options.dataDir;
  }

  get dataDir(): string {
    return this.#dataDir;
  }

  get secrets(): SecretStore {
    return this.#options.secrets;
  }

  /** The open store, opening it first if needed. Throws the HygieError that explains why not. */
  async open(): Promise<Store> {
    if (this.#store?.db.open) return this.#store;
    this.#opening ??= this.#moveThenOpen().finally(() => {
      this.#opening = undefined;
    });
    const opened = await this.#opening;
    const fresh = this.#store !== opened;
    this.#store = opened;
    // Told once per database opened (e.g. so interrupted jobs resume), after the caller's work starts.
    if (fresh) for (const listener of this.#openListeners) queueMicrotask(() => listener(opened));
    return opened;
  }

  async #moveThenOpen(): Promise<Store> {
    const { legacyDataDir, ...options } = this.#options;
    if (!legacyDataDir) return openStore(options);
    const now = (options.now ?? (() => new Date()))();
    const { dataDir, move } = await moveDataFolder({ from: legacyDataDir, to: options.dataDir, secrets: options.secrets, now });
    this.#dataDir = dataDir;
    return openStore({ ...options, dataDir, move });
  }

  /** Called each time a store is opened (first use, or after close); returns the unsubscriber. */
  onOpen(listener: (store: Store) => void): () => void {
    this.#openListeners.add(listener);
    return () => this.#openListeners.delete(listener);
  }

  /** Run `work` against the open store. */
  async use<T>(work: (store: Store) => T | Promise<T>): Promise<T> {
    const store = await this.open();
    try {
      return await work(store);
    } catch (error) {
      throw asStoreError(error);
    }
  }

  async status(): Promise<StoreStatus> {
    try {
      const store = await this.open();
      return { state: 'ready', practiceConfigured: store.practice.get() !== null, schemaVersion: store.schemaVersion };
    } catch (error) {
      if (!(error instanceof HygieError)) throw error;
      return {
        state: 'unavailable',
        error: apiError(error.code, error.details),
        backups: BACKUP_CAN_HELP.has(error.code) ? listBackups(this.#dataDir) : [],
      };
    }
  }

  /** Only while the store cannot be opened: an open, healthy database is never replaced. */
  async restoreBackup(backupId: string): Promise<StoreStatus> {
    const before = await this.status();
    if (before.state === 'ready') return before;
    if (!BACKUP_CAN_HELP.has(before.error.code)) throw new HygieError(before.error.code);
    restoreBackup(this.#dataDir, backupId, (this.#options.now ?? (() => new Date()))(), this.#options.backupIo);
    const after = await this.status();
    if (after.state === 'ready') {
      this.#store!.audit.append('store.restore-backup', backupId, { after: before.error.code });
    }
    return after;
  }

  close(): void {
    this.#store?.close();
    this.#store = undefined;
  }
}
