import { homedir } from 'node:os';
import { join } from 'node:path';
import { APP_NAME } from '../core/app-identity.ts';
import { HygieError } from '../core/model/hygie-error.ts';
import { HibpApiKeyInputSchema, ServiceBaseUrlSchema } from '../core/model/schemas/services.ts';
import { dataFolders } from '../core/data-dir.ts';
import { keychainServiceFrom, KeytarSecretStore } from '../core/store/keytar-secret-store.ts';
import type { SecretStore } from '../core/store/secret-store.ts';
import { CliProblem } from './cli-problem.ts';
import { withKeychainCause } from './keychain-messages.ts';

// The CLI's configuration comes from the environment, checked before any work starts: a wrong
// base URL or a missing key stops the command with what to fix (exit 2), not half an audit.

export interface CliConfiguration {
  /** From HYGIE_HIBP_BASE_URL; null when unset (then the store's setting, else HIBP's own). */
  hibpBaseUrl: string | null;
  /** From HYGIE_PWNED_BASE_URL; null when unset. Checked here; the e-mail audit itself sends no password. */
  pwnedPasswordsBaseUrl: string | null;
  dataDir: string;
  /** Windows: %APPDATA%\Hygie, where an older Hygie kept the database (moved on first use). */
  legacyDataDir: string | null;
  keychainService: string;
  /** The OS keychain (HIBP key when not in the environment; the database key of a local store). */
  secrets: SecretStore;
}

/** The desktop app's per-user folder on this system (Electron's userData for "Hygie"). */
export function platformDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA?.trim() || join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME?.trim() || join(home, '.config'), APP_NAME);
}

function baseUrlFrom(env: NodeJS.ProcessEnv, variable: string): string | null {
  const raw = env[variable];
  if (raw === undefined || raw.trim() === '') return null;
  const parsed = ServiceBaseUrlSchema.safeParse(raw);
  if (!parsed.success) throw new CliProblem((texts) => texts.config.badBaseUrl(variable, raw.trim()));
  return parsed.data;
}

export function configurationFrom(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): CliConfiguration {
  const keychainService = keychainServiceFrom(env);
  // The same folders as the desktop app's (core/data-dir.ts): on Windows the database is local.
  const { dataDir, legacyDataDir } = dataFolders({ platform, env, home: homedir(), userData: platformDataDir(env, platform) });
  return {
    hibpBaseUrl: baseUrlFrom(env, 'HYGIE_HIBP_BASE_URL'),
    pwnedPasswordsBaseUrl: baseUrlFrom(env, 'HYGIE_PWNED_BASE_URL'),
    dataDir,
    legacyDataDir,
    keychainService,
    secrets: new KeytarSecretStore(keychainService),
  };
}

/**
 * HIBP_API_KEY when set (checked for the key's shape), else the key saved by the app in the
 * keychain. Neither: a configuration error naming both ways to fix it.
 */
export async function hibpApiKeyFrom(env: NodeJS.ProcessEnv, configuration: CliConfiguration): Promise<string> {
  const fromEnv = env.HIBP_API_KEY;
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    const parsed = HibpApiKeyInputSchema.safeParse({ apiKey: fromEnv });
    if (!parsed.success) throw new CliProblem((texts) => texts.config.badApiKey);
    return parsed.data.apiKey;
  }
  let stored: string | null;
  try {
    stored = await configuration.secrets.get('hibp-api-key');
  } catch (error) {
    if (error instanceof HygieError && error.code === 'keychain-unavailable') {
      throw new CliProblem((texts) => withKeychainCause(texts.language, texts.config.keychainUnreachable(configuration.keychainService), error), {
        cause: error,
      });
    }
    throw error;
  }
  if (!stored) throw new CliProblem((texts) => texts.config.noApiKey(configuration.keychainService));
  return stored;
}
