import { KeytarSecretStore, loadKeytar, type KeytarApi } from '../../electron/core/store/keytar-secret-store.ts';
import { KEYCHAIN_ENTRY_MAX_BYTES } from '../../electron/core/store/keychain-chunks.ts';
import { SECRET_NAMES, type SecretStore } from '../../electron/core/store/secret-store.ts';
import { HygieError } from '../../electron/core/model/hygie-error.ts';

// Tests use the real OS keychain (gnome-keyring under dbus-run-session in CI), each under a
// service name of its own, removed afterwards. By default it is put behind Windows Credential
// Manager's size limit, so a Linux run refuses what a front-desk PC would.

export function testKeychainService(): string {
  return `Hygie-test-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
}

const created = new Set<string>();

/** What a Credential-Manager keytar was asked to write (sizes only), for tests to check. */
export interface CredentialManagerLog {
  writes: { account: string; bytes: number }[];
  refused: { account: string; bytes: number }[];
}

/**
 * keytar as it behaves on Windows: CredWrite refuses a blob over CRED_MAX_CREDENTIAL_BLOB_SIZE
 * (2,560 bytes), and keytar_win.cc passes the value's UTF-8 bytes as the blob, then rejects with
 * FormatMessage's text for error 1783 (no number, no code). Everything else goes to the real keychain.
 */
export function credentialManagerKeytar(real: KeytarApi, log: CredentialManagerLog = { writes: [], refused: [] }): KeytarApi {
  return {
    getPassword: (service, account) => real.getPassword(service, account),
    deletePassword: (service, account) => real.deletePassword(service, account),
    setPassword: async (service, account, password) => {
      const bytes = Buffer.byteLength(password, 'utf8');
      if (bytes > KEYCHAIN_ENTRY_MAX_BYTES) {
        log.refused.push({ account, bytes });
        throw new Error('The stub received bad data.\r\n');
      }
      log.writes.push({ account, bytes });
      await real.setPassword(service, account, password);
    },
  };
}

export interface TestSecretsOptions {
  /** false: the keychain without Windows' limit (default: with it). */
  credentialManager?: boolean;
  /** Where the Credential-Manager keytar records what it was asked to write. */
  log?: CredentialManagerLog;
}

export function testSecrets(service: string = testKeychainService(), options: TestSecretsOptions = {}): KeytarSecretStore {
  created.add(service);
  if (options.credentialManager === false) return new KeytarSecretStore(service);
  return new KeytarSecretStore(service, { keytar: async () => credentialManagerKeytar(await loadKeytar(), options.log) });
}

export async function forgetTestSecrets(): Promise<void> {
  for (const service of created) {
    const keychain = new KeytarSecretStore(service);
    for (const name of SECRET_NAMES) await keychain.delete(name).catch(() => false);
  }
  created.clear();
}

/** A keychain that cannot be reached, as on a Linux session without a keyring daemon. */
export class UnreachableKeychain implements SecretStore {
  readonly description = 'unreachable keychain (test)';
  reachable = false;
  readonly #real: SecretStore;

  constructor(real: SecretStore) {
    this.#real = real;
  }

  get(name: Parameters<SecretStore['get']>[0]) {
    return this.reachable ? this.#real.get(name) : Promise.reject(new HygieError('keychain-unavailable'));
  }

  set(name: Parameters<SecretStore['set']>[0], value: string) {
    return this.reachable ? this.#real.set(name, value) : Promise.reject(new HygieError('keychain-unavailable'));
  }

  delete(name: Parameters<SecretStore['delete']>[0]) {
    return this.reachable ? this.#real.delete(name) : Promise.reject(new HygieError('keychain-unavailable'));
  }
}
