import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PreferencesSchema, type Preferences } from '../model/schemas/preferences.ts';
import { HygieError } from '../model/hygie-error.ts';
import { retryWhileLockedAsync, type LockRetryOptions } from '../locked-file-retry.ts';

// Interface preferences (language) live in a small JSON file beside the database, not in it:
// they are not secret, and they must be readable before the keychain unlocks the store, so that
// even "the keychain is unreachable" is told in the user's language.

export const PREFERENCES_FILE = 'preferences.json';

const DEFAULTS: Preferences = { language: null };

/** The renames this file makes, retried while Windows holds the file (tests inject failures). */
export interface PreferencesIo {
  rename?: (from: string, to: string) => Promise<void>;
  retry?: LockRetryOptions;
}

export class PreferencesFile {
  readonly path: string;
  readonly #dataDir: string;
  readonly #rename: (from: string, to: string) => Promise<void>;

  constructor(dataDir: string, io: PreferencesIo = {}) {
    this.#dataDir = dataDir;
    this.path = join(dataDir, PREFERENCES_FILE);
    const renameOnce = io.rename ?? rename;
    this.#rename = (from, to) => retryWhileLockedAsync(() => renameOnce(from, to), io.retry);
  }

  async read(): Promise<Preferences> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ...DEFAULTS };
      throw new HygieError('preferences-unreadable', undefined, { cause: error });
    }
    const parsed = PreferencesSchema.safeParse(safeJson(text));
    if (parsed.success) return parsed.data;
    // Unreadable preferences: keep the file for inspection, start again from the defaults.
    await this.#rename(this.path, `${this.path}.unreadable-${Date.now()}`).catch(() => undefined);
    return { ...DEFAULTS };
  }

  /** A key left out or given as undefined (the contract's patch allows both) is left unchanged. */
  async update(patch: { [Key in keyof Preferences]?: Preferences[Key] | undefined }): Promise<Preferences> {
    const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const next = PreferencesSchema.parse({ ...(await this.read()), ...changes });
    // Write a sibling then rename over: a crash mid-write leaves the old file, never half a file.
    const temporary = `${this.path}.${process.pid}.tmp`;
    try {
      await mkdir(this.#dataDir, { recursive: true });
      await writeFile(temporary, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
      await this.#rename(temporary, this.path);
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      throw new HygieError('preferences-unwritable', undefined, { cause: error });
    }
    return next;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
