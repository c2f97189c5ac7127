import { isAbsolute, join, resolve } from 'node:path';
import { APP_NAME } from './app-identity.ts';
import { withoutSurroundingQuotes } from './model/pasted-path.ts';

/**
 * Where Hygie keeps its files. `HYGIE_DATA_DIR` overrides the platform default
 * (the CLI, the tests and a practice that wants the data on another disk use it).
 */
export function resolveDataDir(env: NodeJS.ProcessEnv, platformDefault: string): string {
  // cmd.exe's `set HYGIE_DATA_DIR="D:\Hygie"` keeps the quotes in the value.
  const override = withoutSurroundingQuotes(env.HYGIE_DATA_DIR ?? '');
  if (override) return isAbsolute(override) ? override : resolve(override);
  return platformDefault;
}

export interface DataFolders {
  /** hygie.db, backups/ and reports/. */
  dataDir: string;
  /** preferences.json (the interface language), read before the keychain is reached. */
  preferencesDir: string;
  /** Where an older Hygie kept hygie.db, to move it from on first start; null when it is dataDir. */
  legacyDataDir: string | null;
}

export interface DataFoldersInput {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** The user's home folder (os.homedir()). */
  home: string;
  /**
   * The app's per-user folder as the host knows it: Electron's app.getPath('userData') in the
   * desktop app (%APPDATA%\Hygie on Windows), the same path computed by the CLI.
   */
  userData: string;
}

/**
 * The folders, decided from the platform and the environment (injected, so that tests can play
 * Windows on Linux). On Windows %APPDATA% is the roaming profile, which domains often redirect to
 * a server share, and SQLite's write-ahead log does not work over a network share: the database,
 * its backups and the reports go to %LOCALAPPDATA%\Hygie, the preferences stay roaming, and an
 * existing %APPDATA%\Hygie\hygie.db is moved on first start (store/data-folder-move.ts).
 * HYGIE_DATA_DIR overrides everything: one folder for all, nothing moved.
 */
export function dataFolders({ platform, env, home, userData }: DataFoldersInput): DataFolders {
  if (withoutSurroundingQuotes(env.HYGIE_DATA_DIR ?? '')) {
    const dir = resolveDataDir(env, userData);
    return { dataDir: dir, preferencesDir: dir, legacyDataDir: null };
  }
  if (platform !== 'win32') return { dataDir: userData, preferencesDir: userData, legacyDataDir: null };
  const localAppData = env.LOCALAPPDATA?.trim() || join(home, 'AppData', 'Local');
  const dataDir = join(localAppData, APP_NAME);
  return { dataDir, preferencesDir: userData, legacyDataDir: resolve(dataDir) === resolve(userData) ? null : userData };
}
