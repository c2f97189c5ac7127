import { HygieError } from '../api/hygie-error.ts';
import { deleteChunked, readChunked, writeChunked, type KeychainEntries } from './keychain-chunks.ts';
import type { SecretName, SecretStore } from './secret-store.ts';

// The OS keychain through keytar's maintained fork: Windows Credential Manager, macOS Keychain,
// libsecret (GNOME Keyring, KWallet) on Linux. Loaded lazily, so that a machine without a
// keychain gets Hygie's explanation instead of a crash at startup. Secrets longer than one
// Windows credential are kept in parts (keychain-chunks.ts), on every OS alike.

/** The part of keytar Hygie uses; tests pass one with Windows' size limit in front of the real keychain. */
export interface KeytarApi {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

/** The keychain service name; HYGIE_KEYCHAIN_SERVICE gives tests (and a second install) their own. */
export const DEFAULT_KEYCHAIN_SERVICE = 'Hygie';

let loading: Promise<KeytarApi> | undefined;

export async function loadKeytar(): Promise<KeytarApi> {
  loading ??= import('@github/keytar').then((module) => {
    const candidate = module as typeof import('@github/keytar') & { default?: typeof import('@github/keytar') };
    return candidate.default ?? candidate;
  });
  return loading;
}

export function keychainServiceFrom(env: NodeJS.ProcessEnv): string {
  return env.HYGIE_KEYCHAIN_SERVICE?.trim() || DEFAULT_KEYCHAIN_SERVICE;
}

/**
 * RPC_X_BAD_STUB_DATA (1783), "The stub received bad data.", is what CredWrite answers for a
 * blob over 2,560 bytes. keytar passes on FormatMessage's text in the
 * system's language ("Le stub a reçu des données incorrectes." on a French Windows), without the
 * number; "stub" is in every translation Windows ships of it, and the number when a wrapper adds it.
 */
export function isCredentialTooLarge(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /\bstub\b|\b1783\b/iu.test(message);
}

export class KeytarSecretStore implements SecretStore {
  readonly service: string;
  readonly description: string;
  readonly #load: () => Promise<KeytarApi>;

  constructor(service: string = DEFAULT_KEYCHAIN_SERVICE, options: { keytar?: () => Promise<KeytarApi> } = {}) {
    this.service = service;
    this.description = `OS keychain, service "${service}"`;
    this.#load = options.keytar ?? loadKeytar;
  }

  async get(name: SecretName): Promise<string | null> {
    return this.#withKeychain((entries) => readChunked(entries, name));
  }

  async set(name: SecretName, value: string): Promise<void> {
    await this.#withKeychain((entries) => writeChunked(entries, name, value));
  }

  async delete(name: SecretName): Promise<boolean> {
    return this.#withKeychain((entries) => deleteChunked(entries, name));
  }

  async #withKeychain<T>(use: (entries: KeychainEntries) => Promise<T>): Promise<T> {
    let keytar: KeytarApi;
    try {
      keytar = await this.#load();
    } catch (error) {
      throw new HygieError('keychain-unavailable', undefined, { cause: error });
    }
    const entries: KeychainEntries = {
      get: (account) => keytar.getPassword(this.service, account),
      set: (account, value) => keytar.setPassword(this.service, account, value),
      delete: (account) => keytar.deletePassword(this.service, account),
    };
    try {
      return await use(entries);
    } catch (error) {
      if (error instanceof HygieError) throw error;
      // The cause stays attached for the log; its text (D-Bus, Credential Manager) says nothing
      // a secretary can act on, and holds no secret.
      if (isCredentialTooLarge(error)) throw new HygieError('keychain-entry-too-large', { windowsError: 1783 }, { cause: error });
      throw new HygieError('keychain-unavailable', undefined, { cause: error });
    }
  }
}
